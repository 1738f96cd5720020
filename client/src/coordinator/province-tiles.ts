/** Where each province's tile sits on the map grid: columns run west to east, rows north to south. */
export const PROVINCE_TILES: Readonly<Record<string, { column: number; row: number }>> = {
  '11': { column: 1, row: 1 },
  '12': { column: 2, row: 2 },
  '13': { column: 2, row: 3 },
  '14': { column: 3, row: 2 },
  '21': { column: 4, row: 2 },
  '15': { column: 3, row: 3 },
  '16': { column: 4, row: 3 },
  '19': { column: 5, row: 3 },
  '17': { column: 3, row: 4 },
  '18': { column: 4, row: 4 },
  '31': { column: 5, row: 5 },
  '36': { column: 4, row: 6 },
  '32': { column: 5, row: 6 },
  '33': { column: 6, row: 6 },
  '34': { column: 6, row: 7 },
  '35': { column: 7, row: 6 },
  '51': { column: 8, row: 7 },
  '52': { column: 9, row: 7 },
  '53': { column: 10, row: 7 },
  '61': { column: 6, row: 3 },
  '62': { column: 7, row: 4 },
  '63': { column: 8, row: 4 },
  '64': { column: 8, row: 3 },
  '65': { column: 8, row: 2 },
  '75': { column: 10, row: 2 },
  '71': { column: 11, row: 2 },
  '72': { column: 10, row: 3 },
  '76': { column: 9, row: 4 },
  '73': { column: 9, row: 5 },
  '74': { column: 10, row: 5 },
  '82': { column: 12, row: 2 },
  '81': { column: 12, row: 4 },
  '96': { column: 13, row: 3 },
  '92': { column: 14, row: 3 },
  '91': { column: 16, row: 3 },
  '94': { column: 15, row: 4 },
  '95': { column: 16, row: 4 },
  '93': { column: 16, row: 5 },
};

export type CoverageBand = 'none' | 'low' | 'some' | 'most' | 'full';

/** A province's colour band: no SMEs yet, then by the share of its SMEs that have a tutor. */
export function coverageBand(smes: number, coverageShare: number): CoverageBand {
  if (smes === 0) return 'none';
  if (coverageShare < 0.4) return 'low';
  if (coverageShare < 0.7) return 'some';
  if (coverageShare < 0.9) return 'most';
  return 'full';
}

/** The seats a province still lacks: SMEs waiting for a tutor beyond the free seats of its tutors. */
export function recruitmentGap(row: { smes: number; assigned: number; freeCapacity: number }): number {
  return Math.max(0, row.smes - row.assigned - row.freeCapacity);
}

/** West to east, then north to south: the order a narrow screen lists the tiles in. */
export function westToEast(codes: string[]): string[] {
  const place = (code: string) => PROVINCE_TILES[code] ?? { column: 99, row: 99 };
  return [...codes].sort((a, b) => place(a).column - place(b).column || place(a).row - place(b).row);
}
