import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Assignment } from '../../src/assignments/assignment.entity.js';
import { AssignmentRepository } from '../../src/assignments/assignment.repository.js';
import { violatedUniqueIndex } from '../../src/database/unit-of-work.js';
import { aTutor, anSme } from '../support/factories.js';
import { created, startTestApp, TestApp } from '../support/test-app.js';

/** The database itself refuses what the service checks, so no code path can break the invariants. */
describe('assignment table guards', () => {
  let t: TestApp;
  let sut: AssignmentRepository;
  let tutorId: string;
  let smeIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    sut = t.app.get(AssignmentRepository);
    tutorId = (await created<{ id: string }>(t, '/api/tutors', aTutor())).id;
    smeIds = await Promise.all([1, 2, 3].map(async () => (await created<{ id: string }>(t, '/api/smes', anSme())).id));
  });
  afterAll(() => t.close());

  const row = (smeId: string, slot: number, tutor = tutorId): Partial<Assignment> => ({
    tutorId: tutor,
    smeId,
    slot,
    startedAt: new Date(),
    startReason: 'manual',
  });

  const insertError = async (assignment: Partial<Assignment>) => {
    try {
      await t.dataSource.transaction((manager) => sut.insert(manager, assignment));
      return null;
    } catch (error) {
      return error;
    }
  };

  it('refuses a second active row for one SME, and allows it once the first ended', async () => {
    const first = await t.dataSource.transaction((manager) => sut.insert(manager, row(smeIds[0], 1)));
    const otherTutor = (await created<{ id: string }>(t, '/api/tutors', aTutor())).id;
    expect(violatedUniqueIndex(await insertError(row(smeIds[0], 1, otherTutor)))).not.toBeNull();
    await t.dataSource.transaction((manager) => sut.end(manager, first, { reason: 'manual', endedBy: null, at: new Date() }));
    expect(await insertError(row(smeIds[0], 1, otherTutor))).toBeNull();
  });

  it('refuses two active rows on one tutor seat', async () => {
    await t.dataSource.transaction((manager) => sut.insert(manager, row(smeIds[1], 2)));
    expect(violatedUniqueIndex(await insertError(row(smeIds[2], 2)))).not.toBeNull();
  });

  it('refuses a seat outside 1..3', async () => {
    expect(await insertError(row(smeIds[2], 4))).not.toBeNull();
    expect(await insertError({ ...row(smeIds[2], 0), id: randomUUID() })).not.toBeNull();
  });

  it('finds the lowest free seat', async () => {
    const seat = await t.dataSource.transaction((manager) => sut.freeSlotOfTutor(manager, tutorId, 3));
    expect(seat).toBe(1);
  });
});
