import { Module } from '@nestjs/common';
import { NotificationRecordsModule } from '../notifications/notification-records.module.js';
import { TrackingRecordsModule } from '../tracking/tracking-records.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportCache } from './report-cache.js';
import { ReportRepository } from './report.repository.js';
import { ReportsService } from './reports.service.js';

@Module({ imports: [TrackingRecordsModule, NotificationRecordsModule], controllers: [ReportsController], providers: [ReportsService, ReportRepository, ReportCache] })
export class ReportsModule {}
