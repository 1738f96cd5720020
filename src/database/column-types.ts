import { type ColumnOptions, type ColumnType, getMetadataArgsStorage } from 'typeorm';
import type { DatabaseKind } from '../config/app-config.js';

/** A UTC timestamp, as each database stores it. */
const TIMESTAMP_TYPES: Record<DatabaseKind, ColumnType> = { sqlite: 'datetime', postgres: 'timestamptz' };

/**
 * The type entities give their UTC timestamp columns. Their decorators run at import, before the
 * configuration names the database, so each data source gives these columns its database's type
 * (useTimestampType) when it is built.
 */
export const TIMESTAMP_TYPE: ColumnType = TIMESTAMP_TYPES.postgres;

/** The options of every timestamp column, found once, before any of them is resolved. */
let timestampColumns: ColumnOptions[] | undefined;

/** Gives every entity's timestamp columns the type of the configured database; call it before a data source is built. */
export function useTimestampType(kind: DatabaseKind): void {
  timestampColumns ??= getMetadataArgsStorage()
    .columns.filter((column) => column.options.type === TIMESTAMP_TYPE)
    .map((column) => column.options);
  for (const options of timestampColumns) options.type = TIMESTAMP_TYPES[kind];
}
