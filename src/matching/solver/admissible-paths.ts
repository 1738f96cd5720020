import type { FlowState } from './flow-state.js';

/**
 * After a phase's price shift, finds augmenting paths whose every arc has reduced cost zero,
 * depth first from each free SME, and augments along each at once, so prices stay valid. A
 * path alternates SMEs (even depths) and tutors (odd depths); a node found to lead nowhere is
 * not tried again in the same pass, which keeps a pass linear in what it touches.
 *
 * Prices do not move between the passes of one phase, so an arc that is not tight stays so
 * until the next phase. An SME's tight arcs are therefore listed once a phase, when a pass
 * first reaches it, and later passes walk only that list (the current-arc idea): a pass never
 * rescans the arcs already found non-tight.
 */
export class AdmissiblePaths {
  private readonly markedIn: Int32Array;
  private pass = 0;
  private phase = 1;
  /** SME s's tight arcs this phase are tight[tightStart[s] .. tightEnd[s]), listed in phase listedIn[s]. */
  private readonly listedIn: Int32Array;
  private readonly tightStart: Int32Array;
  private readonly tightEnd: Int32Array;
  private tight = new Int32Array(1024);
  private tightCount = 0;
  private node = new Int32Array(64);
  private cursor = new Int32Array(64);
  /** At an SME's depth: the edge to the tutor one deeper. */
  private edge = new Int32Array(64);

  constructor(private readonly state: FlowState) {
    const { smeCount, tutorCount } = state.instance;
    this.markedIn = new Int32Array(smeCount + tutorCount);
    this.listedIn = new Int32Array(smeCount);
    this.tightStart = new Int32Array(smeCount);
    this.tightEnd = new Int32Array(smeCount);
  }

  /** Prices have moved: every SME's tight arcs are listed afresh when next reached. */
  beginPhase(): void {
    this.phase++;
    this.tightCount = 0;
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
    const { smeCount, edgeTutor, edgeCost, slotStart, unassignedCost } = state.instance;
    const { smePrice, tutorPrice, matchedEdge, members, load } = state;
    const { tightEnd } = this;
    if (smePrice[source] === unassignedCost[source]) {
      state.waiting[source] = 1;
      return true;
    }
    markedIn[source] = pass;
    let depth = this.enter(0, source, this.tightArcsOf(source));
    while (depth >= 0) {
      let next = -1;
      if ((depth & 1) === 0) {
        const s = this.node[depth];
        const { tight } = this;
        let at = this.cursor[depth];
        for (; at < tightEnd[s] && next < 0; at++) {
          const e = tight[at];
          const t = edgeTutor[e];
          if (e === matchedEdge[s]) continue;
          this.edge[depth] = e;
          if (this.takesOneMore(t)) return this.augmentIntoSlot(depth, t);
          if (markedIn[smeCount + t] !== pass) next = t;
          markedIn[smeCount + t] = pass;
        }
        this.cursor[depth] = at;
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
        depth = next < 0 ? depth - 1 : this.enter(depth + 1, next, this.tightArcsOf(next));
      }
    }
    return false;
  }

  /** Where SME s's list of tight arcs (to tutors with slots) starts, listing it on first use this phase. */
  private tightArcsOf(s: number): number {
    if (this.listedIn[s] === this.phase) return this.tightStart[s];
    const { state } = this;
    const { edgeStart, edgeTutor, edgeCost } = state.instance;
    const { smePrice, tutorPrice } = state;
    const price = smePrice[s];
    if (this.tightCount + edgeStart[s + 1] - edgeStart[s] > this.tight.length) {
      this.tight = grown(this.tight, this.tightCount + edgeStart[s + 1] - edgeStart[s]);
    }
    const { tight } = this;
    let count = this.tightCount;
    for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
      const t = edgeTutor[e];
      if (edgeCost[e] + tutorPrice[t] === price && state.capacity(t) > 0) tight[count++] = e;
    }
    this.listedIn[s] = this.phase;
    this.tightStart[s] = this.tightCount;
    this.tightEnd[s] = count;
    this.tightCount = count;
    return this.tightStart[s];
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

function grown(from: Int32Array<ArrayBuffer>, atLeast = 0): Int32Array<ArrayBuffer> {
  const to = new Int32Array(Math.max(from.length * 2, atLeast));
  to.set(from);
  return to;
}
