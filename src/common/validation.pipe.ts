import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { validationFailed } from './domain-error.js';
import { inputHazards } from './input-hazards.js';

export interface FieldError {
  field: string;
  constraints: string[];
}

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, constraints: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** Whitelisted bodies: unknown fields, prototype keys and NUL characters are a 400, never stored. */
class AppValidationPipe extends ValidationPipe {
  /** Ids are UUIDs (docs/api.md); checked here so the 400 names the `id` (ParseUUIDPipe's does not). */
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'param' && metadata.data === 'id' && !isUUID(value)) {
      throw validationFailed([{ field: 'id', constraints: ['id must be a UUID'] }]);
    }
    // A CSV upload arrives as one string; the import names its rows' problems itself.
    if ((metadata.type === 'body' || metadata.type === 'query') && typeof value === 'object') {
      const hazards = inputHazards(value);
      if (hazards.length > 0) throw validationFailed(hazards);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
  });
}
