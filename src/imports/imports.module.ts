import { Module } from '@nestjs/common';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';
import { ProgramExport } from './program-export.js';

@Module({ controllers: [ImportsController], providers: [ImportsService, ProgramExport] })
export class ImportsModule {}
