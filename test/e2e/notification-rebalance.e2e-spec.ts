import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '../../src/database/unit-of-work.js';
import { Notification } from '../../src/notifications/notification.entity.js';
import type { PlannedChange } from '../../src/rebalance/plan-diff.js';
import { RebalanceApplier } from '../../src/rebalance/rebalance-applier.js';
import { RebalanceRepository } from '../../src/rebalance/rebalance.repository.js';
import { aTutor, anSme } from '../support/factories.js';
import { created, startTestApp, type TestApp } from '../support/test-app.js';

const PAIRS = 50;

describe('the notifications of a rebalance', () => {
  let t: TestApp;

  // No channel is configured: every message is in-app, which is written with the change itself.
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it(`moving ${PAIRS} pairs tells each person affected once, about their own pair, and nobody else anything`, async () => {
    const moves: PlannedChange[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const from = await created<{ id: string }>(t, '/api/tutors', aTutor({ name: `Lama ${i}` }));
      const to = await created<{ id: string }>(t, '/api/tutors', aTutor({ name: `Baru ${i}` }));
      const sme = await created<{ id: string }>(t, '/api/smes', anSme({ businessName: `Usaha ${i}` }));
      const pair = await created<{ explanation: unknown }>(t, '/api/assignments', { tutorId: from.id, smeId: sme.id, pinned: false });
      moves.push({ kind: 'moved', smeId: sme.id, fromTutorId: from.id, toTutorId: to.id, explanation: pair.explanation as PlannedChange['explanation'], reason: 'a better fit' });
    }
    const bystander = await created<{ id: string }>(t, '/api/tutors', aTutor({ name: 'Tidak Terlibat' }));
    const dataSource = t.app.get(DataSource);
    await dataSource.getRepository(Notification).clear();

    const basis = await t.app.get(RebalanceRepository).assignmentsBasis();
    await t.app.get(UnitOfWork).run((manager) => t.app.get(RebalanceApplier).applyOnBasis(manager, randomUUID(), basis, moves));

    const messages = await dataSource.getRepository(Notification).find();
    const byPerson = new Map<string, string[]>();
    for (const m of messages) byPerson.set(m.personId, [...(byPerson.get(m.personId) ?? []), `${m.channel}:${m.template}:${m.params[0]}`]);
    expect(byPerson.size).toBe(PAIRS * 3);
    moves.forEach((move, i) => {
      expect(byPerson.get(move.smeId)).toEqual([`in_app:mentor_assigned:Baru ${i}`]);
      expect(byPerson.get(move.fromTutorId!)).toEqual([`in_app:assignment_ended:Usaha ${i}`]);
      expect(byPerson.get(move.toTutorId!)).toEqual([`in_app:sme_assigned:Usaha ${i}`]);
    });
    expect(byPerson.has(bystander.id)).toBe(false);
  });
});
