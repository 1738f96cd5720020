import { calendarDayIn } from '../../src/common/calendar-day.js';
import { DEFAULT_PROGRAM_SETTINGS } from '../../src/settings/program-settings.js';

/** Today on the program's calendar: a session date never before a pair made earlier in the test, never in the future. */
export const programToday = (): string => calendarDayIn(DEFAULT_PROGRAM_SETTINGS.schedule.timeZone, new Date());
