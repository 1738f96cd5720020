/** A translation area: nested keys ending in strings. */
export interface Messages {
  [key: string]: string | Messages;
}

/** The same keys as the English source, each with a string of its own: a missing key fails to compile. */
export type Translated<T> = { [K in keyof T]: T[K] extends string ? string : Translated<T[K]> };

/** `{a: {b: 'x'}}` → `{'a.b': 'x'}`, to compare the languages key by key. */
export function flattenMessages(messages: Messages, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[path] = value;
    else Object.assign(flat, flattenMessages(value, path));
  }
  return flat;
}

/** The `{{name}}` placeholders of a message, sorted, so both languages can be checked to fill the same ones. */
export const placeholdersOf = (message: string): string[] => [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
