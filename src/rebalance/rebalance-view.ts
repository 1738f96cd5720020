import { officialRegions } from '../regions/region-catalogue.js';
import type { Rebalance } from './rebalance.entity.js';

export type RebalanceView = Rebalance & { provinceName: string | null; applied: boolean };

/**
 * A run as a coordinator reads it: `dryRun` says the plan is still only a plan, so it turns false
 * once the plan is applied (`applied`, `appliedAt`); the province is named.
 */
export function toRebalanceView(rebalance: Rebalance): RebalanceView {
  const applied = rebalance.appliedAt !== null;
  const provinceName = rebalance.provinceCode === null ? null : (officialRegions().provinceName(rebalance.provinceCode) ?? rebalance.provinceCode);
  return { ...rebalance, dryRun: rebalance.dryRun && !applied, applied, provinceName };
}
