import { officialRegions } from '../../src/regions/region-catalogue.js';
import { DEFAULT_PROGRAM_SETTINGS } from '../../src/settings/program-settings.js';
import type { CreateSmeDto } from '../../src/smes/sme.dto.js';
import type { Sme } from '../../src/smes/sme.entity.js';
import { newSme } from '../../src/smes/sme-factory.js';
import type { CreateTutorDto } from '../../src/tutors/tutor.dto.js';
import type { Tutor } from '../../src/tutors/tutor.entity.js';

/** A valid POST /api/tutors body: a Bandung fashion seller. */
export const aTutor = (overrides: Partial<CreateTutorDto> = {}): CreateTutorDto => ({
  name: 'Siti Rahayu',
  phone: '+62 812 3456 7890',
  storeName: 'Batik Siti',
  sellerSince: '2017-03-01',
  sellerRating: 4.8,
  regencyCode: '32.73',
  categories: ['fashion'],
  languages: ['id', 'su'],
  modes: ['online', 'in_person'],
  maxSmes: 3,
  ...overrides,
});

/** A valid POST /api/smes body: a traditional snack maker near Bandung. */
export const anSme = (overrides: Partial<CreateSmeDto> = {}): CreateSmeDto => ({
  businessName: 'Keripik Bu Ani',
  ownerName: 'Ani Suryani',
  phone: '+62 813 1111 2222',
  regencyCode: '32.04',
  category: 'food_beverage',
  languages: ['id', 'su'],
  internetAccess: 'limited',
  digitalLiteracy: 35,
  onlineStage: 'offline',
  ...overrides,
});

/** A body without one of its fields. */
export const without = <T extends object>(body: T, field: keyof T): Partial<T> =>
  Object.fromEntries(Object.entries(body).filter(([key]) => key !== field)) as Partial<T>;

/** A stored SME record, built the way the service builds one from its create fields. */
export const anSmeRecord = (id: string, overrides: Partial<CreateSmeDto> = {}): Sme => ({ id, ...newSme(anSme(overrides), DEFAULT_PROGRAM_SETTINGS) }) as Sme;

/** A stored tutor record. */
export const aTutorRecord = (id: string, overrides: Partial<CreateTutorDto> = {}): Tutor =>
  ({ id, email: null, status: 'active', provinceCode: officialRegions().provinceOf(overrides.regencyCode ?? '32.73'), ...aTutor(overrides) }) as Tutor;
