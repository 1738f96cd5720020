import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { notFound } from '../common/domain-error.js';
import { Page } from '../common/pagination.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { Flag } from './flag.entity.js';
import { FlagListQueryDto, UpdateFlagDto } from './flag.dto.js';
import { FlagRepository } from './flag.repository.js';

@Injectable()
export class FlagsService {
  constructor(
    private readonly flags: FlagRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  list(query: FlagListQueryDto): Promise<Page<Flag>> {
    return this.flags.list(query);
  }

  update(id: string, dto: UpdateFlagDto): Promise<Flag> {
    return this.unitOfWork.run(async (manager) => {
      const flag = await this.flags.findById(id, manager);
      if (!flag) throw notFound('Flag', id);
      flag.status = dto.status;
      if (dto.note !== undefined) flag.note = dto.note;
      if (dto.status === 'resolved') flag.resolvedAt ??= this.clock.now();
      return this.flags.save(manager, flag);
    });
  }
}
