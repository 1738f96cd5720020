import { Notifier } from '../notifications/notifier.service.js';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { ProgramSettings } from '../settings/program-settings.js';
import { planFlagChanges } from './flag-changes.js';
import { desiredFlags } from './flag-rules.js';
import { FlagRepository } from './flag.repository.js';
import type { SmeFacts } from './sme-facts.loader.js';

export interface FlagChangeCounts {
  opened: number;
  resolved: number;
  refreshed: number;
}

/**
 * Brings the stored flags of some SMEs in line with the flag rules, inside the caller's transaction.
 * Running it again with the same facts and clock changes nothing.
 */
@Injectable()
export class FlagReconciler {
  constructor(
    private readonly flags: FlagRepository,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  async reconcile(manager: EntityManager, smes: SmeFacts[], settings: ProgramSettings): Promise<FlagChangeCounts> {
    const now = this.clock.now();
    const rules = { flags: settings.flags, graduation: settings.graduation, timeZone: settings.schedule.timeZone };
    const desired = new Map(smes.map((sme) => [sme.smeId, desiredFlags(sme, rules, now)]));
    const changes = planFlagChanges(desired, await this.flags.unresolvedOfSmes([...desired.keys()], manager));
    await this.flags.openMany(
      manager,
      changes.open.map((flag) => ({ ...flag, status: 'open' as const, note: null, openedAt: now, resolvedAt: null })),
    );
    await this.notifier.flagsOpened(manager, changes.open);
    await this.flags.resolveMany(manager, changes.resolve, now);
    for (const { id, reasons } of changes.refresh) await this.flags.replaceReasons(manager, id, reasons);
    return { opened: changes.open.length, resolved: changes.resolve.length, refreshed: changes.refresh.length };
  }
}
