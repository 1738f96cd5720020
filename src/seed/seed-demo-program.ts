import { DataSource, ObjectLiteral } from 'typeorm';
import { Account } from '../auth/account.entity.js';
import { hashPassword } from '../auth/password-hasher.js';
import { Assignment } from '../assignments/assignment.entity.js';
import { Course } from '../tracking/course.entity.js';
import { CourseProgress } from '../tracking/course-progress.entity.js';
import { MentoringSession } from '../sessions/mentoring-session.entity.js';
import { Sme } from '../smes/sme.entity.js';
import { Tutor } from '../tutors/tutor.entity.js';
import { insertRows } from '../database/multi-row-insert.js';
import { buildDemoActivity, DEMO_COURSES } from './demo-activity.js';
import { DEMO_LOGINS, type DemoAccount, storedDemoAccounts } from './demo-accounts.js';
import { buildDemoProgram } from './demo-program.js';
import { demoPair } from './demo-pair.js';
import type { SeedOptions } from './seed-options.js';

type DemoLogin = (typeof DEMO_LOGINS)[keyof typeof DEMO_LOGINS];

/** What the seed reports as it goes: a step's name, with rows written so far of the total when it writes a table. */
export type SeedProgress = (step: string, written?: number, total?: number) => void;

/** Refreshes the planner's statistics after the bulk load, so the first queries pick the right indexes. */
async function analyze(dataSource: DataSource): Promise<void> {
  await dataSource.query('ANALYZE');
}

interface SeedTable {
  entity: new () => ObjectLiteral;
  name: string;
  rows: Partial<ObjectLiteral>[];
}

/** Fills an empty database with a demo program of the given scale; returns the demo accounts to print. Nothing is written if any step fails. */
export async function seedDemoProgram(dataSource: DataSource, options: SeedOptions, now = new Date(), progress: SeedProgress = () => undefined): Promise<DemoAccount[]> {
  const tables = await demoTables(options, now, progress);
  await dataSource.transaction(async (manager) => {
    // Each table's rows are let go once written, so the collector has less to go through as the load goes on.
    for (let table = tables.shift(); table; table = tables.shift()) {
      const { entity, name, rows } = table;
      await insertRows(manager, entity, rows, (written) => progress(name, written, rows.length));
    }
  });
  progress('refreshing the planner statistics');
  await analyze(dataSource);
  return storedDemoAccounts(dataSource);
}

/** The demo program's rows, table by table in the order they are written. */
async function demoTables(options: SeedOptions, now: Date, progress: SeedProgress): Promise<SeedTable[]> {
  progress('building the program and its optimal plan');
  const program = buildDemoProgram(options, new Date(now.getTime() - 50 * 24 * 3600 * 1000));
  progress('building course progress and sessions');
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
  return [
    { entity: Tutor, name: 'tutors', rows: program.tutors },
    { entity: Sme, name: 'SMEs', rows: program.smes },
    { entity: Assignment, name: 'assignments', rows: program.assignments },
    { entity: Course, name: 'courses', rows: DEMO_COURSES },
    { entity: CourseProgress, name: 'course progress', rows: activity.progress },
    { entity: MentoringSession, name: 'sessions', rows: activity.sessions },
    { entity: Account, name: 'accounts', rows: accountRows },
  ];
}
