import { describe, expect, it } from '@jest/globals';
import { parsePlainInstance as sut } from './instance-bytes.js';
import { parseInstanceFile } from './instance-file.js';

const bytes = (text: string) => Buffer.from(text);

describe('parsePlainInstance', () => {
  it('reads spaces, other fields and escaped ids as JSON.parse reads them', () => {
    const text = ` {"name": "pilot \\"A\\" \\u00e9", "tutors" : [ {"id":"t\\n1", "slotCosts": [ -160 , -160,0 ], "tags": [true, null, {"x": -1.5e3}]},
      {"slotCosts": []} ], "edges": [[0, 1, -7], [0,0,1000000]], "smes": [{"unassignedCost": 130, "id": "s1"}, {"unassignedCost": -0}] }\r\n`;

    const instance = sut(bytes(text));

    expect(instance).toEqual(parseInstanceFile(bytes(JSON.stringify(JSON.parse(text)).replace('{', '{"\\u0078":0,'))));
    expect(instance && Array.from(instance.edgeCost)).toEqual([1000000, -7]);
  });

  it.each([
    ['a fraction', '{"tutors":[],"smes":[{"unassignedCost":1.0}],"edges":[]}'],
    ['an exponent', '{"tutors":[],"smes":[{"unassignedCost":1e2}],"edges":[]}'],
    ['a leading zero', '{"tutors":[],"smes":[{"unassignedCost":012}],"edges":[]}'],
    ['a field given twice', '{"tutors":[],"smes":[],"edges":[],"smes":[]}'],
    ['trailing text', '{"tutors":[],"smes":[],"edges":[]} x'],
    ['a bad literal', '{"tutors":[{"slotCosts":[],"on":tru}],"smes":[],"edges":[]}'],
    ['a bad escape', '{"tutors":[{"slotCosts":[],"id":"\\x"}],"smes":[],"edges":[]}'],
    ['a repeated pair', '{"tutors":[{"slotCosts":[0]}],"smes":[{"unassignedCost":1}],"edges":[[0,0,1],[0,0,2]]}'],
    ['a field nested too deep for the scanner', `{"tutors":[],"smes":[],"edges":[],"x":${'['.repeat(200000)}${']'.repeat(200000)}}`],
    ['an index out of range', '{"tutors":[],"smes":[{"unassignedCost":1}],"edges":[[0,0,1]]}'],
  ])('leaves %s to JSON.parse', (_, text) => {
    expect(sut(bytes(text))).toBeUndefined();
  });
});
