import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Flag } from '../../src/tracking/flag.entity.js';
import { MentoringSession } from '../../src/sessions/mentoring-session.entity.js';
import { aTutor, anSme } from '../support/factories.js';
import { dryRunChanges } from '../support/rebalance-api.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';

type Row = Record<string, string | number>;

const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const byThenId = (column: string, direction: 1 | -1) => (a: Row, b: Row) => direction * (compare(a[column], b[column]) || compare(a.id, b.id));

/** The documented orders hold across pages of two, equal values included, on each database. */
describe('every list has a stable, documented order, page after page', () => {
  let t: TestApp;

  /** Every item of a list route, two at a time. */
  const pagesOfTwo = async (path: string): Promise<Row[]> => {
    const items: Row[] = [];
    let cursor: string | null = null;
    do {
      const page: request.Response = await request(t.http).get(path).query(cursor ? { limit: 2, cursor } : { limit: 2 }).set(bearer(t.coordinatorToken)).expect(200);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  };
  const expectOrdered = (items: Row[], order: (a: Row, b: Row) => number, count: number) => {
    expect(items).toHaveLength(count);
    expect(items.map((r) => r.id)).toEqual([...items].sort(order).map((r) => r.id));
  };

  beforeAll(async () => {
    t = await startTestApp();
    const tutors: { id: string }[] = [];
    for (const name of ['Citra', 'Ani', 'Budi', 'Ani', 'Ani']) tutors.push(await created(t, '/api/tutors', aTutor({ name })));
    const smes: { id: string }[] = [];
    for (const businessName of ['Warung Sari', 'Batik Ani', 'Warung Sari', 'Keripik Budi', 'Warung Sari', 'Dodol Citra']) smes.push(await created(t, '/api/smes', anSme({ businessName })));
    for (let i = 0; i < 4; i++) await created(t, '/api/assignments', { tutorId: tutors[i].id, smeId: smes[i].id, pinned: false });
    await t.dataSource.getRepository(MentoringSession).insert(
      ['2026-11-03', '2026-11-01', '2026-11-03', '2026-11-02', '2026-11-03'].map((date, i) => ({ tutorId: tutors[i % 4].id, smeId: smes[i % 4].id, date, durationMinutes: 30, mode: 'online' as const, topics: ['pricing' as const] })),
    );
    const opened = [new Date('2026-11-05T01:00:00Z'), new Date('2026-11-07T01:00:00Z'), new Date('2026-11-05T01:00:00Z'), new Date('2026-11-06T01:00:00Z')];
    await t.dataSource.getRepository(Flag).insert(opened.map((openedAt, i) => ({ smeId: smes[i].id, type: 'UNASSIGNED' as const, status: 'open' as const, reasons: ['no tutor for 14 days'], openedAt })));
  });
  afterAll(() => t.close());

  it('lists tutors by name, then id', async () => {
    expectOrdered(await pagesOfTwo('/api/tutors'), byThenId('name', 1), 5);
  });

  it('lists SMEs by business name, then id', async () => {
    expectOrdered(await pagesOfTwo('/api/smes'), byThenId('businessName', 1), 6);
  });

  it('lists assignments, sessions and flags newest first', async () => {
    expectOrdered(await pagesOfTwo('/api/assignments'), byThenId('startedAt', -1), 4);
    expectOrdered(await pagesOfTwo('/api/sessions'), byThenId('date', -1), 5);
    expectOrdered(await pagesOfTwo('/api/flags'), byThenId('openedAt', -1), 4);
  });

  it('lists rebalances newest first, and a rebalance’s changes by seq', async () => {
    for (let i = 0; i < 4; i++) await created(t, '/api/smes', anSme({ businessName: `Waiting ${i}` }));
    const first = await dryRunChanges(t);
    const second = await dryRunChanges(t);
    const runs = await pagesOfTwo('/api/rebalances');
    expect(runs.map((r) => r.id)).toEqual([second.id, first.id]);
    const changes = await pagesOfTwo(`/api/rebalances/${second.id}/changes`);
    expect(changes.length).toBeGreaterThan(2);
    expect(changes.map((c) => c.seq)).toEqual([...changes].map((c) => Number(c.seq)).sort((a, b) => a - b));
  });
});
