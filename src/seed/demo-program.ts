import type { Assignment } from '../assignments/assignment.entity.js';
import { explainPair } from '../assignments/pair-explanation.js';
import {
  DEFAULT_MATCHING_SETTINGS,
  generateProgram,
  type MatchSme,
  type MatchTutor,
  planRebalance,
  SeededRandom,
} from '../matching/index.js';
import { seededUuid } from './seeded-uuid.js';
import type { Sme } from '../smes/sme.entity.js';
import { newSme } from '../smes/sme-factory.js';
import { DEFAULT_PROGRAM_SETTINGS } from '../settings/program-settings.js';
import type { Tutor } from '../tutors/tutor.entity.js';
import { businessName, personName, phoneNumber, storeName } from './demo-names.js';
import type { SeedOptions } from './seed-options.js';

/** Share of the optimal pairs the demo starts with, so some SMEs still wait for a coordinator. */
const START_ASSIGNED_SHARE = 0.8;

export interface DemoProgram {
  tutors: Partial<Tutor>[];
  smes: Partial<Sme>[];
  assignments: Partial<Assignment>[];
}

export function tutorRow(random: SeededRandom, t: MatchTutor): Partial<Tutor> {
  const name = personName(random);
  return {
    id: seededUuid(random),
    name,
    phone: phoneNumber(random),
    email: null,
    storeName: storeName(random, name),
    sellerSince: `${random.int(2012, 2019)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
    sellerRating: random.int(40, 50) / 10,
    regencyCode: t.regencyCode,
    provinceCode: t.provinceCode,
    categories: t.categories as Tutor['categories'],
    languages: t.languages,
    modes: t.modes,
    // A synthetic tutor with no seat is one who paused mentoring.
    maxSmes: Math.max(1, t.maxSmes),
    status: t.maxSmes === 0 ? 'paused' : 'active',
  };
}

export function smeRow(random: SeededRandom, s: MatchSme): Partial<Sme> {
  const owner = personName(random);
  const traits = {
    internetAccess: s.internetAccess,
    digitalLiteracy: s.segment === 'traditional' ? random.int(10, 55) : random.int(60, 95),
    onlineStage: random.pick(s.segment === 'traditional' ? (['offline', 'offline', 'store_created'] as const) : (['store_created', 'products_listed'] as const)),
  };
  const id = seededUuid(random);
  const fields = { businessName: businessName(random, s.category, owner), ownerName: owner, phone: phoneNumber(random), regencyCode: s.regencyCode, category: s.category as Sme['category'], languages: s.languages, ...traits };
  return { id, ...newSme(fields, DEFAULT_PROGRAM_SETTINGS) };
}

/** Indonesian is spoken everywhere, beside the regional language of the place (Sundanese in West Java, Javanese in Central and East Java). */
function speakingIndonesian<T extends { languages: string[] }, S extends { languages: string[] }>(program: { tutors: T[]; smes: S[] }): { tutors: T[]; smes: S[] } {
  const withIndonesian = <P extends { languages: string[] }>(person: P): P => (person.languages.includes('id') ? person : { ...person, languages: ['id', ...person.languages] });
  return { tutors: program.tutors.map(withIndonesian), smes: program.smes.map(withIndonesian) };
}

/** A program of the given scale shaped like the real one, with most SMEs already matched optimally. */
export function buildDemoProgram(options: SeedOptions, startedAt: Date): DemoProgram {
  const random = new SeededRandom(options.seed);
  const synthetic = speakingIndonesian(generateProgram({ scale: options.scale, seed: options.seed }));
  const tutorIds = new Map<string, Partial<Tutor>>();
  const tutors = synthetic.tutors.map((t) => tutorIds.set(t.id, tutorRow(random, t)).get(t.id)!);
  const smeIds = new Map<string, Partial<Sme>>();
  const smes = synthetic.smes.map((s) => smeIds.set(s.id, smeRow(random, s)).get(s.id)!);
  const active = synthetic.tutors.filter((t) => t.maxSmes > 0);
  const plan = planRebalance(active, synthetic.smes, DEFAULT_MATCHING_SETTINGS);
  const seats = new Map<string, number>();
  const assignments = plan.assignments
    .filter(() => random.chance(START_ASSIGNED_SHARE))
    .map((pair): Partial<Assignment> => {
      const tutor = tutorIds.get(pair.tutorId)!;
      const sme = smeIds.get(pair.smeId)!;
      sme.status = 'mentoring';
      seats.set(tutor.id!, (seats.get(tutor.id!) ?? 0) + 1);
      return {
        id: seededUuid(random),
        tutorId: tutor.id,
        smeId: sme.id,
        slot: seats.get(tutor.id!),
        startedAt,
        startReason: 'import',
        explanation: explainPair(tutor as Tutor, sme as Sme, false),
      };
    });
  return { tutors, smes, assignments };
}
