/** A reason of a flag as a stable code and the values its sentence names, for pages that say it in their own language. */
export interface FlagReasonDetail {
  code: FlagReasonCode | 'OTHER';
  values: Record<string, string | number>;
}

type Values = Record<string, string | number>;

/** Each reason the flag rules give: its sentence from its values, and the pattern that reads the sentence back. */
const REASONS = {
  COURSES_COMPLETED: { words: (v: Values) => `completed ${v.completed}/${v.total} required courses`, pattern: /^completed (?<completed>\d+)\/(?<total>\d+) required courses$/ },
  SEGMENT_SET_BY_COORDINATOR: { words: () => 'segment set to traditional by a coordinator', pattern: /^segment set to traditional by a coordinator$/ },
  ONLINE_STAGE: { words: (v: Values) => `online stage: ${v.stage}`, pattern: /^online stage: (?<stage>\w+)$/ },
  DIGITAL_LITERACY: { words: (v: Values) => `digital literacy ${v.score}`, pattern: /^digital literacy (?<score>\d+)$/ },
  NO_INTERNET: { words: () => 'no internet access', pattern: /^no internet access$/ },
  NO_SESSION_SINCE_LAST: { words: (v: Values) => `no session logged for ${v.days} days (last ${v.since})`, pattern: /^no session logged for (?<days>\d+) days \(last (?<since>[\d-]+)\)$/ },
  NO_SESSION_SINCE_ASSIGNED: { words: (v: Values) => `no session logged for ${v.days} days (assigned ${v.since})`, pattern: /^no session logged for (?<days>\d+) days \(assigned (?<since>[\d-]+)\)$/ },
  NO_PROGRESS_SINCE_LAST: { words: (v: Values) => `no course progress for ${v.days} days (last ${v.since})`, pattern: /^no course progress for (?<days>\d+) days \(last (?<since>[\d-]+)\)$/ },
  NO_PROGRESS_SINCE_ENROLLED: { words: (v: Values) => `no course progress for ${v.days} days (enrolled ${v.since})`, pattern: /^no course progress for (?<days>\d+) days \(enrolled (?<since>[\d-]+)\)$/ },
  NO_TUTOR_SINCE_ENDED: { words: (v: Values) => `no tutor for ${v.days} days (last assignment ended ${v.since})`, pattern: /^no tutor for (?<days>\d+) days \(last assignment ended (?<since>[\d-]+)\)$/ },
  NO_TUTOR_SINCE_ENROLLED: { words: (v: Values) => `no tutor for ${v.days} days (enrolled ${v.since})`, pattern: /^no tutor for (?<days>\d+) days \(enrolled (?<since>[\d-]+)\)$/ },
} as const;
export type FlagReasonCode = keyof typeof REASONS;

export const FLAG_REASON_CODES = Object.keys(REASONS) as FlagReasonCode[];

/** The sentence of one reason, as flags store it. */
export function flagReason(code: FlagReasonCode, values: Values = {}): string {
  return REASONS[code].words(values);
}

/** A stored sentence read back into its code and values; one no rule gives any more is OTHER with its text. */
export function flagReasonDetail(reason: string): FlagReasonDetail {
  for (const code of FLAG_REASON_CODES) {
    const match = REASONS[code].pattern.exec(reason);
    if (match) return { code, values: Object.fromEntries(Object.entries(match.groups ?? {}).map(([key, value]) => [key, /^\d+$/.test(value) ? Number(value) : value])) };
  }
  return { code: 'OTHER', values: { text: reason } };
}
