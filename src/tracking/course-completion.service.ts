import { Notifier } from '../notifications/notifier.service.js';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AssignmentsService } from '../assignments/assignments.service.js';
import { ProgramEvents } from '../common/program-events.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { FlagChangeCounts, FlagReconciler } from './flag-reconciler.service.js';
import { SmeFacts, SmeFactsLoader } from './sme-facts.loader.js';
import type { ProgramSettings } from '../settings/program-settings.js';
import { SettingsService } from '../settings/settings.service.js';
import { isActiveSmeStatus } from '../smes/sme-vocabulary.js';
import { SmeRepository } from '../smes/sme.repository.js';
import { finishedRequiredCourses, goesOnAlone } from './graduation.rule.js';

export interface EvaluationSummary extends FlagChangeCounts {
  evaluated: number;
  graduated: number;
}

/**
 * Judges SMEs against the program's rules: one that finished its required courses and can go on
 * alone graduates and frees its tutor's seat; every SME's flags are brought up to date (a trained
 * traditional SME gets NEEDS_CONTINUED_MENTORING). All in one transaction; a repeat changes nothing.
 */
@Injectable()
export class CourseCompletionService {
  constructor(
    private readonly facts: SmeFactsLoader,
    private readonly reconciler: FlagReconciler,
    private readonly smes: SmeRepository,
    private readonly assignments: AssignmentsService,
    private readonly settings: SettingsService,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: ProgramEvents,
    private readonly notifier: Notifier,
  ) {}

  async evaluate(smeIds: string[]): Promise<EvaluationSummary> {
    const settings = await this.settings.current();
    const { graduated, flags } = await this.unitOfWork.run(async (manager) => {
      const smes = await this.facts.load(manager, smeIds);
      const graduated = await this.graduateReady(manager, smes, settings);
      for (const smeId of graduated) await this.events.publish(manager, { type: 'sme.left', smeId, status: 'graduated' });
      await this.notifier.smesGraduated(manager, graduated);
      const afterwards = smes.map((sme) => (graduated.includes(sme.smeId) ? { ...sme, status: 'graduated' as const } : sme));
      return { graduated, flags: await this.reconciler.reconcile(manager, afterwards, settings) };
    });
    return { evaluated: smeIds.length, graduated: graduated.length, ...flags };
  }

  private async graduateReady(manager: EntityManager, smes: SmeFacts[], settings: ProgramSettings): Promise<string[]> {
    const ready = smes.filter(
      (sme) => isActiveSmeStatus(sme.status) && finishedRequiredCourses(sme.requiredCourses) && goesOnAlone(sme, settings.graduation),
    );
    const graduated: string[] = [];
    for (const { smeId } of ready) {
      // Locked and re-read (PostgreSQL) so a concurrent status change is not overwritten.
      const sme = await this.smes.lockById(manager, smeId);
      if (!sme || !isActiveSmeStatus(sme.status)) continue;
      await this.smes.save(manager, Object.assign(sme, { status: 'graduated' as const }));
      await this.assignments.endActive(manager, { smeId }, 'graduated', null);
      graduated.push(smeId);
    }
    return graduated;
  }
}
