import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';

/** A validly signed token whose account was removed or whose password changed since it was issued. */
export const staleToken = (): DomainError => new DomainError(ErrorCode.Unauthenticated, 'The account was removed or its password changed; sign in again');
