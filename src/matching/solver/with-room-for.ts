/** The array itself when it holds `length` items, else a copy with room for at least that many (doubling). */
export function withRoomFor<A extends Int32Array | Float64Array>(array: A, length: number): A {
  if (length <= array.length) return array;
  const copy = new (array.constructor as new (size: number) => A)(Math.max(length, array.length * 2));
  copy.set(array);
  return copy;
}
