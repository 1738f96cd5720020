import type { NetworkSettler } from '../solver/solve-network.js';
import type { MatchSme, MatchTutor } from './matching-program.js';
import type { RebalanceNetwork } from './rebalance-network.js';

/** A program built once: its lists, its network, and the settler of that network's flow and prices. */
export interface BuiltProgram {
  tutors: MatchTutor[];
  smes: MatchSme[];
  rebalance: RebalanceNetwork;
  settler: NetworkSettler;
}
