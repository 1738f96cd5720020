import { Injectable } from '@nestjs/common';
import { AssignmentRepository } from '../assignments/assignment.repository.js';

const COLUMNS = ['id', 'tutorId', 'smeId', 'pinned', 'startedAt', 'startReason', 'rebalanceId'] as const;
const PAGE = 1000;

export const csvCell = (value: unknown): string => {
  const text = value instanceof Date ? value.toISOString() : value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Active assignments as CSV, read page by page so a national export never sits in memory whole. */
@Injectable()
export class AssignmentExport {
  constructor(private readonly assignments: AssignmentRepository) {}

  async *activeAssignmentsCsv(): AsyncGenerator<string> {
    yield `${COLUMNS.join(',')}\n`;
    let cursor: string | undefined;
    do {
      const page = await this.assignments.list({ active: true, limit: PAGE, cursor });
      if (page.items.length > 0) yield page.items.map((a) => COLUMNS.map((c) => csvCell(a[c])).join(',')).join('\n') + '\n';
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
}
