import type { FieldError } from './validation.pipe.js';

/** Keys that reach an object's prototype when copied onto it: never a field of any body. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * What no field of any input may hold, whatever its DTO says: prototype keys, and NUL characters
 * (PostgreSQL cannot store them in text, SQLite would). Walks with an explicit stack, so no depth
 * of input can exhaust the call stack.
 */
export function inputHazards(input: unknown, root = ''): FieldError[] {
  const problems: FieldError[] = [];
  const pending: { value: unknown; field: string }[] = [{ value: input, field: root }];
  while (pending.length > 0) {
    const { value, field } = pending.pop() as { value: unknown; field: string };
    if (typeof value === 'string') {
      if (value.includes('\u0000')) problems.push({ field: field || 'body', constraints: [`${field || 'body'} must not contain NUL characters`] });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      const path = Array.isArray(value) ? `${field}[${key}]` : field ? `${field}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) problems.push({ field: path, constraints: [`${key} is not allowed as a field name`] });
      else pending.push({ value: (value as Record<string, unknown>)[key], field: path });
    }
  }
  return problems;
}
