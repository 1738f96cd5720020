import { DataSource } from 'typeorm';
import { Account } from './auth/account.entity.js';
import { Assignment } from './assignments/assignment.entity.js';
import type { AppConfig } from './config/app-config.js';
import { dataSourceOptions, type ProgramSchema } from './database/data-source-options.js';
import { JobRequestRow } from './jobs/job-request.entity.js';
import { Notification } from './notifications/notification.entity.js';
import { Rebalance } from './rebalance/rebalance.entity.js';
import { RebalanceChange } from './rebalance/rebalance-change.entity.js';
import { MentoringSession } from './sessions/mentoring-session.entity.js';
import { ChangeStampSubscriber } from './settings/change-stamps.js';
import { ProgramSetting } from './settings/program-setting.entity.js';
import { Sme } from './smes/sme.entity.js';
import { Course } from './tracking/course.entity.js';
import { CourseProgress } from './tracking/course-progress.entity.js';
import { Flag } from './tracking/flag.entity.js';
import { Tutor } from './tutors/tutor.entity.js';

/** Every feature's tables, and the subscriber that stamps changes to them: what a data source of the program is made of. */
export const PROGRAM_SCHEMA: ProgramSchema = {
  entities: [Account, Tutor, Sme, Course, CourseProgress, Assignment, MentoringSession, Flag, ProgramSetting, Rebalance, RebalanceChange, JobRequestRow, Notification],
  subscribers: [ChangeStampSubscriber],
};

/** A data source of the program outside Nest: the seed, the benches and tests that need a connection of their own. */
export const programDataSource = (database: AppConfig['database']): DataSource => new DataSource(dataSourceOptions(database, PROGRAM_SCHEMA));
