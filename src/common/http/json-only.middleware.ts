import type { Request, RequestHandler } from 'express';
import { DomainError } from '../domain-error.js';
import { ErrorCode } from '../error-code.js';
import { JSON_MEDIA_TYPES } from './json-body.js';

const hasBody = (request: Request): boolean =>
  request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/**
 * A body that is not JSON is refused with 415 rather than read as no fields at all; the CSV
 * import routes (`csvPaths`) take `text/csv` instead.
 */
export function jsonOnly(csvPaths: RegExp): RequestHandler {
  return (request, _response, next) => {
    if (!hasBody(request) || request.is(JSON_MEDIA_TYPES) || (csvPaths.test(request.path) && request.is('text/csv'))) return next();
    next(new DomainError(ErrorCode.UnsupportedMediaType, `Send the body as application/json${csvPaths.test(request.path) ? ' or text/csv' : ''}`));
  };
}
