/** Island groups by province code, as docs/matching-model.md section 2 defines them. */
export const ISLAND_GROUPS = [
  'sumatra',
  'java',
  'bali_nusa_tenggara',
  'kalimantan',
  'sulawesi',
  'maluku',
  'papua',
] as const;

export type IslandGroup = (typeof ISLAND_GROUPS)[number];

const GROUP_BY_PROVINCE_TENS: Record<string, IslandGroup> = {
  '1': 'sumatra',
  '2': 'sumatra',
  '3': 'java',
  '5': 'bali_nusa_tenggara',
  '6': 'kalimantan',
  '7': 'sulawesi',
  '8': 'maluku',
  '9': 'papua',
};

export function islandGroupOf(provinceCode: string): IslandGroup {
  const group = GROUP_BY_PROVINCE_TENS[provinceCode.charAt(0)];
  if (!group) throw new RangeError(`no island group for province ${provinceCode}`);
  return group;
}
