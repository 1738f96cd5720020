import type { Type } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';

/** The data fields of a response class, each of which its source must have. */
export type DocumentedFields<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: unknown };

const documentedKeys = (view: Type<unknown>): string[] =>
  ((Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, view.prototype) as string[] | undefined) ?? []).map((key) => key.slice(1));

const isResponseClass = (type: unknown): type is Type<object> => typeof type === 'function' && documentedKeys(type as Type<unknown>).length > 0;

/**
 * Copies only the fields a response class documents for OpenAPI, nested response classes
 * alike: the answer is the documented schema, and a record's internal columns never leave.
 */
export function pickDocumented<T extends object>(view: Type<T>, source: DocumentedFields<T>): T {
  const picked: Record<string, unknown> = {};
  for (const key of documentedKeys(view)) {
    const value = (source as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const { type } = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, view.prototype, key) ?? {}) as { type?: unknown };
    if (!isResponseClass(type) || value === null) picked[key] = value;
    else picked[key] = Array.isArray(value) ? value.map((item: object) => pickDocumented(type, item)) : pickDocumented(type, value as object);
  }
  return picked as T;
}
