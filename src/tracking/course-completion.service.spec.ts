import { describe, expect, it } from '@jest/globals';
import { aTutorRecord, anSmeRecord } from '../../test/support/factories.js';
import { clockAt, inlineUnitOfWork, InMemoryProgram, recordingNotifier } from '../../test/support/in-memory-program.js';
import { AssignmentsService } from '../assignments/assignments.service.js';
import { ProgramEvent, ProgramEvents } from '../common/program-events.js';
import type { CreateSmeDto } from '../smes/sme.dto.js';
import { FlagReconciler } from './flag-reconciler.service.js';
import type { SmeFacts, SmeFactsLoader } from './sme-facts.loader.js';
import { DEFAULT_PROGRAM_SETTINGS } from '../settings/program-settings.js';
import type { SettingsService } from '../settings/settings.service.js';
import type { RequiredCourseTally } from './graduation.rule.js';
import { CourseCompletionService } from './course-completion.service.js';

const NOW = new Date('2026-11-20T02:00:00Z');
const RECENTLY = new Date('2026-11-18T02:00:00Z');
const ALL_DONE: RequiredCourseTally = { total: 2, completed: 2 };
const SAVVY: Partial<CreateSmeDto> = { internetAccess: 'good', digitalLiteracy: 80, onlineStage: 'products_listed' };

/**
 * A program of one tutor mentoring `sme-1`, whose facts the loader answers with the SME as stored;
 * `afterFactsRead` changes the program between that read and the service's own locked read.
 */
function build(sme: Partial<CreateSmeDto>, requiredCourses: RequiredCourseTally, afterFactsRead = (_program: InMemoryProgram) => {}) {
  const program = new InMemoryProgram().add({ tutor: aTutorRecord('tutor-1'), sme: anSmeRecord('sme-1', { ...sme, status: 'mentoring' }) });
  const pair = program.seat('tutor-1', 'sme-1');
  const facts: Pick<SmeFactsLoader, 'load'> = {
    load: async (_manager, ids) => {
      const read = ids.map((smeId): SmeFacts => {
        const stored = program.smes.get(smeId)!;
        const active = program.active().find((a) => a.smeId === smeId);
        return { ...stored, smeId, requiredCourses, lastProgressAt: RECENTLY, assignedSince: active?.startedAt ?? null, lastSessionDate: '2026-11-17', lastAssignmentEndedAt: null, createdAt: RECENTLY };
      });
      afterFactsRead(program);
      return read;
    },
  };
  const events = new ProgramEvents();
  const published: ProgramEvent[] = [];
  events.subscribe((_manager, event) => void published.push(event));
  const settings = { current: async () => DEFAULT_PROGRAM_SETTINGS } as SettingsService;
  const clock = clockAt(NOW);
  const { notifier, told } = recordingNotifier();
  const assignments = new AssignmentsService(program.assignmentRepository(), program.tutorRepository(), program.smeRepository(), inlineUnitOfWork, clock, notifier);
  const reconciler = new FlagReconciler(program.flagRepository(), clock, notifier);
  const sut = new CourseCompletionService(facts as SmeFactsLoader, reconciler, program.smeRepository(), assignments, settings, inlineUnitOfWork, events, notifier);
  return { sut, program, pair, published, told };
}

describe('CourseCompletionService.evaluate: graduation', () => {
  it('graduates a digital-savvy SME that finished its required courses, freeing its tutor’s seat', async () => {
    const { sut, program, pair, published, told } = build(SAVVY, ALL_DONE);
    expect(await sut.evaluate(['sme-1'])).toEqual({ evaluated: 1, graduated: 1, opened: 0, resolved: 0, refreshed: 0 });
    expect(program.smes.get('sme-1')!.status).toBe('graduated');
    expect(told).toContain('smesGraduated');
    expect(pair).toMatchObject({ endedAt: NOW, endReason: 'graduated' });
    expect(published).toEqual([{ type: 'sme.left', smeId: 'sme-1', status: 'graduated' }]);
    expect(program.flags).toEqual([]);
  });

  it('graduates nobody whose required courses are not all finished', async () => {
    const { sut, program, pair } = build(SAVVY, { total: 2, completed: 1 });
    expect(await sut.evaluate(['sme-1'])).toMatchObject({ graduated: 0, opened: 0 });
    expect(program.smes.get('sme-1')!.status).toBe('mentoring');
    expect(pair.endedAt).toBeNull();
  });

  it('leaves an SME alone whose status changed after its facts were read', async () => {
    const { sut, program, pair, published } = build(SAVVY, ALL_DONE, (changed) => void (changed.smes.get('sme-1')!.status = 'withdrawn'));
    expect(await sut.evaluate(['sme-1'])).toMatchObject({ graduated: 0 });
    expect(program.smes.get('sme-1')!.status).toBe('withdrawn');
    expect(pair.endedAt).toBeNull();
    expect(published).toEqual([]);
  });
});

describe('CourseCompletionService.evaluate: a trained traditional SME keeps its tutor and is flagged', () => {
  it('opens NEEDS_CONTINUED_MENTORING once, naming why, and a repeat changes nothing', async () => {
    const { sut, program, pair } = build({ digitalLiteracy: 35, onlineStage: 'offline' }, ALL_DONE);
    expect(await sut.evaluate(['sme-1'])).toEqual({ evaluated: 1, graduated: 0, opened: 1, resolved: 0, refreshed: 0 });
    expect(program.flags).toEqual([
      expect.objectContaining({ smeId: 'sme-1', type: 'NEEDS_CONTINUED_MENTORING', status: 'open', openedAt: NOW, reasons: ['completed 2/2 required courses', 'online stage: offline', 'digital literacy 35'] }),
    ]);
    expect(await sut.evaluate(['sme-1'])).toEqual({ evaluated: 1, graduated: 0, opened: 0, resolved: 0, refreshed: 0 });
    expect(program.flags).toHaveLength(1);
    expect(pair.endedAt).toBeNull();
  });

  it('keeps a savvy-looking SME whose coordinator set it traditional, and says so', async () => {
    const { sut, program } = build({ ...SAVVY, segment: 'traditional' }, ALL_DONE);
    expect(await sut.evaluate(['sme-1'])).toMatchObject({ graduated: 0, opened: 1 });
    expect(program.smes.get('sme-1')!.status).toBe('mentoring');
    expect(program.flags[0].reasons).toContain('segment set to traditional by a coordinator');
  });

  it('resolves the flag by itself once the SME makes its first sale', async () => {
    const { sut, program } = build({ digitalLiteracy: 35, onlineStage: 'offline' }, ALL_DONE);
    await sut.evaluate(['sme-1']);
    program.smes.get('sme-1')!.onlineStage = 'first_sale';
    expect(await sut.evaluate(['sme-1'])).toMatchObject({ resolved: 1, opened: 0 });
    expect(program.flags).toEqual([expect.objectContaining({ status: 'resolved', resolvedAt: NOW })]);
  });
});
