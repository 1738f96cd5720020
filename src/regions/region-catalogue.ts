import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Indonesia's official provinces and regencies/cities, read once from `idn-area-data` (ODbL). */
export interface Province {
  code: string;
  name: string;
}

export interface Regency {
  code: string;
  provinceCode: string;
  name: string;
}

function dataDir(): string {
  const entry = fileURLToPath(import.meta.resolve('idn-area-data'));
  return join(dirname(entry), '..', 'data');
}

/** Names the official spelling writes other than in title case. */
const OFFICIAL_SPELLINGS: Record<string, string> = { 'DKI JAKARTA': 'DKI Jakarta', 'DAERAH ISTIMEWA YOGYAKARTA': 'DI Yogyakarta' };
const LOWER_CASE_WORDS = new Set(['dan']);

/** The data set writes names in capitals ("KOTA BANDUNG"); the official spelling is "Kota Bandung". */
export function officialSpelling(name: string): string {
  return OFFICIAL_SPELLINGS[name] ?? name
    .toLowerCase()
    .replace(/(^|[\s(-])(\p{L}+)/gu, (_, lead: string, word: string) => lead + (LOWER_CASE_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)));
}

function readCsvRows(file: string): string[][] {
  return readFileSync(join(dataDir(), file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(','));
}

export class RegionCatalogue {
  private readonly provincesByCode: Map<string, Province>;
  private readonly regenciesByCode: Map<string, Regency>;

  constructor(provinces: Province[], regencies: Regency[]) {
    this.provincesByCode = new Map(provinces.map((p) => [p.code, p]));
    this.regenciesByCode = new Map(regencies.map((r) => [r.code, r]));
  }

  static official(): RegionCatalogue {
    const provinces = readCsvRows('provinces.csv').map(([code, name]) => ({ code, name: officialSpelling(name) }));
    const regencies = readCsvRows('regencies.csv').map(([code, provinceCode, name]) => ({
      code,
      provinceCode,
      name: officialSpelling(name),
    }));
    return new RegionCatalogue(provinces, regencies);
  }

  provinces(): Province[] {
    return [...this.provincesByCode.values()];
  }

  regencies(): Regency[] {
    return [...this.regenciesByCode.values()];
  }

  regenciesOf(provinceCode: string): Regency[] {
    return this.regencies().filter((r) => r.provinceCode === provinceCode);
  }

  isProvince(code: string): boolean {
    return this.provincesByCode.has(code);
  }

  isRegency(code: string): boolean {
    return this.regenciesByCode.has(code);
  }

  provinceName(code: string): string | undefined {
    return this.provincesByCode.get(code)?.name;
  }

  regencyName(code: string): string | undefined {
    return this.regenciesByCode.get(code)?.name;
  }

  /** The province a regency lies in, or undefined for an unknown regency code. */
  provinceOf(regencyCode: string): string | undefined {
    return this.regenciesByCode.get(regencyCode)?.provinceCode;
  }
}

let official: RegionCatalogue | undefined;

/** The official catalogue, loaded on first use and shared. */
export function officialRegions(): RegionCatalogue {
  official ??= RegionCatalogue.official();
  return official;
}
