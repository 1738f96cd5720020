/** The API's answers that the pages read (API.md); each area adds the types of its own calls here. */
export type Role = 'coordinator' | 'tutor' | 'sme';

export interface AccountView {
  id: string;
  login: string;
  role: Role;
  tutorId?: string;
  smeId?: string;
  createdAt: string;
}

/** `GET /api/me`: who is signed in, their linked record, and the program's time zone. */
export interface Me {
  account: AccountView;
  timeZone: string;
  tutor?: { id: string; name: string } & Record<string, unknown>;
  sme?: { id: string; businessName: string } & Record<string, unknown>;
}

/** Every list: one page and the cursor of the next (null at the end). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
