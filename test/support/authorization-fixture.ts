import request from 'supertest';
import { FlagRepository } from '../../src/tracking/flag.repository.js';
import { aTutor, anSme } from './factories.js';
import { programToday } from './program-calendar.js';
import { bearer, created, signedIn, startTestApp, TestApp } from './test-app.js';

export const IDENTITIES = ['anonymous', 'coordinator', 'tutorA', 'tutorB', 'smeX', 'smeY'] as const;
export type Identity = (typeof IDENTITIES)[number];

export interface Tutor { id: string; name: string }
export interface Sme { id: string }
export interface Pair { tutor: Tutor; sme: Sme }

export const aSession = (smeId: string) => ({ smeId, date: programToday(), durationMinutes: 45, mode: 'online', topics: ['pricing'] });

/**
 * Tutor A mentors SME X, tutor B mentors SME Y, each with a signed-in account, and each pair has
 * one logged session. Everything a route needs beyond that is made fresh per call.
 */
export interface AuthorizationFixture {
  t: TestApp;
  tutorA: Tutor;
  tutorB: Tutor;
  smeX: Sme;
  smeY: Sme;
  courseCode: string;
  /** The pair an identity belongs to (null for anonymous and the coordinator). */
  pairOf(who: Identity): Pair | null;
  /** The other pair: what an identity must never see. */
  otherPairOf(who: Identity): Pair | null;
  headersOf(who: Identity): Record<string, string>;
  freshTutor(): Promise<Tutor>;
  freshSme(): Promise<Sme>;
  freshAssignment(): Promise<{ id: string }>;
  freshFlag(): Promise<{ id: string }>;
  unique(prefix: string): string;
}

export async function authorizationFixture(): Promise<AuthorizationFixture> {
  const t = await startTestApp();
  let serial = 0;
  const unique = (prefix: string) => `${prefix}-${++serial}`;
  const freshTutor = () => created<Tutor>(t, '/api/tutors', aTutor({ name: unique('Fresh tutor') }));
  const freshSme = () => created<Sme>(t, '/api/smes', anSme({ businessName: unique('Fresh SME') }));
  const assign = (tutor: Tutor, sme: Sme) => created<{ id: string }>(t, '/api/assignments', { tutorId: tutor.id, smeId: sme.id });

  const a: Pair = { tutor: await created<Tutor>(t, '/api/tutors', aTutor({ name: 'Tutor Andi' })), sme: await freshSme() };
  const b: Pair = { tutor: await created<Tutor>(t, '/api/tutors', aTutor({ name: 'Tutor Budi' })), sme: await freshSme() };
  const tokens: Record<Identity, string | null> = {
    anonymous: null,
    coordinator: t.coordinatorToken,
    tutorA: await signedIn(t, 'tutor.a', { tutorId: a.tutor.id }),
    tutorB: await signedIn(t, 'tutor.b', { tutorId: b.tutor.id }),
    smeX: await signedIn(t, 'sme.x', { smeId: a.sme.id }),
    smeY: await signedIn(t, 'sme.y', { smeId: b.sme.id }),
  };
  const headersOf = (who: Identity) => (tokens[who] ? bearer(tokens[who]) : {});
  for (const [pair, tutor] of [[a, 'tutorA'], [b, 'tutorB']] as const) {
    await assign(pair.tutor, pair.sme);
    await request(t.http).post('/api/sessions').set(headersOf(tutor)).send(aSession(pair.sme.id)).expect(201);
  }
  const courseCode = 'AUTH-101';
  await created(t, '/api/courses', { code: courseCode, title: 'Selling online', required: true });

  const pairs: Partial<Record<Identity, [Pair, Pair]>> = { tutorA: [a, b], smeX: [a, b], tutorB: [b, a], smeY: [b, a] };
  return {
    t,
    tutorA: a.tutor,
    tutorB: b.tutor,
    smeX: a.sme,
    smeY: b.sme,
    courseCode,
    pairOf: (who) => pairs[who]?.[0] ?? null,
    otherPairOf: (who) => pairs[who]?.[1] ?? null,
    headersOf,
    freshTutor,
    freshSme,
    freshAssignment: async () => assign(await freshTutor(), await freshSme()),
    // Flags are opened by the flag evaluation, which no route triggers yet; the test opens one directly.
    freshFlag: async () =>
      t.app.get(FlagRepository).save(t.dataSource.manager, {
        smeId: (await freshSme()).id, type: 'UNASSIGNED', status: 'open', reasons: ['no tutor for 14 days'], note: null, openedAt: new Date(), resolvedAt: null,
      }),
    unique,
  };
}

/** A one-row CSV of a POST body: the header names the fields, array values are joined with `|`. */
export function csvOf(body: object): string {
  const cells = Object.values(body).map((value) => (Array.isArray(value) ? value.join('|') : String(value)));
  return `${Object.keys(body).join(',')}\n${cells.join(',')}\n`;
}
