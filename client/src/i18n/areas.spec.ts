import { describe, expect, it } from '@jest/globals';
import { AREAS } from './areas';
import { flattenMessages, placeholdersOf } from './messages';

describe.each(Object.entries(AREAS))('the %s words', (_area, { id, en }) => {
  const indonesian = flattenMessages(id);
  const english = flattenMessages(en);

  it('have the same keys in Bahasa Indonesia and English', () => {
    expect(Object.keys(indonesian).sort()).toEqual(Object.keys(english).sort());
  });

  it('are never empty', () => {
    const empty = [...Object.entries(indonesian), ...Object.entries(english)].filter(([, words]) => words.trim() === '');
    expect(empty).toEqual([]);
  });

  it('fill the same placeholders in both languages', () => {
    const mismatched = Object.keys(english).filter((key) => placeholdersOf(english[key]).join() !== placeholdersOf(indonesian[key] ?? '').join());
    expect(mismatched).toEqual([]);
  });
});

describe('flattenMessages', () => {
  it('names each nested string by its path', () => {
    expect(flattenMessages({ a: 'x', b: { c: 'y', d: { e: 'z' } } })).toEqual({ a: 'x', 'b.c': 'y', 'b.d.e': 'z' });
  });
});
