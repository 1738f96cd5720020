import { ErrorCode } from './error-code.js';

/** A rule the caller broke; the global filter turns its code into an HTTP status. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    /** Top-level fields the contract puts beside `code` (e.g. an import's `errors`). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: string): DomainError =>
  new DomainError(ErrorCode.NotFound, `${what} ${id} not found`);

export const validationFailed = (details: unknown, message = 'Request is not valid'): DomainError =>
  new DomainError(ErrorCode.ValidationFailed, message, details);
