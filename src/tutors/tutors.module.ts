import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module.js';
import { TutorPortalController } from './tutor-portal.controller.js';
import { TutorPortalService } from './tutor-portal.service.js';
import { TutorsController } from './tutors.controller.js';
import { TutorsService } from './tutors.service.js';

@Module({ imports: [AssignmentsModule], controllers: [TutorsController, TutorPortalController], providers: [TutorsService, TutorPortalService] })
export class TutorsModule {}
