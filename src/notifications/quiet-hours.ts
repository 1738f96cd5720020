/** A daily span of local time in which no WhatsApp is sent; `start` after `end` spans midnight. */
export interface QuietHours {
  start: string;
  end: string;
}

const minutesOf = (clock: string): number => {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
};

/** The local time of day at `instant` in `timeZone`, in minutes since midnight. */
function localMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return part('hour') * 60 + part('minute');
}

/**
 * When a message sent at `now` may go: `now` itself outside quiet hours, else the first minute
 * after they end (in `timeZone`, whose offset is taken as it stands at `now`).
 */
export function quietHoursEnd(now: Date, quietHours: QuietHours | null, timeZone: string): Date {
  if (!quietHours) return now;
  const start = minutesOf(quietHours.start);
  const end = minutesOf(quietHours.end);
  if (start === end) return now;
  const local = localMinutes(now, timeZone);
  const inside = start < end ? local >= start && local < end : local >= start || local < end;
  if (!inside) return now;
  const wait = (end - local + 24 * 60) % (24 * 60);
  const startOfMinute = Math.floor(now.getTime() / 60_000) * 60_000;
  return new Date(startOfMinute + wait * 60_000);
}
