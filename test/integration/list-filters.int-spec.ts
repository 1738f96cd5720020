import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Flag } from '../../src/tracking/flag.entity.js';
import { SmeRepository } from '../../src/smes/sme.repository.js';
import { TutorRepository } from '../../src/tutors/tutor.repository.js';
import { aTutor, anSme } from '../support/factories.js';
import { created, startTestApp, TestApp } from '../support/test-app.js';

/** The read models' filters are SQL of their own (JSON columns, sub-queries): checked on each database. */
describe('tutor and SME list filters', () => {
  let t: TestApp;
  let tutors: TutorRepository;
  let smes: SmeRepository;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    tutors = t.app.get(TutorRepository);
    smes = t.app.get(SmeRepository);
    ids.bandungFashion = (await created<{ id: string }>(t, '/api/tutors', aTutor({ regencyCode: '32.73', categories: ['fashion', 'beauty'] }))).id;
    ids.papuaFood = (await created<{ id: string }>(t, '/api/tutors', aTutor({ name: 'Yohana Wenda', regencyCode: '91.71', categories: ['food_beverage'], status: 'paused' }))).id;
    ids.assigned = (await created<{ id: string }>(t, '/api/smes', anSme({ regencyCode: '32.04' }))).id;
    ids.waiting = (await created<{ id: string }>(t, '/api/smes', anSme({ businessName: 'Kopi 100% Wamena_Asli', regencyCode: '91.71', digitalLiteracy: 80, onlineStage: 'products_listed' }))).id;
    await created(t, '/api/assignments', { tutorId: ids.bandungFashion, smeId: ids.assigned });
    await t.dataSource.getRepository(Flag).insert({ smeId: ids.waiting, type: 'UNASSIGNED', status: 'acknowledged', reasons: ['no tutor for 14 days'], openedAt: new Date() });
  });
  afterAll(() => t.close());

  const tutorIds = async (filter: object) => (await tutors.list(filter)).items.map((x) => x.id);
  const smeIds = async (filter: object) => (await smes.list(filter)).items.map((x) => x.id);

  it('narrows tutors by category (a JSON list), province, regency and status, with their load', async () => {
    expect(await tutorIds({ category: 'beauty' })).toEqual([ids.bandungFashion]);
    expect(await tutorIds({ category: 'food_beverage' })).toEqual([ids.papuaFood]);
    expect(await tutorIds({ category: 'health' })).toEqual([]);
    expect(await tutorIds({ provinceCode: '91' })).toEqual([ids.papuaFood]);
    expect(await tutorIds({ regencyCode: '32.73', status: 'active' })).toEqual([ids.bandungFashion]);
    expect((await tutors.list({ category: 'fashion' })).items[0].load).toBe(1);
  });

  it('narrows SMEs by tutor, flags, segment and region', async () => {
    expect(await smeIds({ unassigned: true })).toEqual([ids.waiting]);
    expect(await smeIds({ unassigned: false })).toEqual([ids.assigned]);
    expect(await smeIds({ flagged: true })).toEqual([ids.waiting]);
    expect(await smeIds({ flagged: false })).toEqual([ids.assigned]);
    expect(await smeIds({ segment: 'digital_savvy' })).toEqual([ids.waiting]);
    expect(await smeIds({ provinceCode: '32', status: 'mentoring' })).toEqual([ids.assigned]);
    expect((await smes.list({ provinceCode: '32' })).items[0].currentTutorId).toBe(ids.bandungFashion);
  });

  it('finds tutors by name and SMEs by business name, ignoring case, with LIKE wildcards taken as written', async () => {
    expect(await tutorIds({ q: 'WENDA' })).toEqual([ids.papuaFood]);
    expect(await tutorIds({ q: 'siti', provinceCode: '32' })).toEqual([ids.bandungFashion]);
    expect(await smeIds({ q: 'wamena' })).toEqual([ids.waiting]);
    expect(await smeIds({ q: '100%' })).toEqual([ids.waiting]);
    expect(await smeIds({ q: '_' })).toEqual([ids.waiting]);
    expect(await smeIds({ q: '%' })).toEqual([ids.waiting]);
    expect(await smeIds({ q: 'no such shop' })).toEqual([]);
  });

  it('pages by cursor without losing or repeating a row', async () => {
    const first = await tutors.list({ limit: 1 });
    const second = await tutors.list({ limit: 1, cursor: first.nextCursor! });
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((x) => x.id))).toEqual(new Set([ids.bandungFashion, ids.papuaFood]));
  });
});
