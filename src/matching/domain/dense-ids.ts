export interface DenseIds {
  ids: Int32Array;
  count: number;
  /** Each value's id: how an item that comes later finds the id of its value. */
  idOf: ReadonlyMap<number, number>;
}

/**
 * Dense ids 0, 1, ... for the values of items 0 .. length, in order of first appearance; an
 * item whose value is negative is left out, with id -1.
 */
export function denseIds(length: number, valueOf: (item: number) => number): DenseIds {
  const idOf = new Map<number, number>();
  const ids = new Int32Array(length);
  let count = 0;
  for (let item = 0; item < length; item++) {
    const value = valueOf(item);
    let id = idOf.get(value);
    if (id === undefined) idOf.set(value, (id = value < 0 ? -1 : count++));
    ids[item] = id;
  }
  return { ids, count, idOf };
}

/** For each id 0 .. count, the first item that has it. */
export function firstOfEach({ ids, count }: { ids: Int32Array; count: number }): Int32Array {
  const first = new Int32Array(count).fill(-1);
  for (let item = 0; item < ids.length; item++) if (ids[item] >= 0 && first[ids[item]] < 0) first[ids[item]] = item;
  return first;
}
