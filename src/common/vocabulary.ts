/** The closed vocabularies of the conventions of docs/api.md. */
export const BUSINESS_CATEGORIES = [
  'fashion',
  'food_beverage',
  'beauty',
  'handicraft',
  'home_living',
  'electronics',
  'agriculture',
  'health',
  'services',
  'other',
] as const;
export type BusinessCategory = (typeof BUSINESS_CATEGORIES)[number];

export const MENTORING_MODES = ['online', 'in_person'] as const;
export type MentoringMode = (typeof MENTORING_MODES)[number];

export const SESSION_TOPICS = [
  'store_setup',
  'product_listing',
  'product_photos',
  'digital_marketing',
  'pricing',
  'logistics',
  'quality_control',
  'finance',
  'other',
] as const;
export type SessionTopic = (typeof SESSION_TOPICS)[number];

/** ISO 639-1 (two letters) or 639-2/3 (three letters, e.g. regional languages such as `ban`, `bug`). */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;
