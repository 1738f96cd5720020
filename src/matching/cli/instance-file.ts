import { buildInstance, flattenSlots, type MatchingInstance } from '../solver/matching-instance.js';
import { parsePlainInstance } from './instance-bytes.js';
import { COST_LIMIT, firstRepeatedPair, MAX_SLOTS } from './instance-rules.js';

export class InvalidInstanceError extends Error {
  readonly code = 'INVALID_INSTANCE';
}

function fail(reason: string): never {
  throw new InvalidInstanceError(reason);
}

function listField(holder: unknown, field: string, where: string): unknown[] {
  if (typeof holder !== 'object' || holder === null || Array.isArray(holder)) fail(`${where} is not an object`);
  const value = (holder as Record<string, unknown>)[field];
  if (value === undefined) fail(`missing field ${field} in ${where}`);
  if (!Array.isArray(value)) fail(`${field} in ${where} is not an array`);
  return value;
}

function boundedInteger(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(`${where} is not an integer`);
  if (Math.abs(value) > COST_LIMIT) fail(`${where} is outside [-${COST_LIMIT}, ${COST_LIMIT}]`);
  return value;
}

function index(value: unknown, count: number, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(`${where} is not an integer`);
  if (value < 0 || value >= count) fail(`${where} ${value} is not an index below ${count}`);
  return value;
}

function isIndex(value: unknown, count: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < count;
}

function slotCostsOf(tutor: unknown, t: number): number[] {
  const where = `tutors[${t}]`;
  const slots = listField(tutor, 'slotCosts', where).map((cost, k) => boundedInteger(cost, `${where}.slotCosts[${k}]`));
  if (slots.length > MAX_SLOTS) fail(`${where}.slotCosts has ${slots.length} slots, more than ${MAX_SLOTS}`);
  slots.forEach((cost, k) => k > 0 && cost < slots[k - 1] && fail(`${where}.slotCosts decreases at slot ${k}`));
  return slots;
}

function unassignedCostOf(sme: unknown, s: number): number {
  const where = `smes[${s}]`;
  if (typeof sme !== 'object' || sme === null || Array.isArray(sme)) fail(`${where} is not an object`);
  const cost = (sme as Record<string, unknown>).unassignedCost;
  if (cost === undefined) fail(`missing field unassignedCost in ${where}`);
  return boundedInteger(cost, `${where}.unassignedCost`);
}

/**
 * Parses and validates an instance file; any defect throws one InvalidInstanceError naming it.
 * A plainly valid file is read from its bytes; any other goes through JSON.parse, which names the defect.
 */
export function parseInstanceFile(bytes: Uint8Array): MatchingInstance {
  return parsePlainInstance(bytes) ?? parseInstanceText(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
}

function parseInstanceText(text: string): MatchingInstance {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    fail(`bad JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const tutors = listField(document, 'tutors', 'the instance');
  const smes = listField(document, 'smes', 'the instance');
  const rows = listField(document, 'edges', 'the instance');
  const slotCosts = tutors.map(slotCostsOf);
  const unassigned = smes.map(unassignedCostOf);
  const edges = { tutor: new Int32Array(rows.length), sme: new Int32Array(rows.length), cost: new Int32Array(rows.length) };
  for (let e = 0; e < rows.length; e++) {
    const row = rows[e];
    if (!Array.isArray(row) || row.length !== 3) fail(`edges[${e}] is not a [tutorIndex, smeIndex, cost] row`);
    const [t, s, cost] = row as unknown[];
    // The checks again with the reason written out only for a row that fails them: 600,000 rows are the common case.
    if (!isIndex(t, tutors.length)) index(t, tutors.length, `edges[${e}] tutor index`);
    if (!isIndex(s, smes.length)) index(s, smes.length, `edges[${e}] SME index`);
    if (typeof cost !== 'number' || !isIndex(Math.abs(cost), COST_LIMIT + 1)) boundedInteger(cost, `edges[${e}] cost`);
    edges.tutor[e] = t as number;
    edges.sme[e] = s as number;
    edges.cost[e] = cost as number;
  }
  const repeat = firstRepeatedPair(edges, tutors.length, smes.length);
  if (repeat >= 0) fail(`edges[${repeat}] repeats the pair (${edges.tutor[repeat]}, ${edges.sme[repeat]})`);
  return buildInstance(flattenSlots(slotCosts), unassigned, edges);
}
