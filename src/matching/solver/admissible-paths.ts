import type { FlowState } from './flow-state.js';

/**
 * After a phase's price shift, finds augmenting paths whose every arc has reduced cost zero,
 * depth first from each free SME, and augments along each at once, so prices stay valid. A
 * path alternates SMEs (even depths) and tutors (odd depths); a node found to lead nowhere is
 * not tried again in the same pass, which keeps a pass linear in what it touches.
 */
export class AdmissiblePaths {
  private readonly markedIn: Int32Array;
  private pass = 0;
  private node = new Int32Array(64);
  private cursor = new Int32Array(64);
  /** At an SME's depth: the edge to the tutor one deeper. */
  private edge = new Int32Array(64);

  constructor(private readonly state: FlowState) {
    this.markedIn = new Int32Array(state.instance.smeCount + state.instance.tutorCount);
  }

  /** One pass from every source still free; returns how many it placed. */
  augmentFrom(sources: Int32Array): number {
    this.pass++;
    let placed = 0;
    for (const s of sources) if (this.state.isFree(s) && this.searchFrom(s)) placed++;
    return placed;
  }

  private searchFrom(source: number): boolean {
    const { state, markedIn, pass } = this;
    const { smeCount, edgeStart, edgeTutor, edgeCost, slotStart, unassignedCost } = state.instance;
    const { smePrice, tutorPrice, matchedEdge, members, load } = state;
    if (smePrice[source] === unassignedCost[source]) {
      state.waiting[source] = 1;
      return true;
    }
    markedIn[source] = pass;
    let depth = this.enter(0, source, edgeStart[source]);
    while (depth >= 0) {
      let next = -1;
      if ((depth & 1) === 0) {
        const s = this.node[depth];
        let e = this.cursor[depth];
        for (; e < edgeStart[s + 1] && next < 0; e++) {
          const t = edgeTutor[e];
          if (edgeCost[e] - smePrice[s] + tutorPrice[t] !== 0 || e === matchedEdge[s] || state.capacity(t) === 0) continue;
          this.edge[depth] = e;
          if (this.takesOneMore(t)) return this.augmentIntoSlot(depth, t);
          if (markedIn[smeCount + t] !== pass) next = t;
          markedIn[smeCount + t] = pass;
        }
        this.cursor[depth] = e;
        depth = next < 0 ? depth - 1 : this.enter(depth + 1, next, 0);
      } else {
        const t = this.node[depth];
        let at = this.cursor[depth];
        for (; at < load[t] && next < 0; at++) {
          const m = members[slotStart[t] + at];
          if (markedIn[m] === pass || smePrice[m] - edgeCost[matchedEdge[m]] - tutorPrice[t] !== 0) continue;
          markedIn[m] = pass;
          if (smePrice[m] === unassignedCost[m]) return this.augmentIntoWaiting(depth, m);
          next = m;
        }
        this.cursor[depth] = at;
        depth = next < 0 ? depth - 1 : this.enter(depth + 1, next, edgeStart[next]);
      }
    }
    return false;
  }

  /** Whether tutor t takes one more SME at no extra reduced cost. */
  private takesOneMore(t: number): boolean {
    const { state } = this;
    const { slotStart, slotCost } = state.instance;
    return state.isDeficit(t) || (state.load[t] < state.capacity(t) && slotCost[slotStart[t] + state.load[t]] === state.tutorPrice[t]);
  }

  private augmentIntoSlot(depth: number, t: number): true {
    if (!this.state.isDeficit(t)) this.state.slotFlow[t]++;
    this.shiftAlong(depth);
    return true;
  }

  /** Member m of the tutor at `depth` waits, and each SME on the path moves one tutor on. */
  private augmentIntoWaiting(depth: number, m: number): true {
    this.state.detach(m);
    this.state.waiting[m] = 1;
    this.shiftAlong(depth - 1);
    return true;
  }

  /** From the SME at `depth` back to the source: each SME moves onto the tutor one deeper. */
  private shiftAlong(depth: number): void {
    for (let d = depth; d >= 0; d -= 2) {
      const s = this.node[d];
      this.state.detach(s);
      this.state.attach(s, this.edge[d]);
    }
  }

  private enter(depth: number, node: number, cursor: number): number {
    if (depth === this.node.length) {
      this.node = grown(this.node);
      this.cursor = grown(this.cursor);
      this.edge = grown(this.edge);
    }
    this.node[depth] = node;
    this.cursor[depth] = cursor;
    return depth;
  }
}

function grown(from: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const to = new Int32Array(from.length * 2);
  to.set(from);
  return to;
}
