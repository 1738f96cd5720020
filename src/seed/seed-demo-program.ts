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
import { buildDemoProgram } from './demo-program.js';
import type { SeedOptions } from './seed-options.js';

export interface DemoAccount {
  login: string;
  password: string;
  role: Account['role'];
  note: string;
}

const CHUNK = 200;

async function insertAll<T extends ObjectLiteral>(manager: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await manager.getRepository(entity).insert(rows.slice(start, start + CHUNK) as never);
}

/** Fills an empty database with a demo program of the given scale; returns the demo accounts to print. Nothing is written if any step fails. */
export async function seedDemoProgram(dataSource: DataSource, options: SeedOptions, now = new Date()): Promise<DemoAccount[]> {
  const program = buildDemoProgram(options, new Date(now.getTime() - 50 * 24 * 3600 * 1000));
  const activity = buildDemoActivity(options.seed, program.assignments, new Map(program.tutors.map((t) => [t.id!, t.modes!])), now);
  const seated = new Map<string, number>();
  for (const a of program.assignments) seated.set(a.tutorId!, (seated.get(a.tutorId!) ?? 0) + 1);
  const freeTutor = program.tutors.find((t) => t.status === 'active' && (seated.get(t.id!) ?? 0) < t.maxSmes! && t.modes!.includes('online'))!;
  const waitingSme = program.smes.find((s) => s.status === 'enrolled' && s.internetAccess !== 'none')!;
  const mentored = program.assignments[0];
  const accounts: (DemoAccount & { tutorId?: string; smeId?: string })[] = [
    { login: 'demo.coordinator', password: 'kakak-asuh-coordinator', role: 'coordinator', note: 'runs the program' },
    { login: 'demo.tutor', password: 'kakak-asuh-tutor', role: 'tutor', tutorId: freeTutor.id, note: `${freeTutor.name}, tutor ${freeTutor.id}, has a free seat` },
    { login: 'demo.sme', password: 'kakak-asuh-sme', role: 'sme', smeId: waitingSme.id, note: `${waitingSme.businessName}, SME ${waitingSme.id}, waits for a mentor` },
    { login: 'demo.sme.mentored', password: 'kakak-asuh-sme', role: 'sme', smeId: mentored.smeId, note: `SME ${mentored.smeId}, already mentored` },
  ];
  const accountRows = await Promise.all(
    accounts.map(async (a) => ({ login: a.login, passwordHash: await hashPassword(a.password), role: a.role, tutorId: a.tutorId ?? null, smeId: a.smeId ?? null })),
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
  return accounts.map(({ login, password, role, note }) => ({ login, password, role, note }));
}
