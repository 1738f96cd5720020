/** The API's session vocabularies (docs/api.md conventions), each with the key of its words in `common`. */
export const TOPIC_WORDS = {
  store_setup: 'topics.storeSetup',
  product_listing: 'topics.productListing',
  product_photos: 'topics.productPhotos',
  digital_marketing: 'topics.digitalMarketing',
  pricing: 'topics.pricing',
  logistics: 'topics.logistics',
  quality_control: 'topics.qualityControl',
  finance: 'topics.finance',
  other: 'topics.other',
} as const;
export type SessionTopic = keyof typeof TOPIC_WORDS;
export const SESSION_TOPICS = Object.keys(TOPIC_WORDS) as SessionTopic[];

export const MODE_WORDS = { online: 'modes.online', in_person: 'modes.inPerson' } as const;
export type MentoringMode = keyof typeof MODE_WORDS;
export const MENTORING_MODES = Object.keys(MODE_WORDS) as MentoringMode[];

/** The lengths most sessions take, offered as one-tap choices beside the number field. */
export const DURATION_CHOICES = [30, 45, 60, 90] as const;
export const DEFAULT_DURATION = 60;

/** The quick choice a typed duration matches, if any (so the chip shows as chosen). */
export const durationChoiceOf = (minutes: number): number | null => (DURATION_CHOICES as readonly number[]).includes(minutes) ? minutes : null;

/** The modes the tutor offers, in the API's order, keeping out any the pages have no words for. */
export const offeredModes = (modes: unknown): MentoringMode[] => MENTORING_MODES.filter((mode) => Array.isArray(modes) && modes.includes(mode));
