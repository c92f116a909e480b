import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  calendarDate,
  currentZoneName,
  formatClockTimeWithZone,
  formatCountdown,
  formatDay,
  formatInstant,
  formatInYourTime,
  formatWallTime,
  instantToZonedParts,
  isCalendarDate,
  isTimeZone,
  timeZoneNames,
  zoneAbbreviation,
  zonedTimeToInstant,
} from '@/lib/time';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('zonedTimeToInstant', () => {
  it.each([
    ['2026-12-03', '14:30', 'Europe/Berlin', Date.UTC(2026, 11, 3, 13, 30)],
    ['2026-07-03', '14:30', 'Europe/Berlin', Date.UTC(2026, 6, 3, 12, 30)],
    ['2026-12-03', '09:00', 'America/New_York', Date.UTC(2026, 11, 3, 14, 0)],
    ['2026-07-03', '09:00', 'America/Los_Angeles', Date.UTC(2026, 6, 3, 16, 0)],
    ['2026-12-03', '09:00', 'Asia/Kolkata', Date.UTC(2026, 11, 3, 3, 30)],
    ['2026-12-03', '09:00', 'Australia/Sydney', Date.UTC(2026, 11, 2, 22, 0)],
    ['2026-12-03', '09:00', 'UTC', Date.UTC(2026, 11, 3, 9, 0)],
    // Either side of a gap or of a repeated hour, each time names one instant.
    ['2027-03-14', '01:59', 'America/New_York', Date.UTC(2027, 2, 14, 6, 59)],
    ['2027-03-14', '03:00', 'America/New_York', Date.UTC(2027, 2, 14, 7, 0)],
    ['2027-11-07', '00:59', 'America/New_York', Date.UTC(2027, 10, 7, 4, 59)],
    ['2027-11-07', '02:00', 'America/New_York', Date.UTC(2027, 10, 7, 7, 0)],
    ['2027-04-04', '03:00', 'Australia/Sydney', Date.UTC(2027, 3, 3, 17, 0)],
  ])('reads %s %s in %s as the one instant it names', (date, time, zone, expected) => {
    expect(zonedTimeToInstant(date, time, zone)).toEqual({ kind: 'ok', instant: expected });
  });

  // The night clocks go forward: the skipped times name no instant.
  it.each([
    ['2027-03-14', '02:30', 'America/New_York', '02:00', '03:00'],
    ['2027-03-14', '02:00', 'America/Los_Angeles', '02:00', '03:00'],
    ['2027-03-28', '01:30', 'Europe/London', '01:00', '02:00'],
    ['2026-03-29', '02:30', 'Europe/Berlin', '02:00', '03:00'],
    ['2027-10-03', '02:30', 'Australia/Sydney', '02:00', '03:00'],
    ['2027-10-03', '02:15', 'Australia/Lord_Howe', '02:00', '02:30'],
  ])('finds %s %s in %s skipped (clocks jump from %s to %s)', (date, time, zone, from, to) => {
    expect(zonedTimeToInstant(date, time, zone)).toEqual({ kind: 'gap', clocksJumpFrom: from, clocksJumpTo: to });
  });

  // The night clocks go back: the repeated hour names two instants, an hour apart.
  it.each([
    ['2027-11-07', '01:30', 'America/New_York', Date.UTC(2027, 10, 7, 5, 30)],
    ['2027-11-07', '01:00', 'America/Los_Angeles', Date.UTC(2027, 10, 7, 8, 0)],
    ['2027-10-31', '01:30', 'Europe/London', Date.UTC(2027, 9, 31, 0, 30)],
    ['2027-04-04', '02:30', 'Australia/Sydney', Date.UTC(2027, 3, 3, 15, 30)],
  ])('finds %s %s in %s twice', (date, time, zone, earlier) => {
    expect(zonedTimeToInstant(date, time, zone)).toEqual({ kind: 'ambiguous', earlier, later: earlier + HOUR });
  });

  it('finds no gap or repeat in a zone without daylight saving time', () => {
    // India keeps one offset all year: the nights the others change are ordinary there.
    for (const date of ['2027-03-14', '2027-03-28', '2027-10-31', '2027-11-07']) {
      expect(zonedTimeToInstant(date, '01:30', 'Asia/Kolkata').kind).toBe('ok');
    }
  });

  it.each([
    ['2026-02-30', '10:00'],
    ['2026-13-01', '10:00'],
    ['2026-13-40', '10:00'],
    ['03/12/2026', '10:00'],
    ['2026-12-03', '25:00'],
    ['2026-12-03', 'noon'],
    ['', '10:00'],
  ])('refuses %s %s', (date, time) => {
    expect(zonedTimeToInstant(date, time, 'Europe/Berlin')).toEqual({ kind: 'invalid' });
  });

  it('refuses an unknown zone', () => {
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(zonedTimeToInstant('2026-12-03', '10:00', 'Mars/Olympus')).toEqual({ kind: 'invalid' });
  });

  it('tells a day of the calendar from one that is not', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-40')).toBe(false);
  });

  it.each([
    [Date.UTC(2027, 10, 7, 5, 30), 'America/New_York', { date: '2027-11-07', time: '01:30' }],
    [Date.UTC(2027, 10, 7, 6, 30), 'America/New_York', { date: '2027-11-07', time: '01:30' }],
    [Date.UTC(2026, 11, 3, 3, 30), 'Asia/Kolkata', { date: '2026-12-03', time: '09:00' }],
    [Date.UTC(2026, 11, 2, 22, 0), 'Australia/Sydney', { date: '2026-12-03', time: '09:00' }],
  ])('reads the wall clock of %d in %s', (instant, zone, parts) => {
    expect(instantToZonedParts(instant, zone)).toEqual(parts);
  });
});

