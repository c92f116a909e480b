/** Dates and times of interviews: entered in one time zone, stored as an instant, shown in another. */

import { tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Zones renamed since ICU fixed its canonical names: Chromium still lists "Asia/Calcutta" where people look
// for "Asia/Kolkata". Both names work in Intl; the list shows the one in use today.
const renamedZones: Record<string, string> = {
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Etc/UTC': 'UTC',
  'Etc/GMT': 'UTC',
};

/** A zone's name as people know it today: "Asia/Kolkata" for "Asia/Calcutta". */
export function currentZoneName(name: string): string {
  const renamed = renamedZones[name];
  return renamed && isTimeZone(renamed) ? renamed : name;
}

export function userTimeZone(): string {
  return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Every IANA zone the browser knows under its current name, sorted, with UTC, the user's own and any
 * `also` (the zone an interview was saved in) guaranteed present.
 */
export function timeZoneNames(also: string[] = []): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const names = new Set([...known, 'UTC', userTimeZone(), ...also].map(currentZoneName));
  return [...names].sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)));
}

export interface ZonedParts {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

/** How far the zone's wall clock is ahead of UTC at that instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  return tzOffset(timeZone, new Date(instant)) * MINUTE;
}

/**
 * The wall clock of `date` (YYYY-MM-DD, a day that exists, from 1970) read as if it were UTC, in
 * milliseconds; null when it is not such a date.
 */
function calendarDay(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const wall = Date.UTC(year, month - 1, day);
  const check = new Date(wall);
  // Date.UTC rolls 2026-02-30 over into March: a day that comes back different does not exist.
  if (year < 1970 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return null;
  return check.getUTCDate() === day ? wall : null;
}

/** Minutes after midnight of `time` (H:MM or HH:MM, 24-hour); null when it is not such a time. */
function clockMinutes(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour > 23 || minute > 59 ? null : hour * 60 + minute;
}

/** True for a day of the calendar written YYYY-MM-DD (2026-12-03), from 1970 on. */
export function isCalendarDate(date: string): boolean {
  return calendarDay(date) !== null;
}

/** True for a time of day written HH:MM on a 24-hour clock (14:30). */
export function isClockTime(time: string): boolean {
  return clockMinutes(time) !== null;
}

/**
 * What a wall-clock date and time in a zone means. Most name one instant. On the night clocks go
 * forward, the times they skip name none (`gap`, with the wall clock just before and after the jump);
 * on the night they go back, the repeated hour names two (`ambiguous`). `invalid` when the date, the
 * time or the zone does not parse.
 */
export type WallClockReading =
  | { kind: 'ok'; instant: number }
  | { kind: 'gap'; clocksJumpFrom: string; clocksJumpTo: string }
  | { kind: 'ambiguous'; earlier: number; later: number }
  | { kind: 'invalid' };

/** The instant (or instants) at which the wall clock in `timeZone` shows `date` and `time`. */
export function zonedTimeToInstant(date: string, time: string, timeZone: string): WallClockReading {
  const day = calendarDay(date);
  const minutes = clockMinutes(time);
  if (day === null || minutes === null || !isTimeZone(timeZone)) return { kind: 'invalid' };
  const wall = day + minutes * MINUTE;
  // No zone changes its offset twice within a day, so the offsets a day either side are the only ones
  // this wall time can be read with; each is a candidate if the zone really has that offset then.
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const candidates = [...new Set([wall - before, wall - after])]
    .filter((instant) => wall - instant === offsetAt(instant, timeZone))
    .sort((a, b) => a - b);
  const [earlier, later] = candidates;
  if (earlier !== undefined && later !== undefined) return { kind: 'ambiguous', earlier, later };
  if (earlier !== undefined) return { kind: 'ok', instant: earlier };
  const transition = offsetChange(wall - DAY, wall + DAY, before, timeZone);
  return {
    kind: 'gap',
    clocksJumpFrom: utcParts(transition + before).time,
    clocksJumpTo: utcParts(transition + after).time,
  };
}

/** The first minute in (from, to] at which the zone's offset is no longer `offsetFrom`. */
function offsetChange(from: number, to: number, offsetFrom: number, timeZone: string): number {
  let [low, high] = [Math.floor(from / MINUTE), Math.ceil(to / MINUTE)];
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(middle * MINUTE, timeZone) === offsetFrom) low = middle;
    else high = middle;
  }
  return high * MINUTE;
}

