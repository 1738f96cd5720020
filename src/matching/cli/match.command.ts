import { readFileSync } from 'node:fs';
import { runMatch } from './run-match.js';

process.exitCode = runMatch(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  writeOut: (text) => process.stdout.write(text),
  writeError: (text) => process.stderr.write(text),
});
