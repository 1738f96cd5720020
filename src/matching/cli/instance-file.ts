import { buildInstance, flattenSlots, type MatchingInstance } from '../solver/matching-instance.js';

/** Bounds of docs/matching-model.md section 1. */
export const COST_LIMIT = 1_000_000;
export const MAX_SLOTS = 3;

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

/** Parses and validates an instance file; any defect throws one InvalidInstanceError naming it. */
export function parseInstanceFile(text: string): MatchingInstance {
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
  const seen = new Set<number>();
  rows.forEach((row, e) => {
    const where = `edges[${e}]`;
    if (!Array.isArray(row) || row.length !== 3) fail(`${where} is not a [tutorIndex, smeIndex, cost] row`);
    const t = index(row[0], tutors.length, `${where} tutor index`);
    const s = index(row[1], smes.length, `${where} SME index`);
    const pair = t * smes.length + s;
    if (seen.has(pair)) fail(`${where} repeats the pair (${t}, ${s})`);
    seen.add(pair);
    edges.tutor[e] = t;
    edges.sme[e] = s;
    edges.cost[e] = boundedInteger(row[2], `${where} cost`);
  });
  return buildInstance(flattenSlots(slotCosts), unassigned, edges);
}
