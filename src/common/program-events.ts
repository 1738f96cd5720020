import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Changes to the program that other parts react to (a rebalance, a flag evaluation). */
export type ProgramEvent =
  | { type: 'tutor.unavailable'; tutorId: string; status: 'paused' | 'inactive' }
  | { type: 'sme.left'; smeId: string; status: 'graduated' | 'withdrawn' }
  | { type: 'sme.enrolled'; smeId: string }
  | { type: 'course-progress.recorded'; smeIds: string[] }
  | { type: 'settings.changed'; sections: string[] };

type Listener = (manager: EntityManager, event: ProgramEvent) => Promise<void> | void;

/**
 * In-process publish/subscribe inside the publisher's transaction: a listener records what follows
 * from the event together with the change, so the two commit, or roll back, as one.
 */
@Injectable()
export class ProgramEvents {
  private readonly listeners: Listener[] = [];

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  async publish(manager: EntityManager, event: ProgramEvent): Promise<void> {
    for (const listener of this.listeners) await listener(manager, event);
  }
}
