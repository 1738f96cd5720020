import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document of every route, as `/docs-json` serves it and the pages' types are generated from. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kakak Asuh')
      .setDescription('Tutor-SME mentorship programs: sign in with POST /api/auth/login, then Authorize with the accessToken.')
      .setVersion('1.0')
      .addBearerAuth()
      .build(),
  );
}
