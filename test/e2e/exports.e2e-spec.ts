import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { aTutor, anSme } from '../support/factories.js';
import { bearer, created, startTestApp, TestApp } from '../support/test-app.js';

describe('CSV exports a coordinator opens in a spreadsheet', () => {
  let t: TestApp;
  let bandung: { id: string };
  let jakarta: { id: string };
  let placed: { id: string };
  let waiting: { id: string };

  const csvRows = async (path: string, query: Record<string, string> = {}) => {
    const response = await request(t.http).get(path).query(query).set(bearer(t.coordinatorToken)).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    return parse(response.text, { columns: true }) as Record<string, string>[];
  };

  beforeAll(async () => {
    t = await startTestApp();
    bandung = await created(t, '/api/tutors', aTutor({ name: '=HYPERLINK("http://evil.example")', storeName: 'Batik, "Siti"' }));
    jakarta = await created(t, '/api/tutors', aTutor({ name: 'Budi', regencyCode: '31.71', status: 'paused' }));
    placed = await created(t, '/api/smes', anSme({ businessName: '@SUM(A1)', ownerName: '-Ani' }));
    waiting = await created(t, '/api/smes', anSme({ businessName: 'Warung Sari', regencyCode: '34.71' }));
    await created(t, '/api/assignments', { tutorId: bandung.id, smeId: placed.id, pinned: false });
  });
  afterAll(() => t.close());

  it('exports the active assignments with both sides named, placed and reachable', async () => {
    const rows = await csvRows('/api/exports/assignments.csv');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      tutorId: bandung.id,
      smeId: placed.id,
      tutorName: `'=HYPERLINK("http://evil.example")`,
      tutorStoreName: 'Batik, "Siti"',
      tutorPhone: "'+62 812 3456 7890",
      tutorProvinceCode: '32',
      tutorProvinceName: 'Jawa Barat',
      tutorRegencyCode: '32.73',
      tutorRegencyName: 'Kota Bandung',
      smeBusinessName: "'@SUM(A1)",
      smeOwnerName: "'-Ani",
      smeRegencyName: 'Kabupaten Bandung',
      startReason: 'manual',
      pinned: 'false',
    });
    expect(new Date(rows[0].startedAt).getTime()).not.toBeNaN();
  });

  it('exports tutors with their load and region names, as the list filters them', async () => {
    const all = await csvRows('/api/exports/tutors.csv');
    expect(all.map((r) => r.id).sort()).toEqual([bandung.id, jakarta.id].sort());
    const inJakarta = await csvRows('/api/exports/tutors.csv', { provinceCode: '31' });
    expect(inJakarta).toEqual([expect.objectContaining({ id: jakarta.id, name: 'Budi', provinceName: 'DKI Jakarta', regencyName: 'Kota Administrasi Jakarta Pusat', load: '0', status: 'paused', languages: 'id|su', modes: 'online|in_person' })]);
    const active = await csvRows('/api/exports/tutors.csv', { status: 'active' });
    expect(active).toEqual([expect.objectContaining({ id: bandung.id, load: '1' })]);
  });

  it('exports SMEs with their current tutor, as the list filters them', async () => {
    const unassigned = await csvRows('/api/exports/smes.csv', { unassigned: 'true' });
    expect(unassigned).toEqual([expect.objectContaining({ id: waiting.id, currentTutorId: '', provinceName: 'DI Yogyakarta', regencyName: 'Kota Yogyakarta' })]);
    const assigned = await csvRows('/api/exports/smes.csv', { unassigned: 'false' });
    expect(assigned).toEqual([expect.objectContaining({ id: placed.id, currentTutorId: bandung.id, status: 'mentoring' })]);
  });

  it('refuses a filter it does not know, as the list does', async () => {
    const response = await request(t.http).get('/api/exports/smes.csv').query({ provinceCode: '99' }).set(bearer(t.coordinatorToken));
    expect(response.status).toBe(400);
  });
});
