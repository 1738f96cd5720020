import { Body, PipeTransform } from '@nestjs/common';
import { validationFailed } from '../domain-error.js';

const changesNothing = (body: unknown): boolean =>
  body === undefined || body === null || (typeof body === 'object' && Object.values(body).every((value) => value === undefined));

/** A PATCH without a single field is a client mistake, answered as one rather than as a 200 that changed nothing. */
class SomethingToChangePipe implements PipeTransform {
  transform(body: unknown): unknown {
    if (changesNothing(body)) throw validationFailed([{ field: 'body', constraints: ['a PATCH needs at least one field to change'] }], 'Nothing to change');
    return body;
  }
}

/** The validated body of a PATCH, which must change at least one field. */
export const PatchBody = (): ParameterDecorator => Body(new SomethingToChangePipe());
