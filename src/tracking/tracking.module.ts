import { Module } from '@nestjs/common';
import { SmeRecordsModule } from '../smes/sme-records.module.js';
import { CoursesController } from './courses.controller.js';
import { CoursesService } from './courses.service.js';
import { FlagsController } from './flags.controller.js';
import { FlagsService } from './flags.service.js';
import { TrackingRecordsModule } from './tracking-records.module.js';

/** Tracking's routes: the courses and the SMEs' progress in them, and the flags coordinators work through. */
@Module({
  imports: [TrackingRecordsModule, SmeRecordsModule],
  controllers: [CoursesController, FlagsController],
  providers: [CoursesService, FlagsService],
})
export class TrackingModule {}
