import type { DesiredFlag } from './flag-rules.js';
import type { Flag } from './flag.entity.js';

export type UnresolvedFlag = Pick<Flag, 'id' | 'smeId' | 'type' | 'reasons'>;

export interface FlagChanges {
  open: (DesiredFlag & { smeId: string })[];
  resolve: string[];
  /** Flags that stay (open or acknowledged) but whose reasons changed. */
  refresh: { id: string; reasons: string[] }[];
}

/**
 * What turns the stored unresolved flags into the desired ones: a missing flag opens, a flag whose
 * condition cleared resolves, a flag that still holds keeps its status and only takes the new reasons.
 * An SME absent from `desired` wants no flags.
 */
export function planFlagChanges(desired: ReadonlyMap<string, DesiredFlag[]>, unresolved: UnresolvedFlag[]): FlagChanges {
  const stored = new Map(unresolved.map((flag) => [`${flag.smeId}|${flag.type}`, flag]));
  const changes: FlagChanges = { open: [], resolve: [], refresh: [] };
  for (const [smeId, flags] of desired) {
    for (const flag of flags) {
      const current = stored.get(`${smeId}|${flag.type}`);
      if (!current) changes.open.push({ smeId, ...flag });
      else if (!sameReasons(current.reasons, flag.reasons)) changes.refresh.push({ id: current.id, reasons: flag.reasons });
    }
  }
  const wanted = new Set([...desired].flatMap(([smeId, flags]) => flags.map((flag) => `${smeId}|${flag.type}`)));
  changes.resolve = unresolved.filter((flag) => !wanted.has(`${flag.smeId}|${flag.type}`)).map((flag) => flag.id);
  return changes;
}

const sameReasons = (a: string[], b: string[]) => a.length === b.length && a.every((reason, i) => reason === b[i]);
