import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { isUUID } from 'class-validator';
import { CourseCompletionService, EvaluationSummary } from './course-completion.service.js';
import { TRACKING_QUEUE, TrackingJob } from '../jobs/queues.js';
import { FlagSweepService } from './flag-sweep.service.js';

/** Malformed data never gets better on a retry, so it fails the job at once. */
function smeIdsOf(data: unknown): string[] {
  const smeIds = (data as { smeIds?: unknown } | null)?.smeIds;
  if (!Array.isArray(smeIds) || !smeIds.every((id) => typeof id === 'string' && isUUID(id))) {
    throw new UnrecoverableError(`${TrackingJob.evaluateSmes} needs data {smeIds: string[]} of SME UUIDs, got ${JSON.stringify(data)?.slice(0, 200)}`);
  }
  return smeIds;
}

@Processor(TRACKING_QUEUE)
export class TrackingProcessor extends WorkerHost {
  constructor(
    private readonly completion: CourseCompletionService,
    private readonly flagSweep: FlagSweepService,
  ) {
    super();
  }

  async process(job: Job<unknown>): Promise<EvaluationSummary> {
    switch (job.name) {
      case TrackingJob.evaluateSmes:
        return this.completion.evaluate(smeIdsOf(job.data));
      case TrackingJob.sweepFlags:
        return this.flagSweep.sweep((percent) => job.updateProgress(percent));
      default:
        throw new UnrecoverableError(`${TRACKING_QUEUE} has no job named ${job.name}`);
    }
  }
}
