import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '../pagination.js';

const pageClasses = new Map<Type<unknown>, Type<Page<unknown>>>();

/** The OpenAPI class of a page of `item`, named `<Item>Page`; one class per item type. */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  const known = pageClasses.get(item);
  if (known) return known as Type<Page<T>>;
  class ItemPage implements Page<T> {
    @ApiProperty({ type: item, isArray: true }) items: T[];
    @ApiProperty({ type: String, nullable: true, description: 'pass as `cursor` for the next page; null on the last page' }) nextCursor: string | null;
  }
  Object.defineProperty(ItemPage, 'name', { value: `${item.name}Page` });
  pageClasses.set(item, ItemPage);
  return ItemPage;
}
