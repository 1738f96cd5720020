import { Module } from '@nestjs/common';
import { NotifierModule } from '../notifications/notifier.module.js';
import { TrackingRecordsModule } from '../tracking/tracking-records.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportCache } from './report-cache.js';
import { ReportRepository } from './report.repository.js';
import { ReportsService } from './reports.service.js';

@Module({ imports: [TrackingRecordsModule, NotifierModule], controllers: [ReportsController], providers: [ReportsService, ReportRepository, ReportCache] })
export class ReportsModule {}
