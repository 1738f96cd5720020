import { Injectable } from '@nestjs/common';
import { CourseCompletionService, EvaluationSummary } from './course-completion.service.js';
import { SmeRepository } from '../smes/sme.repository.js';

const PAGE_SIZE = 500;

/**
 * The daily pass over every active SME (and every inactive one still holding a flag), page by page
 * in id order, each page evaluated like a progress report: ready SMEs graduate, flags open and resolve.
 */
@Injectable()
export class FlagSweepService {
  constructor(
    private readonly smes: SmeRepository,
    private readonly evaluation: CourseCompletionService,
  ) {}

  async sweep(reportProgress: (percent: number) => Promise<unknown> = async () => undefined): Promise<EvaluationSummary> {
    const total = await this.smes.countToSweep();
    const summary: EvaluationSummary = { evaluated: 0, graduated: 0, opened: 0, resolved: 0, refreshed: 0 };
    for (let ids = await this.smes.idsToSweep(null, PAGE_SIZE); ids.length > 0; ids = await this.smes.idsToSweep(ids[ids.length - 1], PAGE_SIZE)) {
      const page = await this.evaluation.evaluate(ids);
      for (const key of Object.keys(summary) as (keyof EvaluationSummary)[]) summary[key] += page[key];
      await reportProgress(Math.min(99, Math.floor((summary.evaluated * 100) / Math.max(total, 1))));
    }
    await reportProgress(100);
    return summary;
  }
}
