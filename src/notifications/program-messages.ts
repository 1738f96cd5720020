import type { Parties } from './recipients.loader.js';
import type { Person, TemplateName } from './notification-vocabulary.js';

/** One message to write, before its recipient's channels and language are known. */
export interface Draft {
  person: Person;
  template: TemplateName;
  params: string[];
}

export interface Pair {
  tutorId: string;
  smeId: string;
}

/** A rebalance's change to one SME: from one tutor (or none) to another (or none). */
export interface PairMove {
  smeId: string;
  fromTutorId: string | null;
  toTutorId: string | null;
}

const tutorOf = (id: string): Person => ({ kind: 'tutor', id });
const smeOf = (id: string): Person => ({ kind: 'sme', id });

/** The SME hears of its mentor, the tutor of its SME. */
export function pairStarted(pair: Pair, { tutors, smes }: Parties): Draft[] {
  const tutor = tutors.get(pair.tutorId);
  const sme = smes.get(pair.smeId);
  if (!tutor || !sme) return [];
  return [
    { person: smeOf(sme.id), template: 'mentor_assigned', params: [tutor.name, tutor.storeName, tutor.phone] },
    { person: tutorOf(tutor.id), template: 'sme_assigned', params: [sme.businessName, sme.ownerName, sme.phone] },
  ];
}

/** Each side hears that its pair with the other ended. */
export function pairEnded(pair: Pair, { tutors, smes }: Parties, to: 'both' | 'tutor' = 'both'): Draft[] {
  const tutor = tutors.get(pair.tutorId);
  const sme = smes.get(pair.smeId);
  if (!tutor || !sme) return [];
  const toTutor: Draft = { person: tutorOf(tutor.id), template: 'assignment_ended', params: [sme.businessName] };
  return to === 'tutor' ? [toTutor] : [{ person: smeOf(sme.id), template: 'assignment_ended', params: [tutor.name] }, toTutor];
}

/**
 * What one rebalance change tells the people it touches, each about their own pair only: a moved
 * SME hears of its new mentor (not also of the old pair's end), its old tutor of the end, its new
 * tutor of the new SME.
 */
export function pairMoved(move: PairMove, parties: Parties): Draft[] {
  const ended = move.fromTutorId ? pairEnded({ tutorId: move.fromTutorId, smeId: move.smeId }, parties, move.toTutorId ? 'tutor' : 'both') : [];
  const started = move.toTutorId ? pairStarted({ tutorId: move.toTutorId, smeId: move.smeId }, parties) : [];
  return [...ended, ...started];
}

export function graduated(smeId: string, tutorId: string | null, { smes }: Parties): Draft[] {
  const sme = smes.get(smeId);
  if (!sme) return [];
  const params = [sme.businessName];
  return [smeOf(smeId), ...(tutorId ? [tutorOf(tutorId)] : [])].map((person) => ({ person, template: 'sme_graduated' as const, params }));
}

/** The tutor of an SME whose flag opened is asked to act. */
export function flagOpened(flag: { smeId: string; type: string }, tutorId: string | undefined, { smes }: Parties): Draft[] {
  const sme = smes.get(flag.smeId);
  const template = flag.type === 'MENTORING_STALLED' ? 'mentoring_reminder' : flag.type === 'NEEDS_CONTINUED_MENTORING' ? 'continued_mentoring' : null;
  if (!sme || !tutorId || !template) return [];
  return [{ person: tutorOf(tutorId), template, params: [sme.businessName] }];
}
