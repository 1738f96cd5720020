import type { TFunction } from 'i18next';
import type { Explanation, FlagReasonDetail, RebalanceChange } from './coordinator-types';

type Lookup = (key: string, options?: Record<string, unknown>) => string;

/** A pair's terms (docs/matching-model.md section 2) in the page's language, from the explanation's flags rather than its English summary. */
export function explanationWords(t: TFunction<'coordinator'>, e: Explanation): string {
  const place = e.sameRegency ? 'sameRegency' : e.sameProvince ? 'sameProvince' : e.sameIslandGroup ? 'sameIslandGroup' : 'otherIslandGroup';
  const terms = [place, e.categoryMatch ? 'categoryMatch' : 'otherCategory', e.sharedLanguage ? 'sharedLanguage' : 'noSharedLanguage'];
  if (e.sessionsLogged) terms.push('keptWithSessions');
  else if (e.kept) terms.push('kept');
  const lookup = t as unknown as Lookup;
  return terms.map((term) => lookup(`reasons.terms.${term}`)).join('; ');
}

/** Why a plan changes an SME's tutor, in words; a reason without a code the pages know shows as the API wrote it. */
export function changeReasonWords(t: TFunction<'coordinator'>, change: RebalanceChange): string {
  const lookup = t as unknown as Lookup;
  const lead = change.reasonCode ? lookup(`reasons.change.${change.reasonCode}`, { defaultValue: '' }) : '';
  if (!lead) return change.reason.charAt(0).toUpperCase() + change.reason.slice(1);
  return change.explanation ? `${lead}: ${explanationWords(t, change.explanation)}` : lead;
}

/** A flag's reasons in words; `day` says a calendar date in the page's language. */
export function flagReasonWords(t: TFunction<'coordinator'>, reasons: string[], details: FlagReasonDetail[] | undefined, day: (date: string) => string): string {
  const lookup = t as unknown as Lookup;
  const words = (detail: FlagReasonDetail, at: number) => {
    const { since, stage, ...values } = detail.values;
    const said = {
      ...values,
      ...(typeof since === 'string' ? { since: day(since) } : {}),
      ...(typeof stage === 'string' ? { stage: lookup(`settings.onlineStage.${stage}`, { defaultValue: stage }) } : {}),
    };
    return lookup(`reasons.flag.${detail.code}`, { ...said, defaultValue: reasons[at] ?? '', interpolation: { escapeValue: false } });
  };
  const known = details ?? [];
  return known.length === reasons.length ? known.map(words).join('; ') : reasons.join('; ');
}
