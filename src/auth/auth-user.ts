import type { Role } from './account.entity.js';

/** Who is calling, as the verified access token says. */
export interface AuthUser {
  accountId: string;
  role: Role;
  tutorId: string | null;
  smeId: string | null;
  /** The account's token version the token was issued under. */
  tokenVersion: number;
}
