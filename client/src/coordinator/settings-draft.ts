export type Settings = Record<string, Record<string, unknown>>;

/** The sections that differ from the stored settings: PATCH /api/settings refuses a section that changes nothing. */
export function changedSections(stored: Settings, draft: Settings): Settings {
  return Object.fromEntries(Object.entries(draft).filter(([section, values]) => JSON.stringify(values) !== JSON.stringify(stored[section])));
}

/** A typed field's text back to the type the stored value has (a number stays a number). */
export function parsedLike(stored: unknown, text: string): unknown {
  if (typeof stored === 'number') return text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text);
  return text;
}
