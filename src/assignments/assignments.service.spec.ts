import { describe, expect, it } from '@jest/globals';
import { aTutorRecord, anSmeRecord } from '../../test/support/factories.js';
import { clockAt, inlineUnitOfWork, InMemoryProgram, MANAGER, recordingNotifier } from '../../test/support/in-memory-program.js';
import type { AuthUser } from '../auth/auth-user.js';
import { AssignmentsService } from './assignments.service.js';

const NOW = new Date('2026-11-20T02:00:00Z');
const coordinator: AuthUser = { accountId: 'coordinator-1', role: 'coordinator', tutorId: null, smeId: null, tokenVersion: 0 };

function build(maxSmes = 2) {
  const program = new InMemoryProgram().add({ tutor: aTutorRecord('tutor-1', { maxSmes }) });
  for (const id of ['sme-1', 'sme-2', 'sme-3']) program.add({ sme: anSmeRecord(id) });
  const { notifier, told } = recordingNotifier();
  const sut = new AssignmentsService(program.assignmentRepository(), program.tutorRepository(), program.smeRepository(), inlineUnitOfWork, clockAt(NOW), notifier);
  return { sut, program, told };
}

describe('AssignmentsService.create: a coordinator seats an SME with a tutor', () => {
  it('gives the pair the lowest free seat, pinned, started by the coordinator, and the SME starts mentoring', async () => {
    const { sut, program, told } = build();
    program.seat('tutor-1', 'sme-2', 2);
    const assignment = await sut.create({ tutorId: 'tutor-1', smeId: 'sme-1' }, coordinator);
    expect(told).toEqual(['pairsStarted']);
    expect(assignment).toMatchObject({ tutorId: 'tutor-1', smeId: 'sme-1', slot: 1, pinned: true, startReason: 'manual', startedBy: 'coordinator-1', startedAt: NOW });
    expect(assignment.explanation).toEqual(expect.objectContaining({ sameProvince: true, summary: expect.any(String) }));
    expect(program.smes.get('sme-1')!.status).toBe('mentoring');
  });

  it('keeps the pair unpinned when the coordinator says so', async () => {
    const { sut } = build();
    expect(await sut.create({ tutorId: 'tutor-1', smeId: 'sme-1', pinned: false }, coordinator)).toMatchObject({ pinned: false });
  });

  it('refuses a tutor that holds its maxSmes with TUTOR_AT_CAPACITY, seating nobody', async () => {
    const { sut, program } = build(2);
    program.seat('tutor-1', 'sme-1');
    program.seat('tutor-1', 'sme-2');
    await expect(sut.create({ tutorId: 'tutor-1', smeId: 'sme-3' }, coordinator)).rejects.toMatchObject({ code: 'TUTOR_AT_CAPACITY' });
    expect(program.active().map((a) => a.smeId)).toEqual(['sme-1', 'sme-2']);
    expect(program.smes.get('sme-3')!.status).toBe('enrolled');
  });

  it('refuses an SME that already has a tutor with SME_ALREADY_ASSIGNED', async () => {
    const { sut, program } = build();
    program.add({ tutor: aTutorRecord('tutor-2') }).seat('tutor-2', 'sme-1');
    await expect(sut.create({ tutorId: 'tutor-1', smeId: 'sme-1' }, coordinator)).rejects.toMatchObject({ code: 'SME_ALREADY_ASSIGNED' });
    expect(program.active()).toEqual([expect.objectContaining({ tutorId: 'tutor-2', smeId: 'sme-1' })]);
  });

  it.each([
    ['a paused tutor', () => ({ tutor: aTutorRecord('tutor-1', { status: 'paused' }) })],
    ['an inactive tutor', () => ({ tutor: aTutorRecord('tutor-1', { status: 'inactive' }) })],
    ['a graduated SME', () => ({ sme: anSmeRecord('sme-1', { status: 'graduated' }) })],
    ['a withdrawn SME', () => ({ sme: anSmeRecord('sme-1', { status: 'withdrawn' }) })],
  ])('refuses %s with NOT_ASSIGNABLE', async (_who, record) => {
    const { sut, program } = build();
    program.add(record());
    await expect(sut.create({ tutorId: 'tutor-1', smeId: 'sme-1' }, coordinator)).rejects.toMatchObject({ code: 'NOT_ASSIGNABLE' });
    expect(program.active()).toEqual([]);
  });

  it('answers NOT_FOUND for a tutor or SME that does not exist', async () => {
    const { sut } = build();
    await expect(sut.create({ tutorId: 'tutor-9', smeId: 'sme-1' }, coordinator)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(sut.create({ tutorId: 'tutor-1', smeId: 'sme-9' }, coordinator)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('AssignmentsService: ending and pinning a pair', () => {
  it('ends a pair into the history, and its mentoring SME waits for a tutor again', async () => {
    const { sut, program } = build();
    const pair = await sut.create({ tutorId: 'tutor-1', smeId: 'sme-1' }, coordinator);
    const ended = await sut.end(pair.id, 'manual', coordinator);
    expect(ended).toMatchObject({ endedAt: NOW, endReason: 'manual', endedBy: 'coordinator-1' });
    expect(program.active()).toEqual([]);
    expect(program.smes.get('sme-1')!.status).toBe('enrolled');
  });

  it('refuses to end or pin an ended pair with ASSIGNMENT_ENDED', async () => {
    const { sut } = build();
    const pair = await sut.create({ tutorId: 'tutor-1', smeId: 'sme-1' }, coordinator);
    await sut.end(pair.id, 'manual', coordinator);
    await expect(sut.end(pair.id, 'manual', coordinator)).rejects.toMatchObject({ code: 'ASSIGNMENT_ENDED' });
    await expect(sut.setPinned(pair.id, false)).rejects.toMatchObject({ code: 'ASSIGNMENT_ENDED' });
  });

  it("ends every pair of a tutor that leaves, and a graduated SME keeps its status", async () => {
    const { sut, program } = build(3);
    program.seat('tutor-1', 'sme-1');
    program.seat('tutor-1', 'sme-2');
    program.smes.get('sme-1')!.status = 'mentoring';
    program.smes.get('sme-2')!.status = 'graduated';
    expect(await sut.endActive(MANAGER, { tutorId: 'tutor-1' }, 'tutor_inactive', null)).toBe(2);
    expect(program.active()).toEqual([]);
    expect(program.assignments.map((a) => a.endReason)).toEqual(['tutor_inactive', 'tutor_inactive']);
    expect([program.smes.get('sme-1')!.status, program.smes.get('sme-2')!.status]).toEqual(['enrolled', 'graduated']);
  });
});
