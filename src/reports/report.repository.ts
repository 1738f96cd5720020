import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

type CountRow = { key: string; count: string | number };

const ACTIVE_SME = `s."status" IN ('enrolled', 'mentoring')`;

/**
 * The reports join aggregates grouped once over the active pairs, never a subquery per tutor or
 * SME: at scale that is one hash join instead of a lookup for each of millions of rows.
 */
const ACTIVE_LOADS = `(SELECT a."tutorId", COUNT(*) AS "activeLoad" FROM assignment a WHERE a."endedAt" IS NULL GROUP BY a."tutorId")`;
const withLoad = (tutorAlias: string) => `LEFT JOIN ${ACTIVE_LOADS} l ON l."tutorId" = ${tutorAlias}.id`;
/** An SME has at most one active pair (a unique index), so this join adds no row. */
const withActivePair = (smeAlias: string) => `LEFT JOIN assignment pair ON pair."smeId" = ${smeAlias}.id AND pair."endedAt" IS NULL`;

/** Aggregates for the coordinator's dashboards; each method is one grouped query. */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async activeTutorsByLoad(): Promise<Record<string, number>> {
    return this.counts(`SELECT COALESCE(l."activeLoad", 0) AS key, COUNT(*) AS count FROM tutor t ${withLoad('t')} WHERE t."status" = 'active' GROUP BY COALESCE(l."activeLoad", 0)`);
  }

  smesByStatus(): Promise<Record<string, number>> {
    return this.counts(`SELECT s."status" AS key, COUNT(*) AS count FROM sme s GROUP BY s."status"`);
  }

  activeSmesBySegment(): Promise<Record<string, number>> {
    return this.counts(`SELECT s."segment" AS key, COUNT(*) AS count FROM sme s WHERE ${ACTIVE_SME} GROUP BY s."segment"`);
  }

  activeSmesByAssignment(): Promise<Record<string, number>> {
    return this.counts(
      `SELECT CASE WHEN pair.id IS NULL THEN 'unassigned' ELSE 'assigned' END AS key, COUNT(*) AS count
       FROM sme s ${withActivePair('s')} WHERE ${ACTIVE_SME} GROUP BY 1`,
    );
  }

  /** Completed (SME, required course) pairs over all such pairs, for SMEs still in the program or graduated. */
  async requiredCourseCompletion(): Promise<{ completed: number; expected: number }> {
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT COUNT(*) FROM course_progress p JOIN course c ON c."code" = p."courseCode" JOIN sme s ON s.id = p."smeId"
           WHERE c."required" = true AND p."completedAt" IS NOT NULL AND s."status" <> 'withdrawn') AS completed,
         (SELECT COUNT(*) FROM sme s WHERE s."status" <> 'withdrawn') * (SELECT COUNT(*) FROM course c WHERE c."required" = true) AS expected`,
    );
    return { completed: Number(row.completed), expected: Number(row.expected) };
  }

  async coverageByProvince(): Promise<{ provinceCode: string; smes: number; assigned: number; tutors: number; freeCapacity: number }[]> {
    const smes: { provinceCode: string; smes: string; assigned: string }[] = await this.dataSource.query(
      `SELECT s."provinceCode" AS "provinceCode", COUNT(*) AS smes,
              COUNT(pair.id) AS assigned
       FROM sme s ${withActivePair('s')} WHERE ${ACTIVE_SME} GROUP BY s."provinceCode"`,
    );
    const tutors: { provinceCode: string; tutors: string; free: string }[] = await this.dataSource.query(
      `SELECT t."provinceCode" AS "provinceCode", COUNT(*) AS tutors, SUM(t."maxSmes" - COALESCE(l."activeLoad", 0)) AS free
       FROM tutor t ${withLoad('t')} WHERE t."status" = 'active' GROUP BY t."provinceCode"`,
    );
    const byProvince = new Map<string, { provinceCode: string; smes: number; assigned: number; tutors: number; freeCapacity: number }>();
    const entry = (provinceCode: string) => {
      if (!byProvince.has(provinceCode)) byProvince.set(provinceCode, { provinceCode, smes: 0, assigned: 0, tutors: 0, freeCapacity: 0 });
      return byProvince.get(provinceCode)!;
    };
    for (const row of smes) Object.assign(entry(row.provinceCode), { smes: Number(row.smes), assigned: Number(row.assigned) });
    for (const row of tutors) Object.assign(entry(row.provinceCode), { tutors: Number(row.tutors), freeCapacity: Math.max(0, Number(row.free)) });
    return [...byProvince.values()];
  }

  private async counts(sql: string): Promise<Record<string, number>> {
    const rows: CountRow[] = await this.dataSource.query(sql);
    return Object.fromEntries(rows.map((r) => [String(r.key), Number(r.count)]));
  }
}
