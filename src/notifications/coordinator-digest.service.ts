import { Injectable } from '@nestjs/common';
import { Account } from '../auth/account.entity.js';
import { Clock } from '../common/clock.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { DigestFiguresRepository } from './digest-figures.repository.js';
import { Notifier } from './notifier.service.js';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** The weekly digest to every coordinator: new flags, SMEs without a mentor, pairs started and ended. */
@Injectable()
export class CoordinatorDigest {
  constructor(
    private readonly figures: DigestFiguresRepository,
    private readonly notifier: Notifier,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async send(): Promise<{ coordinators: number }> {
    const week = await this.figures.since(new Date(this.clock.now().getTime() - WEEK_MS));
    const params = [week.newFlags, week.unassignedSmes, week.pairsStarted, week.pairsEnded].map(String);
    return this.unitOfWork.run(async (manager) => {
      const coordinators = await manager.getRepository(Account).findBy({ role: 'coordinator' });
      await this.notifier.toCoordinators(
        manager,
        coordinators.map((account) => ({ person: { kind: 'coordinator' as const, id: account.id }, template: 'coordinator_digest' as const, params })),
      );
      return { coordinators: coordinators.length };
    });
  }
}
