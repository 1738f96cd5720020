import { AccountRepository } from '../auth/account.repository.js';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { CourseRepository } from '../courses/course.repository.js';
import { FlagRepository } from '../flags/flag.repository.js';
import { ReportRepository } from '../reports/report.repository.js';
import { SessionRepository } from '../sessions/session.repository.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { SmeRepository } from '../smes/sme.repository.js';
import { TutorRepository } from '../tutors/tutor.repository.js';

/** Every aggregate's data access, shared app-wide so features read each other without module cycles. */
export const REPOSITORIES = [
  AccountRepository,
  AssignmentRepository,
  CourseRepository,
  FlagRepository,
  ReportRepository,
  SessionRepository,
  SettingsRepository,
  SmeRepository,
  TutorRepository,
];
