import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from '../synthetic/seeded-random.js';
import { bruteForceObjective, changeInstance, randomInstance, randomShape, SPREAD_COSTS, TIED_COSTS, WIDE_COSTS } from '../testing/random-instance.js';
import { highsObjective } from '../reference/highs-matching.js';
import { buildInstance, flattenSlots } from './matching-instance.js';
import { matchingNetwork, solveMatching as sut } from './solve-matching.js';
import { solveNetwork } from './solve-network.js';
import { verifyCertificate } from './verify-certificate.js';

describe('solveMatching', () => {
  it('takes the cheaper of a pair and waiting, paying slots in order', () => {
    const instance = buildInstance(flattenSlots([[-160, -160, 0]]), [130, 130], { tutor: [0, 0], sme: [0, 1], cost: [12, 200] });

    const solution = sut(instance);

    expect(Array.from(solution.tutorOfSme)).toEqual([0, 0]);
    expect(solution.objective).toBe(12 - 160 + 200 - 160);
  });

  it('solves an empty instance', () => {
    const solution = sut(buildInstance(flattenSlots([]), [], { tutor: [], sme: [], cost: [] }));

    expect(solution.objective).toBe(0);
  });

  it('equals brute force on tiny instances, with a valid certificate', () => {
    const random = new SeededRandom(7);
    for (let round = 0; round < 300; round++) {
      const instance = randomInstance(random, randomShape(random, 3, 5));

      const solution = sut(instance);

      expect(solution.objective).toBe(bruteForceObjective(instance));
      expect(verifyCertificate(instance, solution)).toEqual({ ok: true, violations: [] });
    }
  });

  it('equals HiGHS on 200 generated instances of varied shape', async () => {
    const random = new SeededRandom(2020);
    for (let round = 0; round < 200; round++) {
      const instance = randomInstance(random, randomShape(random, 12, 30));

      const solution = sut(instance);

      expect(solution.objective).toBe(await highsObjective(instance));
      expect(verifyCertificate(instance, solution).ok).toBe(true);
    }
  });

  it('re-solves from a warm start after SMEs come and go and tutors leave, to the same optimum', () => {
    const random = new SeededRandom(99);
    for (let round = 0; round < 150; round++) {
      const instance = randomInstance(random, randomShape(random, 8, 20));
      const { changed, warmStart } = changeInstance(random, instance, sut(instance));

      const solution = sut(changed, { warmStart });

      expect(solution.objective).toBe(sut(changed).objective);
      expect(verifyCertificate(changed, solution)).toEqual({ ok: true, violations: [] });
    }
  });

  it('fills a slot a warm start leaves paid but empty by pulling in an SME that waited', () => {
    // The tutor's old price says its slot should be used, its old SME is gone, and the only other
    // SME waited last time at a price its wait still justifies: nothing is left to place, so the
    // unit has to come back from the sink.
    const instance = buildInstance(flattenSlots([[-160]]), [100], { tutor: [0], sme: [0], cost: [10] });
    const warmStart = { tutorOfSme: Int32Array.of(-1), tutorPrice: Float64Array.of(95) };

    const solution = sut(instance, { warmStart });

    expect(Array.from(solution.tutorOfSme)).toEqual([0]);
    expect(solution.objective).toBe(10 - 160);
    expect(verifyCertificate(instance, solution)).toEqual({ ok: true, violations: [] });
  });

  it('rejects a certificate whose assignment is not optimal', () => {
    const instance = buildInstance(flattenSlots([[0], [0]]), [100, 100], { tutor: [0, 1, 0], sme: [0, 1, 1], cost: [5, 50, 6] });
    const optimal = sut(instance);
    const worse = { ...optimal, tutorOfSme: Int32Array.from([-1, 0]), objective: 106 };

    expect(verifyCertificate(instance, optimal).ok).toBe(true);
    expect(verifyCertificate(instance, worse).ok).toBe(false);
  });

  it.each([
    ['spread costs', SPREAD_COSTS],
    ['wide costs of either sign', WIDE_COSTS],
    ['tied costs', TIED_COSTS],
  ])('equals HiGHS on %s, from scratch and warm after a change', async (_, costs) => {
    const random = new SeededRandom(31);
    for (let round = 0; round < 15; round++) {
      const instance = randomInstance(random, { tutors: 40, smes: 120, density: 0.15, maxSlots: 3, ...costs });
      const { changed, warmStart } = changeInstance(random, instance, sut(instance));

      const cold = sut(instance);
      const warm = sut(changed, { warmStart });

      expect(cold.objective).toBe(await highsObjective(instance));
      expect(verifyCertificate(instance, cold)).toEqual({ ok: true, violations: [] });
      expect(warm.objective).toBe(await highsObjective(changed));
      expect(verifyCertificate(changed, warm)).toEqual({ ok: true, violations: [] });
    }
  });

  it('equals HiGHS on a spread-cost instance whose slots run out, so that later SMEs displace earlier ones along long paths', async () => {
    // 1,500 SMEs that all prefer any tutor to waiting, against about 600 slots: once the slots
    // run out, each SME's search weighs displacing those placed before it along chains of moves,
    // and the warm re-solve after a change takes the primal-dual phases over spread costs.
    const random = new SeededRandom(4242);
    const instance = randomInstance(random, { tutors: 300, smes: 1500, density: 0.04, maxSlots: 3, ...SPREAD_COSTS });
    const { changed, warmStart } = changeInstance(random, instance, sut(instance));

    const cold = sut(instance);
    const warm = sut(changed, { warmStart });

    expect(cold.tutorOfSme.filter((t) => t < 0).length).toBeGreaterThan(500);
    expect(cold.objective).toBe(await highsObjective(instance));
    expect(verifyCertificate(instance, cold)).toEqual({ ok: true, violations: [] });
    expect(warm.objective).toBe(await highsObjective(changed));
    expect(verifyCertificate(changed, warm)).toEqual({ ok: true, violations: [] });
  });

  it('equals HiGHS when the primal-dual phases place a spread-cost instance from scratch, a few units a phase', async () => {
    // Spread costs leave few ties, so each phase places a handful of units and the solve runs
    // through many phases before the last units go one at a time; the shortest paths agree.
    const random = new SeededRandom(77);
    const instance = randomInstance(random, { tutors: 200, smes: 900, density: 0.05, maxSlots: 3, ...SPREAD_COSTS });
    let phases = 0;

    const solution = solveNetwork(matchingNetwork(instance).network, { onProgress: () => phases++ });

    expect(phases).toBeGreaterThan(20);
    expect(solution.objective).toBe(await highsObjective(instance));
    expect(sut(instance).objective).toBe(solution.objective);
  });
});

