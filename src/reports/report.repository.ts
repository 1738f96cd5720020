import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { activeLoadOf, currentTutorOf } from '../database/active-load.sql.js';

type CountRow = { key: string; count: string | number };

const ACTIVE_SME = `s."status" IN ('enrolled', 'mentoring')`;

/** Aggregates for the coordinator's dashboards; each method is one grouped query. */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async activeTutorsByLoad(): Promise<Record<string, number>> {
    return this.counts(`SELECT ${activeLoadOf('t')} AS key, COUNT(*) AS count FROM tutor t WHERE t."status" = 'active' GROUP BY 1`);
  }

  smesByStatus(): Promise<Record<string, number>> {
    return this.counts(`SELECT s."status" AS key, COUNT(*) AS count FROM sme s GROUP BY s."status"`);
  }

  activeSmesBySegment(): Promise<Record<string, number>> {
    return this.counts(`SELECT s."segment" AS key, COUNT(*) AS count FROM sme s WHERE ${ACTIVE_SME} GROUP BY s."segment"`);
  }

  activeSmesByAssignment(): Promise<Record<string, number>> {
    return this.counts(
      `SELECT CASE WHEN ${currentTutorOf('s')} IS NULL THEN 'unassigned' ELSE 'assigned' END AS key, COUNT(*) AS count
       FROM sme s WHERE ${ACTIVE_SME} GROUP BY 1`,
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
              SUM(CASE WHEN ${currentTutorOf('s')} IS NULL THEN 0 ELSE 1 END) AS assigned
       FROM sme s WHERE ${ACTIVE_SME} GROUP BY s."provinceCode"`,
    );
    const tutors: { provinceCode: string; tutors: string; free: string }[] = await this.dataSource.query(
      `SELECT t."provinceCode" AS "provinceCode", COUNT(*) AS tutors, SUM(t."maxSmes" - ${activeLoadOf('t')}) AS free
       FROM tutor t WHERE t."status" = 'active' GROUP BY t."provinceCode"`,
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
