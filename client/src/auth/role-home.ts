import type { Role } from '../api/types';

const HOMES: Record<Role, string> = { coordinator: '/coordinator', tutor: '/tutor', sme: '/sme' };

export const homeOf = (role: Role): string => HOMES[role];

/** Whether a page path belongs to this role's part of the site. */
export function isPathOf(role: Role, path: string): boolean {
  const home = HOMES[role];
  return path === home || path.startsWith(`${home}/`) || path.startsWith(`${home}?`);
}

/** Where to go after signing in: the page asked for when it is this role's, else the role's home. */
export function destinationAfterSignIn(role: Role, askedFor: string | undefined): string {
  return askedFor && isPathOf(role, askedFor) ? askedFor : homeOf(role);
}
