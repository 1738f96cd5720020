/** The lowest of a tutor's seats 1..maxSmes that no active pair holds, or null when the tutor is full. */
export function firstFreeSeat(takenSeats: Iterable<number>, maxSmes: number): number | null {
  const taken = new Set(takenSeats);
  for (let seat = 1; seat <= maxSmes; seat++) if (!taken.has(seat)) return seat;
  return null;
}
