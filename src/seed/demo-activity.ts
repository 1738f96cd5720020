import type { Assignment } from '../assignments/assignment.entity.js';
import { calendarDayIn } from '../common/calendar-day.js';
import type { MentoringMode, SessionTopic } from '../common/vocabulary.js';
import { DEFAULT_PROGRAM_SETTINGS } from '../settings/program-settings.js';
import type { Course } from '../tracking/course.entity.js';
import type { CourseProgress } from '../tracking/course-progress.entity.js';
import { SeededRandom } from '../matching/index.js';
import { seededUuid } from './seeded-uuid.js';
import type { MentoringSession } from '../sessions/mentoring-session.entity.js';

export const DEMO_COURSES: Partial<Course>[] = [
  { code: 'DM-101', title: 'Digital marketing basics', required: true },
  { code: 'STORE-101', title: 'Setting up an online store', required: true },
  { code: 'PHOTO-201', title: 'Product photography with a phone', required: false },
];

const TOPICS: SessionTopic[] = ['store_setup', 'product_listing', 'product_photos', 'digital_marketing', 'pricing', 'logistics'];
const DAY_MS = 24 * 3600 * 1000;

const daysBefore = (at: Date, days: number) => new Date(at.getTime() - days * DAY_MS);
/** Whole days from the start to now, at least one, and at most the 45 days the demo's sessions reach back. */
const daysSince = (start: Date, now: Date) => Math.max(1, Math.min(45, Math.floor((now.getTime() - start.getTime()) / DAY_MS)));

/**
 * Course progress and a few logged sessions for the SMEs that have a mentor: each session on the
 * program's calendar between the pair's start and yesterday, in a mode its tutor offers.
 */
export function buildDemoActivity(seed: number, assignments: Partial<Assignment>[], modesOf: ReadonlyMap<string, MentoringMode[]>, now: Date) {
  const random = new SeededRandom(seed + 1);
  const progress: Partial<CourseProgress>[] = [];
  const sessions: Partial<MentoringSession>[] = [];
  // Sessions fall on at most 45 distinct days: each day's calendar date is formatted once.
  const days = new Map<number, string>();
  const dayBefore = (count: number) => days.get(count) ?? days.set(count, calendarDayIn(DEFAULT_PROGRAM_SETTINGS.schedule.timeZone, daysBefore(now, count))).get(count)!;
  for (const pair of assignments) {
    for (const course of DEMO_COURSES) {
      if (!random.chance(0.7)) continue;
      const percent = random.pick([20, 50, 80, 100, 100]);
      const at = daysBefore(now, random.int(1, 40));
      progress.push({ id: seededUuid(random), smeId: pair.smeId, courseCode: course.code, progressPercent: percent, completedAt: percent === 100 ? at : null, progressedAt: at });
    }
    for (let n = random.int(0, 3); n > 0; n--) {
      sessions.push({
        id: seededUuid(random),
        tutorId: pair.tutorId,
        smeId: pair.smeId,
        date: dayBefore(random.int(1, daysSince(pair.startedAt!, now))),
        durationMinutes: random.pick([30, 45, 60, 90]),
        mode: random.pick(modesOf.get(pair.tutorId!) ?? ['online']),
        topics: [random.pick(TOPICS)],
        notes: 'Worked through the week\'s listing and pricing questions.',
        nextSteps: null,
      });
    }
  }
  return { progress, sessions };
}
