import { Account } from '../auth/account.entity.js';
import { Assignment } from '../assignments/assignment.entity.js';
import { Course } from '../courses/course.entity.js';
import { CourseProgress } from '../courses/course-progress.entity.js';
import { Flag } from '../flags/flag.entity.js';
import { JobRequestRow } from '../jobs/job-request.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { MentoringSession } from '../sessions/mentoring-session.entity.js';
import { Rebalance } from '../rebalance/rebalance.entity.js';
import { RebalanceChange } from '../rebalance/rebalance-change.entity.js';
import { ProgramSetting } from '../settings/program-setting.entity.js';
import { Sme } from '../smes/sme.entity.js';
import { Tutor } from '../tutors/tutor.entity.js';

export const ENTITIES = [Account, Tutor, Sme, Course, CourseProgress, Assignment, MentoringSession, Flag, ProgramSetting, Rebalance, RebalanceChange, JobRequestRow, Notification];
