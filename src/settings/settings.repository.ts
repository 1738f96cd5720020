import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ProgramSetting } from './program-setting.entity.js';

@Injectable()
export class SettingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async readAll(manager: EntityManager = this.dataSource.manager): Promise<Map<string, unknown>> {
    const rows = await manager.getRepository(ProgramSetting).find();
    return new Map(rows.map((row) => [row.key, row.value]));
  }

  async write(manager: EntityManager, key: string, value: unknown): Promise<void> {
    await manager.getRepository(ProgramSetting).save({ key, value });
  }
}
