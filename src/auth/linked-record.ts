import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import type { AuthUser } from './auth-user.js';

const unlinked = (role: string) => new DomainError(ErrorCode.Forbidden, `This ${role} account is not linked to a ${role} record`);

/** The tutor record a tutor account acts for; an account without one sees nothing (never everything). */
export function linkedTutorId(user: AuthUser): string {
  if (user.role !== 'tutor' || !user.tutorId) throw unlinked('tutor');
  return user.tutorId;
}

/** The SME record an SME account acts for; an account without one sees nothing. */
export function linkedSmeId(user: AuthUser): string {
  if (user.role !== 'sme' || !user.smeId) throw unlinked('sme');
  return user.smeId;
}

/** A tutor or SME account must carry its link; a coordinator needs none. */
export function assertLinked(user: AuthUser): void {
  if (user.role === 'tutor') linkedTutorId(user);
  if (user.role === 'sme') linkedSmeId(user);
}

/** The caller's own filter of a "me" route: its tutor or its SME record. */
export const ownRecord = (user: AuthUser): { tutorId: string } | { smeId: string } =>
  user.role === 'tutor' ? { tutorId: linkedTutorId(user) } : { smeId: linkedSmeId(user) };
