import { expect } from '@jest/globals';
import request from 'supertest';
import { bearer, TestApp } from './test-app.js';

/** How many objects a list route holds, following every page. */
export async function countAll(t: TestApp, path: string): Promise<number> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const query: Record<string, string | number> = cursor ? { limit: 100, cursor } : { limit: 100 };
    const page = await request(t.http).get(path).query(query).set(bearer(t.coordinatorToken)).expect(200);
    count += page.body.items.length;
    cursor = page.body.nextCursor;
  } while (cursor);
  return count;
}

/** The answer is a 400 VALIDATION_FAILED whose `details` name `field`. */
export function expectValidationFailed(response: request.Response, field: string): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  expect((response.body.details as { field: string }[]).map((detail) => detail.field)).toContain(field);
}