function utcParts(wall: number): ZonedParts {
  const clock = new Date(wall);
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${clock.getUTCFullYear()}-${two(clock.getUTCMonth() + 1)}-${two(clock.getUTCDate())}`,
    time: `${two(clock.getUTCHours())}:${two(clock.getUTCMinutes())}`,
  };
}

/** The wall-clock date and time of an instant in a zone, in the form the date and time inputs take. */
export function instantToZonedParts(instant: number, timeZone: string): ZonedParts {
  return utcParts(instant + offsetAt(instant, timeZone));
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = displayFormatters.get(key);
  if (!format) {
    // Building a formatter costs far more than using one: a list of 200 interviews reuses a few.
    format = make();
    displayFormatters.set(key, format);
  }
  return format;
}

/** The day as the list and the dossier name it: "Tue, Dec 3", with the year when it is not this one. */
function dayOptions(timeZone: string, showYear: boolean): Intl.DateTimeFormatOptions {
  return { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: showYear ? 'numeric' : undefined };
}

// English locales that name their own region's zones: en-US says "GMT+1" for London where en-GB says
// "BST", and only en-IN says "IST" for Kolkata.
const zoneNameLocales = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ', 'en-CA', 'en-IE', 'en-ZA', 'en-SG'];

/**
 * The zone's short name at that instant as people write it ("EST", "BST", "AEDT", "IST"); an offset
 * ("GMT+4") only for a zone no English locale names.
 */
export function zoneAbbreviation(instant: number, timeZone: string, locale?: string): string {
  let offset = '';
  for (const each of [locale, ...zoneNameLocales]) {
    const format = cachedFormat(
      `zone|${timeZone}|${each}`,
      () => new Intl.DateTimeFormat(each, { timeZone, timeZoneName: 'short' }),
    );
    const name = format.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
    if (name && !/^(?:GMT|UTC)(?:[+\-−]|$)/.test(name)) return name;
    offset ||= name;
  }
  return offset;
}

/**
 * "Tue, Dec 3, 2:30 PM" (or "Tue 3 Dec, 14:30", as the locale writes it) in the given zone, with the
 * zone's short name ("EST") when it differs from the user's.
 */
export function formatInstant(instant: number, timeZone: string, locale?: string): string {
  const showYear = new Date(instant).getFullYear() !== new Date().getFullYear();
  const format = cachedFormat(
    `instant|${timeZone}|${showYear}|${locale}`,
    () => new Intl.DateTimeFormat(locale, { ...dayOptions(timeZone, showYear), hour: 'numeric', minute: '2-digit' }),
  );
  const when = format.format(instant);
  return currentZoneName(timeZone) === userTimeZone() ? when : `${when} ${zoneAbbreviation(instant, timeZone, locale)}`;
}

/**
 * The same instant on the user's own clock, for an interview set in another zone: "9:30 AM your time",
 * with the day when it is another one ("Mon, Dec 2, 11:30 PM your time"); empty in the user's own zone.
 */
export function formatInYourTime(instant: number, timeZone: string, locale?: string): string {
  const own = userTimeZone();
  if (currentZoneName(timeZone) === own) return '';
  // Another zone whose clock reads the same at that moment (London and UTC in winter): nothing to add.
  const there = instantToZonedParts(instant, timeZone);
  const here = instantToZonedParts(instant, own);
  if (there.date === here.date && there.time === here.time) return '';
  const sameDay = formatDay(instant, timeZone, locale) === formatDay(instant, own, locale);
  const format = cachedFormat(
    `yours|${sameDay}|${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        ...(sameDay ? {} : { weekday: 'short', month: 'short', day: 'numeric' }),
        timeZone: own,
        hour: 'numeric',
        minute: '2-digit',
      }),
  );
  return `${format.format(instant)} your time`;
}

/** "Tue, Dec 1" (with the year when it is not this one): the day of an instant in the given zone. */
export function formatDay(instant: number, timeZone: string, locale?: string): string {
  const showYear = new Date(instant).getFullYear() !== new Date().getFullYear();
  const format = cachedFormat(
    `day|${timeZone}|${showYear}|${locale}`,
    () => new Intl.DateTimeFormat(locale, dayOptions(timeZone, showYear)),
  );
  return format.format(instant);
}

/** "1:30 AM EDT": the time of an instant in a zone with the zone's short name, to tell two readings apart. */
export function formatClockTimeWithZone(instant: number, timeZone: string, locale?: string): string {
  const format = cachedFormat(
    `clock|${timeZone}|${locale}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }),
  );
  return `${format.format(instant)} ${zoneAbbreviation(instant, timeZone, locale)}`;
}

/** "2:00 AM" (or "02:00", as the locale writes it) for a wall-clock time written HH:MM. */
export function formatWallTime(time: string, locale?: string): string {
  const minutes = clockMinutes(time) ?? 0;
  const format = cachedFormat(
    `wall|${locale}`,
    () => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }),
  );
  return format.format(minutes * MINUTE);
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

// A page's own date is a day, not an instant: shown as the calendar reads it, in no time zone.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** "2025-06-02" as "Jun 2, 2025" (in the user's language); any other text as it is. */
export function calendarDate(text: string | undefined): string | undefined {
  if (!text || !isCalendarDate(text)) return text;
  return dayFormat.format(Date.parse(`${text}T00:00:00Z`));
}
