/**
 * Entity decorators run at import time, so the one column type that differs between the two
 * databases (a UTC timestamp) is chosen from DATABASE_URL here, the same way loadConfig reads it.
 */
const onPostgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');

export const TIMESTAMP_TYPE = onPostgres ? 'timestamptz' : 'datetime';
