import request from 'supertest';
import type { TestApp } from './test-app.js';

export interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  nullable?: boolean;
}

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export async function openApiDocument(t: TestApp): Promise<OpenApiDocument> {
  return (await request(t.http).get('/docs-json').expect(200)).body as OpenApiDocument;
}

/** The schema a `$ref` names, with `allOf` parts merged into one set of properties. */
export function resolved(document: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) return resolved(document, document.components.schemas[schema.$ref.replace('#/components/schemas/', '')] ?? {});
  if (!schema.allOf) return schema;
  const parts = schema.allOf.map((part) => resolved(document, part));
  return { ...schema, type: 'object', properties: Object.assign({}, schema.properties, ...parts.map((part) => part.properties)) };
}

/** Every 2xx answer of a route: its method, path, status and schema (undefined when it has none). */
export function successResponses(document: OpenApiDocument): { route: string; status: string; schema: Schema | undefined }[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) =>
      Object.entries(operation.responses)
        .filter(([status]) => status.startsWith('2'))
        .map(([status, response]) => ({ route: `${method.toUpperCase()} ${path}`, status, schema: Object.values(response.content ?? {})[0]?.schema })),
    ),
  );
}

/** The paths (`a.b[].c`) of fields in `body` that its schema does not document. */
export function undocumentedFields(document: OpenApiDocument, schema: Schema, body: unknown, at = ''): string[] {
  const shape = resolved(document, schema);
  if (Array.isArray(body)) return shape.items ? body.flatMap((item) => undocumentedFields(document, shape.items!, item, `${at}[]`)) : [];
  if (body === null || typeof body !== 'object' || !shape.properties) return [];
  return Object.entries(body).flatMap(([key, value]) => {
    const field = shape.properties![key];
    const path = at ? `${at}.${key}` : key;
    return field ? undocumentedFields(document, field, value, path) : [path];
  });
}
