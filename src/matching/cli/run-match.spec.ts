import { describe, expect, it } from '@jest/globals';
import { runMatch as sut } from './run-match.js';

function run(fileText: string): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = sut(['instance.json'], {
    readFile: () => Buffer.from(fileText),
    writeOut: (text) => (out += text),
    writeError: (text) => (err += text),
  });
  return { code, out, err };
}

const valid = {
  tutors: [{ id: 't1', slotCosts: [-160, -160, 0] }],
  smes: [{ id: 's1', unassignedCost: 130 }],
  edges: [[0, 0, 12]],
};

describe('match command', () => {
  it('prints the optimum as one JSON object', () => {
    expect(run(JSON.stringify(valid))).toEqual({ code: 0, out: '{"objective":-148,"assignments":[[0,0]]}\n', err: '' });
  });

  it.each([
    ['bad JSON', '{"tutors": ['],
    ['a missing field', JSON.stringify({ tutors: [], smes: [] })],
    ['a missing slotCosts', JSON.stringify({ ...valid, tutors: [{ id: 't1' }] })],
    ['a missing unassignedCost', JSON.stringify({ ...valid, smes: [{ id: 's1' }] })],
    ['a non-integer cost', JSON.stringify({ ...valid, edges: [[0, 0, 1.5]] })],
    ['a string cost', JSON.stringify({ ...valid, edges: [[0, 0, '12']] })],
    ['a cost out of range', JSON.stringify({ ...valid, smes: [{ id: 's1', unassignedCost: 1000001 }] })],
    ['a bad tutor index', JSON.stringify({ ...valid, edges: [[1, 0, 12]] })],
    ['a negative SME index', JSON.stringify({ ...valid, edges: [[0, -1, 12]] })],
    ['a short edge row', JSON.stringify({ ...valid, edges: [[0, 0]] })],
    ['a duplicate pair', JSON.stringify({ ...valid, edges: [[0, 0, 12], [0, 0, 13]] })],
    ['decreasing slot costs', JSON.stringify({ ...valid, tutors: [{ id: 't1', slotCosts: [0, -160] }] })],
    ['more than three slots', JSON.stringify({ ...valid, tutors: [{ id: 't1', slotCosts: [0, 0, 0, 0] }] })],
    ['a document that is not an object', '[]'],
  ])('exits 2 with a one-line reason and prints nothing on %s', (_, fileText) => {
    const { code, out, err } = run(fileText);

    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^invalid input: [^\n]+\n$/);
  });

  it('names the first row that repeats a pair, rows of other SMEs in between', () => {
    const instance = {
      tutors: [{ id: 't1', slotCosts: [0] }, { id: 't2', slotCosts: [0] }],
      smes: [{ id: 's1', unassignedCost: 130 }, { id: 's2', unassignedCost: 130 }],
      edges: [[1, 1, 5], [0, 0, 12], [1, 0, 3], [0, 1, 4], [0, 0, 13], [1, 1, 6]],
    };

    expect(run(JSON.stringify(instance))).toEqual({ code: 2, out: '', err: 'invalid input: edges[4] repeats the pair (0, 0)\n' });
  });

  it('exits 2 when the file cannot be read', () => {
    let err = '';
    const code = sut(['missing.json'], {
      readFile: () => {
        throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      },
      writeOut: () => {},
      writeError: (text) => (err += text),
    });

    expect(code).toBe(2);
    expect(err).toBe('invalid input: cannot read missing.json: ENOENT\n');
  });
});
