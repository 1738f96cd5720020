import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The command is compiled on its own into a scratch folder, so the test needs no earlier build.
const scratch = mkdtempSync(join(tmpdir(), 'match-command-'));
const command = join(scratch, 'matching', 'cli', 'match.command.js');

function match(instance: string): ReturnType<typeof spawnSync> {
  const file = join(scratch, `instance-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, instance);
  return spawnSync(process.execPath, [command, file], { encoding: 'utf8' });
}

describe('match.command', () => {
  beforeAll(() => {
    const tsc = spawnSync(
      process.execPath,
      ['node_modules/typescript/bin/tsc', 'src/matching/cli/match.command.ts', '--rootDir', 'src', '--outDir', scratch,
        '--module', 'nodenext', '--target', 'es2023', '--types', 'node', '--skipLibCheck', '--strict', '--ignoreConfig'],
      { encoding: 'utf8' },
    );
    expect(tsc.stdout).toBe('');
    writeFileSync(join(scratch, 'package.json'), '{"type": "module"}');
  });

  it('solves a valid file and exits 0', () => {
    const result = match('{"tutors":[{"id":"t1","slotCosts":[-160,-160,0]}],"smes":[{"id":"s1","unassignedCost":130}],"edges":[[0,0,12]]}');

    expect(result.status).toBe(0);
    expect(result.stdout).toBe('{"objective":-148,"assignments":[[0,0]]}\n');
  });

  it('exits 2 on an invalid file with nothing on standard output', () => {
    const result = match('{"tutors":[],"smes":[],"edges":[[0,0,1]]}');

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('invalid input: edges[0] tutor index 0 is not an index below 0\n');
  });
});
