import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, isUUID, Max, Min, ValidateBy } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const CURSOR_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A cursor is an encoded id; one that decodes to no id would silently answer an empty page. */
const isPageCursor = (value: unknown): boolean => typeof value === 'string' && CURSOR_PATTERN.test(value) && isUUID(decodeCursor(value));

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @ValidateBy({ name: 'isPageCursor', validator: { validate: isPageCursor, defaultMessage: () => 'cursor is not a cursor this API returned' } })
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const encodeCursor = (id: string): string => Buffer.from(id, 'utf8').toString('base64url');
export const decodeCursor = (cursor: string): string => Buffer.from(cursor, 'base64url').toString('utf8');

/** A list's documented order: one column, then the id the same way, so equal values keep a fixed order. */
export interface PageOrder {
  column: string;
  direction: 'ASC' | 'DESC';
}

export const BY_ID: PageOrder = { column: 'id', direction: 'ASC' };

/**
 * Keyset pagination in the list's order: the cursor is the last row's id, and the next page
 * starts after that row's (column, id), read back from the table, so it is stable under
 * inserts and needs no OFFSET scan.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  page: PageQueryDto,
  order: PageOrder = BY_ID,
): Promise<Page<T>> {
  const alias = query.alias;
  const limit = page.limit ?? DEFAULT_PAGE_SIZE;
  const after = order.direction === 'ASC' ? '>' : '<';
  if (page.cursor) {
    const afterId = decodeCursor(page.cursor);
    if (order.column === 'id') {
      query.andWhere(`"${alias}"."id" ${after} :afterId`, { afterId });
    } else {
      const table = query.expressionMap.mainAlias!.metadata.tableName;
      // A row-value comparison, which both databases read as one range of an index on (column, id).
      const key = `(SELECT k."${order.column}", k."id" FROM "${table}" k WHERE k."id" = :afterId)`;
      query.andWhere(`("${alias}"."${order.column}", "${alias}"."id") ${after} ${key}`, { afterId });
    }
  }
  query.orderBy(`${alias}.${order.column}`, order.direction);
  if (order.column !== 'id') query.addOrderBy(`${alias}.id`, order.direction);
  const rows = await query.take(limit + 1).getMany();
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(items[items.length - 1].id) : null;
  return { items, nextCursor };
}

export function mapPage<T, R>(page: Page<T>, map: (item: T) => R): Page<R> {
  return { items: page.items.map(map), nextCursor: page.nextCursor };
}
