import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Assignment } from '../assignments/assignment.entity.js';
import { preparedRead } from '../database/prepared-read.js';
import { Tutor } from '../tutors/tutor.entity.js';
import type { SmeStatus } from './sme-vocabulary.js';

/** An SME's current tutor as the SME sees it, with the day the pair started. */
export type MentorOfSme = Pick<Tutor, 'name' | 'storeName' | 'phone' | 'regencyCode' | 'provinceCode' | 'modes'> & { since: Date };

/** Whom an SME account may reach, read together with the account's token version. */
export interface MentorReading {
  /** Null when the SME record is gone. */
  smeStatus: SmeStatus | null;
  mentor: MentorOfSme | null;
}

type MentorRow = Omit<MentorOfSme, 'name' | 'modes' | 'since'> & { smeStatus: SmeStatus | null; name: string | null; modes: unknown; startedAt: unknown };

/** The calling SME account, as its access token names it. */
export interface MentorCaller {
  accountId: string;
  tokenVersion: number;
  smeId: string;
}

@Injectable()
export class SmePortalRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The SME's status and current tutor in one plain-SQL read, since an SME's page asks for it
   * often: the same statement confirms the token is current (null when the account is gone or its
   * password changed), which the route asks of it in place of the guard's own read.
   */
  async mentorFor({ accountId, tokenVersion, smeId }: MentorCaller): Promise<MentorReading | null> {
    const [row] = await preparedRead<MentorRow>(
      this.dataSource,
      'sme-portal-mentor',
      `SELECT s."status" AS "smeStatus", t."name", t."storeName", t."phone", t."regencyCode", t."provinceCode", t."modes", a."startedAt"
       FROM account acc
       LEFT JOIN sme s ON s.id = :smeId
       LEFT JOIN assignment a ON a."smeId" = :smeId AND a."endedAt" IS NULL
       LEFT JOIN tutor t ON t.id = a."tutorId"
       WHERE acc.id = :accountId AND acc."tokenVersion" = :tokenVersion`,
      { accountId, tokenVersion, smeId },
    );
    if (!row) return null;
    const hydrated = (entity: new () => object, property: 'modes' | 'startedAt') =>
      this.dataSource.driver.prepareHydratedValue(row[property], this.dataSource.getMetadata(entity).findColumnWithPropertyName(property)!);
    const { smeStatus, name, storeName, phone, regencyCode, provinceCode } = row;
    // The tutor's columns are all null together: the SME has no current pair.
    const mentor = name === null ? null : { name, storeName, phone, regencyCode, provinceCode, modes: hydrated(Tutor, 'modes'), since: hydrated(Assignment, 'startedAt') };
    return { smeStatus, mentor };
  }
}
