import { describe, expect, it } from '@jest/globals';
import { MENTORING_MODES as API_MODES, SESSION_TOPICS as API_TOPICS } from '../../../src/common/vocabulary';
import { AREAS } from '../i18n/areas';
import { flattenMessages } from '../i18n/messages';
import { DURATION_CHOICES, DEFAULT_DURATION, durationChoiceOf, MENTORING_MODES, MODE_WORDS, offeredModes, SESSION_TOPICS, TOPIC_WORDS } from './session-vocabulary';

describe('the session vocabularies', () => {
  it("are the API's own topics and modes, in its order", () => {
    expect(SESSION_TOPICS).toEqual([...API_TOPICS]);
    expect(MENTORING_MODES).toEqual([...API_MODES]);
  });

  it.each(['id', 'en'] as const)('have words for every topic and mode in %s', (language) => {
    const words = flattenMessages(AREAS.common[language]);
    const keys = [...Object.values(TOPIC_WORDS), ...Object.values(MODE_WORDS)];
    expect(keys.filter((key) => !words[key]?.trim())).toEqual([]);
  });
});

describe('durations', () => {
  it('offer quick choices that the API accepts (5 to 480 minutes), the default among them', () => {
    expect(DURATION_CHOICES.every((m) => m >= 5 && m <= 480)).toBe(true);
    expect(DURATION_CHOICES).toContain(DEFAULT_DURATION);
  });

  it('show a typed duration as its quick choice only when it is one', () => {
    expect(durationChoiceOf(45)).toBe(45);
    expect(durationChoiceOf(50)).toBeNull();
    expect(durationChoiceOf(Number.NaN)).toBeNull();
  });
});

describe('offeredModes', () => {
  it("keeps the tutor's own modes in the API's order", () => {
    expect(offeredModes(['in_person', 'online'])).toEqual(['online', 'in_person']);
    expect(offeredModes(['in_person'])).toEqual(['in_person']);
    expect(offeredModes(undefined)).toEqual([]);
  });
});
