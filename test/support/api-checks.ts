import { expect } from '@jest/globals';
import request from 'supertest';
import { bearer, TestApp } from './test-app.js';

/** Every object a list route holds, following every page. */
export async function allItems<T = Record<string, unknown>>(t: TestApp, path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const query: Record<string, string | number> = cursor ? { limit: 100, cursor } : { limit: 100 };
    const page = await request(t.http).get(path).query(query).set(bearer(t.coordinatorToken)).expect(200);
    items.push(...(page.body.items as T[]));
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

/** How many objects a list route holds, following every page. */
export async function countAll(t: TestApp, path: string): Promise<number> {
  return (await allItems(t, path)).length;
}

/** The answer is a 400 VALIDATION_FAILED whose `details` name `field`. */
export function expectValidationFailed(response: request.Response, field: string): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  expect((response.body.details as { field: string }[]).map((detail) => detail.field)).toContain(field);
}
