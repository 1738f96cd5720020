import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller.js';
import { ReportCache } from './report-cache.js';
import { ReportsService } from './reports.service.js';

@Module({ controllers: [ReportsController], providers: [ReportsService, ReportCache] })
export class ReportsModule {}
