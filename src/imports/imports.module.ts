import { Module } from '@nestjs/common';
import { AssignmentExport } from './assignment-export.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';

@Module({ controllers: [ImportsController], providers: [ImportsService, AssignmentExport] })
export class ImportsModule {}
