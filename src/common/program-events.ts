import { Injectable, Logger } from '@nestjs/common';

/** Changes to the program that other parts react to (a rebalance, a flag evaluation). */
export type ProgramEvent =
  | { type: 'tutor.unavailable'; tutorId: string; status: 'paused' | 'inactive' }
  | { type: 'sme.left'; smeId: string; status: 'graduated' | 'withdrawn' }
  | { type: 'sme.enrolled'; smeId: string }
  | { type: 'course-progress.recorded'; smeIds: string[] }
  | { type: 'settings.changed'; sections: string[] };

type Listener = (event: ProgramEvent) => Promise<void> | void;

/** In-process publish/subscribe; a listener's failure is logged, never thrown back at the publisher. */
@Injectable()
export class ProgramEvents {
  private readonly logger = new Logger(ProgramEvents.name);
  private readonly listeners: Listener[] = [];

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  async publish(event: ProgramEvent): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(event);
      } catch (error) {
        this.logger.error({ err: error, event }, 'program event listener failed');
      }
    }
  }
}
