/**
 * Databases cap a statement's parameters (SQLite 32,766, PostgreSQL 65,535): long id lists go in
 * slices, each large enough that a national rebalance's reads and locks take a few hundred statements.
 */
export const ID_CHUNK = 5000;

export async function flatMapInChunks<T, R>(items: T[], query: (chunk: T[]) => Promise<R[]>, size = ID_CHUNK): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) results.push(...(await query(items.slice(start, start + size))));
  return results;
}

export async function forEachChunk<T>(items: T[], work: (chunk: T[]) => Promise<unknown>, size = ID_CHUNK): Promise<void> {
  for (let start = 0; start < items.length; start += size) await work(items.slice(start, start + size));
}
