import type { components } from './schema';

/** The API's answers as its OpenAPI document describes them; `npm run api:types` regenerates ./schema.ts. */
export type Schemas = components['schemas'];
export type Role = Schemas['AccountView']['role'];
export type AccountView = Schemas['AccountView'];
/** `GET /api/me`: who is signed in, their linked record, and the program's time zone. */
export type Me = Schemas['MeView'];

/** Every list: one page and the cursor of the next (null at the end). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
