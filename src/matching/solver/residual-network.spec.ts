import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from '../synthetic/seeded-random.js';
import { buildNetwork } from './flow-network.js';
import { ResidualNetwork } from './residual-network.js';

/** Sources feed hubs and tutors; hubs feed tutors and lower hubs (FlowNetwork's layout). */
function randomHubNetwork(random: SeededRandom): ResidualNetwork {
  const [sources, hubs, tutors] = [random.int(1, 6), random.int(1, 5), random.int(1, 12)];
  const tutorBase = sources + hubs;
  const arcs: [number, number, number, number][] = [];
  for (let v = 0; v < tutorBase; v++) {
    const lowerHubs = v < sources ? hubs : v - sources;
    const heads = [...Array.from({ length: lowerHubs }, (_, hub) => sources + hub), ...Array.from({ length: tutors }, (_, t) => tutorBase + t)];
    for (const head of heads) if (random.chance(0.5)) arcs.push([v, head, random.int(0, 2), random.int(1, 3)]);
  }
  const network = buildNetwork(
    {
      supply: new Int32Array(sources).fill(3),
      waitCost: new Int32Array(sources),
      hubCount: hubs,
      slotStart: Int32Array.from({ length: tutors + 1 }, (_, t) => 3 * t),
      slotCost: new Int32Array(3 * tutors),
    },
    (emit) => arcs.forEach((arc) => emit(...arc)),
  );
  const net = new ResidualNetwork(network);
  for (let v = 0; v <= net.sink; v++) net.potential[v] = random.int(-2, 2);
  return net;
}

/** Every arc of the network, forwards (a) and backwards (~a), as the residual arc's tail and head. */
function residualArcs(net: ResidualNetwork): { arc: number; tail: number; head: number }[] {
  const { arcTail, arcHead } = net.network;
  return Array.from(arcTail, (tail, a) => [
    { arc: a, tail, head: arcHead[a] },
    { arc: ~a, tail: arcHead[a], head: tail },
  ]).flat();
}

function reducedCost(net: ResidualNetwork, arc: number): number {
  const a = arc >= 0 ? arc : ~arc;
  const { arcTail, arcHead, arcCost } = net.network;
  const forwards = arcCost[a] + net.potential[arcTail[a]] - net.potential[arcHead[a]];
  return arc >= 0 ? forwards : -forwards;
}

/** What a lister left in openArc and openHead, `count` of them, sorted by arc. */
function listed(net: ResidualNetwork, count: number): { arc: number; far: number }[] {
  return Array.from({ length: count }, (_, i) => ({ arc: net.openArc[i], far: net.openHead[i] })).sort((x, y) => x.arc - y.arc);
}

describe('ResidualNetwork', () => {
  it('lists the residual arcs into a node, open or tight, as a scan of every arc does, however units have moved', () => {
    const random = new SeededRandom(11);
    for (let instance = 0; instance < 30; instance++) {
      const net = randomHubNetwork(random);
      const arcs = residualArcs(net);
      for (let push = 0; push < 30; push++) {
        const open = arcs.filter(({ arc }) => net.isOpenArc(arc));
        if (open.length > 0) net.pushArc(random.pick(open).arc);

        for (let v = 0; v < net.sink; v++) {
          // An arc out of v taken backwards is there only while it carries a unit: taken backwards, it is open.
          const into = arcs.filter(({ arc, head }) => head === v && (arc >= 0 || net.isOpenArc(arc)));
          const expectOpen = into.filter(({ arc }) => net.isOpenArc(arc)).map(({ arc, tail }) => ({ arc, far: tail }));
          const expectTight = into.filter(({ arc }) => reducedCost(net, arc) === 0).map(({ arc, tail }) => ({ arc, far: tail }));
          expect(listed(net, net.openArcsInto(v))).toEqual(expectOpen.sort((x, y) => x.arc - y.arc));
          expect(listed(net, net.tightArcsInto(v))).toEqual(expectTight.sort((x, y) => x.arc - y.arc));
        }
      }
    }
  });
});
