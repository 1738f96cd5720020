import { describe, expect, it } from '@jest/globals';
import { buildDemoProgram } from './demo-program.js';

describe('buildDemoProgram', () => {
  it('builds the province scale: one province, every tutor within its seats, no SME with two mentors', () => {
    const program = buildDemoProgram({ scale: 'province', seed: 3, skipIfSeeded: false }, new Date('2026-10-01T00:00:00Z'));

    expect(program.tutors).toHaveLength(10_000);
    expect(program.smes).toHaveLength(30_000);
    expect(new Set([...program.tutors, ...program.smes].map((row) => row.provinceCode))).toEqual(new Set(['32']));
    const seats = new Map(program.tutors.map((tutor) => [tutor.id, tutor.maxSmes!]));
    const load = new Map<string, number>();
    for (const a of program.assignments) load.set(a.tutorId!, (load.get(a.tutorId!) ?? 0) + 1);
    expect([...load].filter(([tutorId, taken]) => taken > seats.get(tutorId)!)).toEqual([]);
    expect(new Set(program.assignments.map((a) => a.smeId)).size).toBe(program.assignments.length);
    expect(program.assignments.length).toBeGreaterThan(10_000);
  });
});
