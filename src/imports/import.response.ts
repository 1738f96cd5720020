import { ApiProperty } from '@nestjs/swagger';

export class ImportResultView {
  @ApiProperty({ description: 'rows stored, all in one transaction' }) created: number;
}

/** A CSV answer, documented as the text it is. */
export const CSV_RESPONSE = { schema: { type: 'string', example: 'id,name,phone,...\n' }, description: 'CSV, UTF-8, a header row first' } as const;
