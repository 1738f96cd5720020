import { buildInstance, type MatchingInstance } from '../solver/matching-instance.js';
import { COST_LIMIT, MAX_SLOTS } from './instance-rules.js';
import { IntList } from './int-list.js';

/** Thrown inside the scanner at the first byte it does not expect; the caller then reads the text the slow way. */
const NOT_PLAIN = new Error('not a plain instance file');

const QUOTE = 0x22;
const COMMA = 0x2c;
const MINUS = 0x2d;
const COLON = 0x3a;
const ZERO = 0x30;
const NINE = 0x39;
const OPEN_LIST = 0x5b;
const CLOSE_LIST = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const BACKSLASH = 0x5c;

const [TUTORS, SMES, EDGES, SLOT_COSTS, UNASSIGNED_COST] = [0, 1, 2, 3, 4];
const KEYS = ['tutors', 'smes', 'edges', 'slotCosts', 'unassignedCost'].map((key) => Array.from(key, (c) => c.charCodeAt(0)));

/**
 * The instance file read straight from its bytes, without building the JSON document: the
 * common, valid file costs one pass. Returns undefined on anything it does not take as plainly
 * valid (a defect, a fraction, an exponent, an escaped key, a repeated field), and the caller
 * reads the text with JSON.parse instead, which accepts the same files and names any defect.
 */
export function parsePlainInstance(bytes: Uint8Array): MatchingInstance | undefined {
  try {
    return new InstanceScanner(bytes).instance();
  } catch {
    // NOT_PLAIN, or a stack overflow on a deeply nested field the scanner skips: JSON.parse takes either.
    return undefined;
  }
}

class InstanceScanner {
  private at = 0;
  private readonly slotStart: IntList;
  private readonly slotCost: IntList;
  private readonly unassigned: IntList;
  private readonly edges: { tutor: IntList; sme: IntList; cost: IntList };

  constructor(private readonly bytes: Uint8Array) {
    const rows = bytes.length >> 3;
    this.slotStart = new IntList(rows >> 4);
    this.slotCost = new IntList(rows >> 4);
    this.unassigned = new IntList(rows >> 4);
    this.edges = { tutor: new IntList(rows), sme: new IntList(rows), cost: new IntList(rows) };
  }

  instance(): MatchingInstance {
    const seen = new Set<number>();
    this.fields(() => {
      const key = this.key();
      if (key !== TUTORS && key !== SMES && key !== EDGES) return this.skipValue();
      if (seen.has(key)) throw NOT_PLAIN;
      seen.add(key);
      this.list(key === TUTORS ? () => this.tutor() : key === SMES ? () => this.sme() : () => this.edge());
    });
    this.skipSpace();
    if (this.at !== this.bytes.length || seen.size !== 3) throw NOT_PLAIN;
    const tutorCount = this.slotStart.length;
    const smeCount = this.unassigned.length;
    const edges = { tutor: this.edges.tutor.view(), sme: this.edges.sme.view(), cost: this.edges.cost.view() };
    for (let e = 0; e < edges.tutor.length; e++) {
      if (edges.tutor[e] < 0 || edges.tutor[e] >= tutorCount || edges.sme[e] < 0 || edges.sme[e] >= smeCount) throw NOT_PLAIN;
    }
    const slotStart = new Int32Array(tutorCount + 1);
    slotStart.set(this.slotStart.view(), 1);
    const instance = buildInstance({ slotStart, slotCost: this.slotCost.view().slice() }, this.unassigned.view(), edges);
    if (repeatsAPair(instance)) throw NOT_PLAIN;
    return instance;
  }

  /** `{"slotCosts": [...]}` among any other fields; slotStart holds each tutor's end. */
  private tutor(): void {
    let found = false;
    this.fields(() => {
      if (this.key() !== SLOT_COSTS) return this.skipValue();
      if (found) throw NOT_PLAIN;
      found = true;
      const first = this.slotCost.length;
      this.list(() => {
        const cost = this.integer();
        const count = this.slotCost.length - first;
        if (count === MAX_SLOTS || (count > 0 && cost < this.slotCost.values[this.slotCost.length - 1])) throw NOT_PLAIN;
        this.slotCost.push(cost);
      });
    });
    if (!found) throw NOT_PLAIN;
    this.slotStart.push(this.slotCost.length);
  }

  private sme(): void {
    let found = false;
    this.fields(() => {
      if (this.key() !== UNASSIGNED_COST) return this.skipValue();
      if (found) throw NOT_PLAIN;
      found = true;
      this.unassigned.push(this.integer());
    });
    if (!found) throw NOT_PLAIN;
  }

  /** `[tutorIndex, smeIndex, cost]`. */
  private edge(): void {
    this.expect(OPEN_LIST);
    this.edges.tutor.push(this.integer());
    this.expect(COMMA);
    this.edges.sme.push(this.integer());
    this.expect(COMMA);
    this.edges.cost.push(this.integer());
    this.expect(CLOSE_LIST);
  }

