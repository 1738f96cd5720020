import type { Assignment } from '../assignments/assignment.entity.js';
import type { SessionTopic } from '../common/vocabulary.js';
import type { Course } from '../courses/course.entity.js';
import type { CourseProgress } from '../courses/course-progress.entity.js';
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

/** Course progress and a few logged sessions for the SMEs that have a mentor. */
export function buildDemoActivity(seed: number, assignments: Partial<Assignment>[], now: Date) {
  const random = new SeededRandom(seed + 1);
  const progress: Partial<CourseProgress>[] = [];
  const sessions: Partial<MentoringSession>[] = [];
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
        date: daysBefore(now, random.int(1, 45)).toISOString().slice(0, 10),
        durationMinutes: random.pick([30, 45, 60, 90]),
        mode: random.chance(0.6) ? 'online' : 'in_person',
        topics: [random.pick(TOPICS)],
        notes: 'Worked through the week\'s listing and pricing questions.',
        nextSteps: null,
      });
    }
  }
  return { progress, sessions };
}
