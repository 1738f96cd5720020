import { Injectable } from '@nestjs/common';
import { FLAG_TYPES } from '../tracking/flag.entity.js';
import { FlagRepository } from '../tracking/flag.repository.js';
import { NotificationRepository } from '../notifications/notification.repository.js';
import { officialRegions } from '../regions/region-catalogue.js';
import { SEGMENTS, SME_STATUSES } from '../smes/sme-vocabulary.js';
import { ReportCache } from './report-cache.js';
import { ReportRepository } from './report.repository.js';

const zeroes = (keys: readonly string[]): Record<string, number> => Object.fromEntries(keys.map((k) => [k, 0]));
const share = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportRepository,
    private readonly flags: FlagRepository,
    private readonly notifications: NotificationRepository,
    private readonly cache: ReportCache,
  ) {}

  overview() {
    return this.cache.get('overview', () => this.computeOverview());
  }

  coverage() {
    return this.cache.get('coverage', () => this.computeCoverage());
  }

  private async computeOverview() {
    const [byLoad, byStatus, bySegment, byAssignment, flags, completion, notificationsByStatus] = await Promise.all([
      this.reports.activeTutorsByLoad(),
      this.reports.smesByStatus(),
      this.reports.activeSmesBySegment(),
      this.reports.activeSmesByAssignment(),
      this.flags.countOpenByType(),
      this.reports.requiredCourseCompletion(),
      this.notifications.countByStatus(),
    ]);
    return {
      tutorsByLoad: { ...zeroes(['0', '1', '2', '3']), ...byLoad },
      smesByStatus: { ...zeroes(SME_STATUSES), ...byStatus },
      smesBySegment: { ...zeroes(SEGMENTS), ...bySegment },
      smesByAssignment: { ...zeroes(['assigned', 'unassigned']), ...byAssignment },
      openFlagsByType: { ...zeroes(FLAG_TYPES), ...flags },
      courseCompletionRate: share(completion.completed, completion.expected),
      notificationsByStatus,
    };
  }

  /** Every province, including those with no SME or tutor yet: the gaps are the point. */
  private async computeCoverage() {
    const rows = new Map((await this.reports.coverageByProvince()).map((r) => [r.provinceCode, r]));
    const items = officialRegions()
      .provinces()
      .map((province) => {
        const row = rows.get(province.code) ?? { provinceCode: province.code, smes: 0, assigned: 0, tutors: 0, freeCapacity: 0 };
        return { ...row, provinceName: province.name, coverageShare: share(row.assigned, row.smes) };
      });
    return { items };
  }
}
