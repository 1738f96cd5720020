import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { Account } from '../auth/account.entity.js';
import { hashPassword } from '../auth/password-hasher.js';
import { Assignment } from '../assignments/assignment.entity.js';
import { Course } from '../courses/course.entity.js';
import { CourseProgress } from '../courses/course-progress.entity.js';
import { MentoringSession } from '../sessions/mentoring-session.entity.js';
import { Sme } from '../smes/sme.entity.js';
import { Tutor } from '../tutors/tutor.entity.js';
import { buildDemoActivity, DEMO_COURSES } from './demo-activity.js';
import { DEMO_LOGINS, type DemoAccount, storedDemoAccounts } from './demo-accounts.js';
import { buildDemoProgram } from './demo-program.js';
import { demoPair } from './demo-pair.js';
import type { SeedOptions } from './seed-options.js';

type DemoLogin = (typeof DEMO_LOGINS)[keyof typeof DEMO_LOGINS];

const CHUNK = 200;

async function insertAll<T extends ObjectLiteral>(manager: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await manager.getRepository(entity).insert(rows.slice(start, start + CHUNK) as never);
}

/** Fills an empty database with a demo program of the given scale; returns the demo accounts to print. Nothing is written if any step fails. */
export async function seedDemoProgram(dataSource: DataSource, options: SeedOptions, now = new Date()): Promise<DemoAccount[]> {
  const program = buildDemoProgram(options, new Date(now.getTime() - 50 * 24 * 3600 * 1000));
  const activity = buildDemoActivity(options.seed, program.assignments, new Map(program.tutors.map((t) => [t.id!, t.modes!])), now);
  const { tutor, sme } = demoPair(program);
  const links: [DemoLogin, { tutorId?: string; smeId?: string }][] = [
    [DEMO_LOGINS.coordinator, {}],
    [DEMO_LOGINS.tutor, { tutorId: tutor.id }],
    [DEMO_LOGINS.sme, { smeId: sme.id }],
    [DEMO_LOGINS.mentoredSme, { smeId: program.assignments[0].smeId }],
  ];
  const accountRows = await Promise.all(
    links.map(async ([a, link]) => ({ login: a.login, passwordHash: await hashPassword(a.password), role: a.role, tutorId: link.tutorId ?? null, smeId: link.smeId ?? null })),
  );
  await dataSource.transaction(async (manager) => {
    await insertAll(manager, Tutor, program.tutors);
    await insertAll(manager, Sme, program.smes);
    await insertAll(manager, Assignment, program.assignments);
    await insertAll(manager, Course, DEMO_COURSES);
    await insertAll(manager, CourseProgress, activity.progress);
    await insertAll(manager, MentoringSession, activity.sessions);
    await insertAll(manager, Account, accountRows);
  });
  return storedDemoAccounts(dataSource);
}