describe('times as the user reads them', () => {
  // Dates outside the current year are written with their year: fix the year these tests are read in.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 5, 1));
  });
  afterEach(() => vi.useRealTimers());

  const afternoon = Date.UTC(2030, 11, 3, 19, 0); // 2:00 PM in New York

  it('writes the hour without a leading zero, as the locale does', () => {
    expect(formatInstant(afternoon, 'America/New_York', 'en-US')).toBe('Tue, Dec 3, 2030, 2:00 PM EST');
    // How a locale orders the day and month varies with the browser's data; the clock is what matters.
    expect(formatInstant(afternoon, 'America/New_York', 'en-GB')).toMatch(/ 14:00 EST$/);
  });

  it('names zones the way people there write them, not as offsets from GMT', () => {
    const summer = Date.UTC(2026, 6, 1, 12, 0);
    const winter = Date.UTC(2026, 0, 15, 12, 0);
    expect(zoneAbbreviation(summer, 'Europe/London', 'en-US')).toBe('BST');
    expect(zoneAbbreviation(winter, 'Europe/London', 'en-US')).toBe('GMT');
    expect(zoneAbbreviation(winter, 'Australia/Sydney', 'en-US')).toBe('AEDT');
    expect(zoneAbbreviation(summer, 'Asia/Kolkata', 'en-US')).toBe('IST');
    expect(zoneAbbreviation(summer, 'America/Los_Angeles', 'en-US')).toBe('PDT');
    expect(zoneAbbreviation(summer, 'UTC', 'en-US')).toBe('UTC');
    // A zone no locale names keeps its offset.
    expect(zoneAbbreviation(summer, 'Etc/GMT-4', 'en-US')).toBe('GMT+4');
  });

  it('gives the user’s own clock beside a time set in another zone', () => {
    // The tests run in UTC: 2:00 PM in New York is 7:00 PM here, the same day.
    expect(formatInYourTime(afternoon, 'America/New_York', 'en-US')).toBe('7:00 PM your time');
    expect(formatInYourTime(Date.UTC(2030, 11, 3, 23, 0), 'Australia/Sydney', 'en-US')).toBe(
      'Tue, Dec 3, 11:00 PM your time',
    );
    expect(formatInYourTime(afternoon, 'UTC', 'en-US')).toBe('');
    // London's clock reads as UTC's in winter, not in summer.
    expect(formatInYourTime(Date.UTC(2026, 0, 15, 15, 0), 'Europe/London', 'en-US')).toBe('');
    expect(formatInYourTime(Date.UTC(2026, 6, 1, 15, 0), 'Europe/London', 'en-US')).toBe('3:00 PM your time');
  });

  it('lists zones by the names in use today, with UTC and the zone an interview was saved in', () => {
    const names = timeZoneNames(['Etc/GMT+5']);
    expect(names[0]).toBe('UTC');
    expect(names).toContain('Asia/Kolkata');
    expect(names).toContain('Europe/Kyiv');
    expect(names).not.toContain('Asia/Calcutta');
    expect(names).toContain('Etc/GMT+5');
    expect(currentZoneName('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
  });

  it('names the zone only when it is not the user’s own', () => {
    // The tests run in UTC.
    expect(formatInstant(afternoon, 'UTC', 'en-US')).toBe('Tue, Dec 3, 2030, 7:00 PM');
  });

  it('tells the two readings of a repeated hour apart by their zone names', () => {
    expect(formatClockTimeWithZone(Date.UTC(2027, 10, 7, 5, 30), 'America/New_York', 'en-US')).toBe('1:30 AM EDT');
    expect(formatClockTimeWithZone(Date.UTC(2027, 10, 7, 6, 30), 'America/New_York', 'en-US')).toBe('1:30 AM EST');
  });

  it('writes a wall-clock time and a day naturally', () => {
    expect(formatWallTime('02:00', 'en-US')).toBe('2:00 AM');
    expect(formatWallTime('14:05', 'en-GB')).toBe('14:05');
    expect(formatDay(Date.UTC(2030, 11, 3, 12), 'UTC', 'en-US')).toBe('Tue, Dec 3, 2030');
  });
});

describe('calendarDate', () => {
  it("writes a page's day as the calendar does, in no time zone, and leaves other text as it is", () => {
    const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.UTC(2025, 5, 2),
    );
    expect(calendarDate('2025-06-02')).toBe(day);
    expect(calendarDate('June 2025')).toBe('June 2025');
    expect(calendarDate(undefined)).toBeUndefined();
  });
});

describe('formatCountdown', () => {
  const start = Date.UTC(2026, 11, 3, 14, 0);
  it.each([
    [start - 3 * DAY, 'in 3 days'],
    [start - DAY - 2 * HOUR, 'in 1 day'],
    [start - 5 * HOUR - 20 * MIN, 'in 5 h 20 min'],
    [start - HOUR - MIN, 'in 1 h 1 min'],
    [start - 12 * HOUR, 'in 12 h'],
    [start - 12 * MIN, 'in 12 min'],
    [start - 20_000, 'in 1 min'],
    [start + 10 * MIN, 'now'],
    [start + HOUR + MIN, '1 h 1 min ago'],
    [start + DAY + 2 * HOUR, '1 day ago'],
    [start + 2 * DAY, '2 days ago'],
  ])('at %d says %s', (now, expected) => {
    expect(formatCountdown(start, 60, now)).toBe(expected);
  });
});
