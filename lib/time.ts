/** Dates and times of interviews: entered in one time zone, stored as an instant, shown in another. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Every IANA zone the browser knows, with the user's own guaranteed present. */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  const own = userTimeZone();
  return names.includes(own) ? names : [own, ...names];
}

export interface ZonedParts {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: number, timeZone: string) {
  let format = partFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far the zone's wall clock is ahead of UTC at that instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` and `time`, or null when either does
 * not parse or names a day that does not exist (2026-02-30). In a daylight-saving gap the clock is
 * read forward, as calendars do.
 */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): number | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const timeMatch = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!dateMatch || !timeMatch || !isTimeZone(timeZone)) return null;
  const [year, month, day] = [Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])];
  const [hour, minute] = [Number(timeMatch[1]), Number(timeMatch[2])];
  if (hour > 23 || minute > 59 || year < 1970) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  const first = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(first, timeZone);
}

/** The wall-clock date and time of an instant in a zone, in the form the date and time inputs take. */
export function instantToZonedParts(instant: number, timeZone: string): ZonedParts {
  const clock = wallClock(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${clock.year}-${two(clock.month)}-${two(clock.day)}`,
    time: `${two(clock.hour)}:${two(clock.minute)}`,
  };
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Tue, Dec 3, 14:30" in the given zone, with the zone's short name when it differs from the user's. */
export function formatInstant(instant: number, timeZone: string): string {
  const showYear = new Date(instant).getFullYear() !== new Date().getFullYear();
  const key = `${timeZone}|${showYear}`;
  let format = displayFormatters.get(key);
  if (!format) {
    // Building a formatter costs far more than using one: a list of 200 interviews reuses a few.
    format = new Intl.DateTimeFormat(undefined, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: showYear ? 'numeric' : undefined,
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: timeZone === userTimeZone() ? undefined : 'short',
    });
    displayFormatters.set(key, format);
  }
  return format.format(instant);
}

/**
 * A short countdown to an interview: "in 3 days", "in 5 h 20 min", "in 12 min", "now" while it runs,
 * "2 days ago" after it.
 */
export function formatCountdown(startsAt: number, durationMinutes: number | null, now: number): string {
  const until = startsAt - now;
  const end = startsAt + (durationMinutes ?? 60) * MINUTE;
  if (until <= 0 && now < end) return 'now';
  const span = Math.abs(until);
  let text: string;
  if (span < HOUR) {
    const minutes = Math.max(1, Math.round(span / MINUTE));
    text = `${minutes} min`;
  } else if (span < DAY) {
    const hours = Math.floor(span / HOUR);
    const minutes = Math.floor((span % HOUR) / MINUTE);
    text = minutes > 0 && hours < 10 ? `${hours} h ${minutes} min` : `${hours} h`;
  } else {
    const days = Math.round(span / DAY);
    text = days === 1 ? '1 day' : `${days} days`;
  }
  return until > 0 ? `in ${text}` : `${text} ago`;
}
