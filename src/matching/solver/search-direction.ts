/**
 * Which way a phase's search runs: from the units to place towards the ways out, or (for few
 * targets and a start with many arcs: the sink, when deficits are filled) from the targets
 * back over the residual arcs reversed, so that it spreads from the few nodes that need a unit
 * instead of from every arc of the start.
 */
export type SearchDirection = 'forwards' | 'backwards';
