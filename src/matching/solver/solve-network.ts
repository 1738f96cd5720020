import { SearchWorkspace } from './search-workspace.js';
import { BlockingFlow } from './blocking-flow.js';
import type { FlowNetwork } from './flow-network.js';
import { tightenShortestPaths, type TargetCost } from './phase-search.js';
import { placeOneByOne } from './single-paths.js';
import { ResidualNetwork } from './residual-network.js';
import { TightSubgraph } from './tight-subgraph.js';
import { openPotentials, type NetworkWarmStart } from './warm-start.js';

export interface NetworkSolveOptions {
  warmStart?: NetworkWarmStart;
  onProgress?: (percent: number) => void;
}

/** An optimal flow with the LP duals that certify it. */
export interface NetworkSolution {
  readonly objective: number;
  readonly flow: Int32Array;
  /** Per source: what one of its units is worth (at most its wait cost). */
  readonly sourceDual: Float64Array;
  /** Per tutor: a price between its last used and first free slot costs. */
  readonly tutorDual: Float64Array;
}

/** Once a settle's phases leave this few units or deficits, they are placed one at a time (placeOneByOne). */
const FEW_UNITS = 128;

/**
 * Exact minimum-cost flow by the primal-dual method: each phase tightens every shortest path
 * from the units still to place (tightenShortestPaths), raises the prices of the full tutors it
 * reached (ResidualNetwork.raisePrice), then pushes a blocking flow over the tight arcs
 * (BlockingFlow). The domain's costs take few values, so a phase places many units
 * at once. Deficits a warm start leaves are then filled from the sink the same way.
 */
export function solveNetwork(network: FlowNetwork, options: NetworkSolveOptions = {}): NetworkSolution {
  return new NetworkSettler(openResidual(network, options.warmStart)).settle(options.onProgress);
}

/** The network with no unit placed yet, or with a warm start's units, under opening potentials. */
export function openResidual(network: FlowNetwork, warmStart?: NetworkWarmStart): ResidualNetwork {
  const net = new ResidualNetwork(network);
  openPotentials(net, warmStart);
  return net;
}

/** The phases' scratch space that grows as they work: the search's and the tight subgraph's (tens of megabytes nationally). */
export interface SettleScratch {
  readonly work: SearchWorkspace;
  readonly tight: TightSubgraph;
}

/**
 * The phases on one residual network, their scratch space kept for the next time: a
 * RebalanceEngine settles the same network again after each change, and hands the scratch
 * on to the network it builds next (when that has no more nodes), grown to size already.
 */
export class NetworkSettler {
  readonly scratch: SettleScratch;
  private readonly blocking: BlockingFlow;

  constructor(readonly net: ResidualNetwork, scratch?: SettleScratch) {
    const nodeCount = net.sink + 1;
    const fits = scratch !== undefined && scratch.work.nodeCount >= nodeCount;
    this.scratch = fits ? scratch : { work: new SearchWorkspace(nodeCount), tight: new TightSubgraph(nodeCount) };
    this.blocking = new BlockingFlow(net, this.scratch.tight);
  }

  /**
   * Places every unit still in excess and fills every deficit, from whatever state the
   * network is in as long as its reduced costs are non-negative: a fresh start, a warm start,
   * or a solved network that a small change has since edited.
   */
  settle(onProgress?: (percent: number) => void): NetworkSolution {
    const { net, blocking } = this;
    const { work } = this.scratch;
    const report = progressReporter(sum(net.excess), onProgress);
    const exitCost: TargetCost = (v) => net.exitCost(v);
    for (let starts = sourcesWithExcess(net), phase = 0; starts.length > 0; starts = sourcesWithExcess(net), phase++) {
      if (phase > 0 && sum(net.excess) <= FEW_UNITS) {
        placeOneByOne(net, work, starts, exitCost, 'forwards');
        break;
      }
      let bound = Infinity;
      for (const s of starts) bound = Math.min(bound, exitCost(s));
      tightenShortestPaths(net, work, starts, bound, exitCost);
      raiseSettledTutors(net, work);
      blocking.markAlive(exitCost);
      blocking.saturate(starts, exitCost, 'forwards');
      report(sum(net.excess));
    }
    fillDeficits(net, work, blocking);
    return solutionOf(net);
  }
}

/**
 * Pulls units from the sink (an unpaid slot or a wait undone) into every tutor left with a
 * deficit. The sink has an arc to every source and tutor, so each round searches backwards
 * from the deficits (tightenShortestPaths, backwards), and its blocking flow runs backwards
 * from them too, to the sink's tight arcs.
 */
function fillDeficits(net: ResidualNetwork, work: SearchWorkspace, blocking: BlockingFlow): void {
  const { tutorCount } = net.network;
  const deficitCost: TargetCost = (v) => (net.isDeficit(v) ? 0 : Infinity);
  const costFromSink: TargetCost = (v) => net.costFromSink(v);
  for (let round = 0; ; round++) {
    const deficits: number[] = [];
    let bound = Infinity;
    for (let t = 0; t < tutorCount; t++) {
      if (!net.isDeficit(net.tutorBase + t)) continue;
      deficits.push(net.tutorBase + t);
      bound = Math.min(bound, net.costFromSink(net.tutorBase + t));
    }
    if (bound === Infinity) return;
    if (round > 0 && deficits.length <= FEW_UNITS) return placeOneByOne(net, work, deficits, costFromSink, 'backwards');
    tightenShortestPaths(net, work, deficits, bound, costFromSink, 'backwards');
    blocking.markAlive(deficitCost, deficits);
    blocking.saturate(deficits, costFromSink, 'backwards');
  }
}

/** Raises the prices of the tutors the search reached (ResidualNetwork.raisePrice), full ones passed by from then on. */
function raiseSettledTutors(net: ResidualNetwork, work: SearchWorkspace): void {
  for (let k = 0; k < work.settledCount; k++) if (work.settled[k] >= net.tutorBase) net.raisePrice(work.settled[k]);
}

function sourcesWithExcess(net: ResidualNetwork): Int32Array {
  return Int32Array.from({ length: net.network.sourceCount }, (_, s) => s).filter((s) => net.excess[s] > 0);
}

function sum(values: Int32Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function progressReporter(total: number, onProgress?: (percent: number) => void): (left: number) => void {
  if (!onProgress || total === 0) return () => {};
  return (left) => onProgress(Math.floor(((total - left) * 100) / total));
}

function solutionOf(net: ResidualNetwork): NetworkSolution {
  const { network } = net;
  let objective = 0;
  for (let a = 0; a < network.arcHead.length; a++) objective += net.flow[a] * network.arcCost[a];
  for (let s = 0; s < network.sourceCount; s++) objective += net.waitFlow[s] * network.waitCost[s];
  for (let t = 0; t < network.tutorCount; t++) {
    for (let k = 0; k < net.paid[t]; k++) objective += network.slotCost[network.slotStart[t] + k];
  }
  return {
    objective,
    flow: net.flow,
    sourceDual: Float64Array.from({ length: network.sourceCount }, (_, s) => net.dual(s)),
    tutorDual: Float64Array.from({ length: network.tutorCount }, (_, t) => net.dual(net.tutorBase + t)),
  };
}
