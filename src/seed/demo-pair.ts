import { CandidateRanking, DEFAULT_MATCHING_SETTINGS, type MatchSme, type MatchTutor } from '../matching/index.js';
import type { Sme } from '../smes/sme.entity.js';
import type { Tutor } from '../tutors/tutor.entity.js';
import type { DemoProgram } from './demo-program.js';

/**
 * The demo's tutor and waiting SME: of the SMEs still waiting (with internet, so the walk's online
 * session works), the one with the best fit among the tutors with a free seat who work online.
 */
export function demoPair(program: DemoProgram): { tutor: Partial<Tutor>; sme: Partial<Sme> } {
  const seated = new Map<string, number>();
  for (const a of program.assignments) seated.set(a.tutorId!, (seated.get(a.tutorId!) ?? 0) + 1);
  const free = program.tutors.filter((t) => t.status === 'active' && t.modes!.includes('online') && (seated.get(t.id!) ?? 0) < t.maxSmes!);
  const waiting = program.smes.filter((s) => s.status === 'enrolled' && s.internetAccess !== 'none');
  const tutors: MatchTutor[] = free.map((t) => ({
    id: t.id!, provinceCode: t.provinceCode!, regencyCode: t.regencyCode!, categories: t.categories!, languages: t.languages!, modes: t.modes!, maxSmes: t.maxSmes!,
  }));
  const smes: MatchSme[] = waiting.map((s) => ({
    id: s.id!, provinceCode: s.provinceCode!, regencyCode: s.regencyCode!, category: s.category!, languages: s.languages!, internetAccess: s.internetAccess!,
    segment: s.segment!, needsContinuedMentoring: false, currentTutorId: null, pinned: false, sessionsLogged: false,
  }));
  const ranking = new CandidateRanking(tutors);
  let best: { tutor: number; sme: number; cost: number } | undefined;
  smes.forEach((_, s) => {
    const [top] = ranking.cheapestFor(smes[s], DEFAULT_MATCHING_SETTINGS, 1);
    if (top && (!best || top.cost < best.cost)) best = { tutor: top.tutor, sme: s, cost: top.cost };
  });
  if (!best) throw new Error('the demo program has no waiting SME that a free tutor can mentor online');
  return { tutor: free[best.tutor], sme: waiting[best.sme] };
}
