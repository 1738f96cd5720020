import { solveMatching } from '../solver/solve-matching.js';
import { InvalidInstanceError, parseInstanceFile } from './instance-file.js';

export interface CommandIo {
  /** The file's bytes: the instance parser reads them without decoding the text first. */
  readFile(path: string): Uint8Array;
  writeOut(text: string): void;
  writeError(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_INVALID_INPUT = 2;

/** `match INSTANCE.json`: the optimum as one JSON object, or exit 2 with a one-line reason. */
export function runMatch(args: readonly string[], io: CommandIo): number {
  if (args.length !== 1) return invalid(io, 'usage: match INSTANCE.json');
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(args[0]);
  } catch (error) {
    return invalid(io, `cannot read ${args[0]}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  try {
    const solution = solveMatching(parseInstanceFile(bytes));
    const assignments: [number, number][] = [];
    solution.tutorOfSme.forEach((tutor, sme) => tutor >= 0 && assignments.push([tutor, sme]));
    io.writeOut(`${JSON.stringify({ objective: solution.objective, assignments })}\n`);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof InvalidInstanceError) return invalid(io, error.message);
    throw error;
  }
}

function invalid(io: CommandIo, reason: string): number {
  io.writeError(`invalid input: ${reason.replace(/\s+/g, ' ')}\n`);
  return EXIT_INVALID_INPUT;
}