  private skipSpace(): void {
    const { bytes } = this;
    let at = this.at;
    while (at < bytes.length && (bytes[at] === 0x20 || bytes[at] === 0x0a || bytes[at] === 0x0d || bytes[at] === 0x09)) at++;
    this.at = at;
  }

  private peek(): number {
    this.skipSpace();
    return this.at < this.bytes.length ? this.bytes[this.at] : -1;
  }

  private expect(byte: number): void {
    if (this.peek() !== byte) throw NOT_PLAIN;
    this.at++;
  }

  /** An integer within the cost bounds, written as JSON writes one; anything else is left to the slow path. */
  private integer(): number {
    const { bytes } = this;
    this.skipSpace();
    const negative = bytes[this.at] === MINUS;
    if (negative) this.at++;
    const start = this.at;
    let value = 0;
    while (this.at < bytes.length && bytes[this.at] >= ZERO && bytes[this.at] <= NINE && this.at - start < 8) value = value * 10 + bytes[this.at++] - ZERO;
    const digits = this.at - start;
    const next = this.at < bytes.length ? bytes[this.at] : -1;
    if (digits === 0 || (digits > 1 && bytes[start] === ZERO) || value > COST_LIMIT || next === 0x2e || next === 0x65 || next === 0x45) throw NOT_PLAIN;
    return negative ? -value : value;
  }

  /** A key without escapes, and its colon: the index of the key among KEYS, or -1 for any other. */
  private key(): number {
    const { bytes } = this;
    this.expect(QUOTE);
    const start = this.at;
    while (this.at < bytes.length && bytes[this.at] !== QUOTE) {
      if (bytes[this.at] === BACKSLASH || bytes[this.at] < 0x20) throw NOT_PLAIN;
      this.at++;
    }
    if (this.at === bytes.length) throw NOT_PLAIN;
    const length = this.at++ - start;
    this.expect(COLON);
    return KEYS.findIndex((key) => key.length === length && key.every((byte, k) => bytes[start + k] === byte));
  }

  /** `{ field, field, ... }`, each field read by `field` from its key on. */
  private fields(field: () => void): void {
    this.sequence(OPEN_OBJECT, CLOSE_OBJECT, field);
  }

  private list(item: () => void): void {
    this.sequence(OPEN_LIST, CLOSE_LIST, item);
  }

  private sequence(open: number, close: number, item: () => void): void {
    this.expect(open);
    if (this.peek() === close) {
      this.at++;
      return;
    }
    for (;;) {
      item();
      const next = this.peek();
      this.at++;
      if (next === close) return;
      if (next !== COMMA) throw NOT_PLAIN;
    }
  }

  /** Any JSON value, checked as strictly as JSON.parse checks it, and dropped. */
  private skipValue(): void {
    const first = this.peek();
    if (first === OPEN_OBJECT) return this.fields(() => this.skipKeyAndValue());
    if (first === OPEN_LIST) return this.list(() => this.skipValue());
    if (first === QUOTE) return this.skipString();
    for (const word of ['true', 'false', 'null']) {
      if (first !== word.charCodeAt(0)) continue;
      for (let k = 0; k < word.length; k++) if (this.bytes[this.at + k] !== word.charCodeAt(k)) throw NOT_PLAIN;
      this.at += word.length;
      return;
    }
    const text = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(String.fromCharCode(...this.bytes.subarray(this.at, this.at + 400)));
    if (!text) throw NOT_PLAIN;
    this.at += text[0].length;
  }

  private skipKeyAndValue(): void {
    this.skipString();
    this.expect(COLON);
    this.skipValue();
  }

  private skipString(): void {
    const { bytes } = this;
    this.expect(QUOTE);
    while (this.at < bytes.length && bytes[this.at] !== QUOTE) {
      if (bytes[this.at] < 0x20) throw NOT_PLAIN;
      if (bytes[this.at] === BACKSLASH) {
        const escaped = bytes[this.at + 1];
        if (escaped === 0x75) {
          if (!/^[0-9a-fA-F]{4}$/.test(String.fromCharCode(...bytes.subarray(this.at + 2, this.at + 6)))) throw NOT_PLAIN;
          this.at += 4;
        } else if (!'"\\/bfnrt'.includes(String.fromCharCode(escaped))) {
          throw NOT_PLAIN;
        }
        this.at++;
      }
      this.at++;
    }
    if (this.at === bytes.length) throw NOT_PLAIN;
    this.at++;
  }
}

/** Whether an SME lists a tutor twice, on the edges grouped by SME; the slow path names the row. */
function repeatsAPair({ tutorCount, smeCount, edgeStart, edgeTutor }: MatchingInstance): boolean {
  const markedBy = new Int32Array(tutorCount).fill(-1);
  for (let s = 0; s < smeCount; s++) {
    for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
      if (markedBy[edgeTutor[e]] === s) return true;
      markedBy[edgeTutor[e]] = s;
    }
  }
  return false;
}
