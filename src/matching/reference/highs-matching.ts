import type highsModule from 'highs';
import type { Highs } from 'highs';
import type { MatchingInstance } from '../solver/matching-instance.js';

type HighsLoader = (typeof highsModule)['default'];

let loaded: Promise<Highs> | undefined;

/**
 * HiGHS, loaded once: its WebAssembly start-up is slow next to a small solve. It is a
 * development dependency, so it is imported only when a test or the bench asks for it.
 */
export function loadHighs(): Promise<Highs> {
  return (loaded ??= import('highs').then((highsModule) => {
    // The package's one declaration file is typed as CommonJS, while Node loads its ES module build,
    // whose default export is the loader itself.
    const loader = (highsModule as unknown as { default?: HighsLoader }).default ?? (highsModule as unknown as HighsLoader);
    return loader();
  }));
}

function term(coefficient: number, variable: string): string {
  return `${coefficient < 0 ? '-' : '+'} ${Math.abs(coefficient)} ${variable}`;
}

/** The matching LP of the generic problem (docs/matching-model.md) in CPLEX LP format; it is totally unimodular. */
export function matchingLp(instance: MatchingInstance): string {
  const { smeCount, tutorCount, slotStart, slotCost, unassignedCost, edgeStart, edgeTutor, edgeCost } = instance;
  const objective: string[] = [];
  const smeRows: string[] = [];
  const tutorTerms: string[][] = Array.from({ length: tutorCount }, () => []);
  const bounds: string[] = [];
  for (let s = 0; s < smeCount; s++) {
    const row = [`+ 1 z${s}`];
    objective.push(term(unassignedCost[s], `z${s}`));
    for (let e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
      objective.push(term(edgeCost[e], `x${e}`));
      row.push(`+ 1 x${e}`);
      tutorTerms[edgeTutor[e]].push(`+ 1 x${e}`);
      bounds.push(`x${e} <= 1`);
    }
    smeRows.push(` s${s}: ${row.join(' ')} = 1`);
  }
  for (let t = 0; t < tutorCount; t++) {
    for (let k = slotStart[t]; k < slotStart[t + 1]; k++) {
      objective.push(term(slotCost[k], `y${k}`));
      tutorTerms[t].push(`- 1 y${k}`);
      bounds.push(`y${k} <= 1`);
    }
  }
  const tutorRows = tutorTerms.flatMap((terms, t) => (terms.length > 0 ? [` t${t}: ${terms.join(' ')} = 0`] : []));
  return ['Minimize', ` obj: ${objective.join(' ')}`, 'Subject To', ...smeRows, ...tutorRows, 'Bounds', ...bounds.map((b) => ` ${b}`), 'End'].join('\n');
}

/** The optimum HiGHS finds for the instance's LP, which is the integer optimum. */
export async function highsObjective(instance: MatchingInstance): Promise<number> {
  if (instance.smeCount === 0 && instance.slotCost.length === 0) return 0;
  const highs = await loadHighs();
  const result = highs.solve(matchingLp(instance), { output_flag: false });
  if (result.Status !== 'Optimal') throw new Error(`HiGHS ended with status ${result.Status}`);
  return Math.round(result.ObjectiveValue);
}
