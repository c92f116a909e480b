import { describe, expect, it } from 'vitest';
import { formatCountdown, instantToZonedParts, isTimeZone, zonedTimeToInstant } from '@/lib/time';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('zonedTimeToInstant', () => {
  it.each([
    ['2026-12-03', '14:30', 'Europe/Berlin', Date.UTC(2026, 11, 3, 13, 30)],
    ['2026-07-03', '14:30', 'Europe/Berlin', Date.UTC(2026, 6, 3, 12, 30)],
    ['2026-12-03', '09:00', 'America/New_York', Date.UTC(2026, 11, 3, 14, 0)],
    ['2026-12-03', '09:00', 'Asia/Kolkata', Date.UTC(2026, 11, 3, 3, 30)],
    ['2026-12-03', '09:00', 'UTC', Date.UTC(2026, 11, 3, 9, 0)],
  ])('reads %s %s in %s as the right instant', (date, time, zone, expected) => {
    expect(zonedTimeToInstant(date, time, zone)).toBe(expected);
  });

  it('reads a time inside the spring-forward gap forward', () => {
    // 2026-03-29 02:30 does not exist in Berlin: clocks jump from 02:00 to 03:00.
    expect(zonedTimeToInstant('2026-03-29', '02:30', 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it.each([
    ['2026-02-30', '10:00'],
    ['2026-13-01', '10:00'],
    ['03/12/2026', '10:00'],
    ['2026-12-03', '25:00'],
    ['2026-12-03', 'noon'],
    ['', '10:00'],
  ])('refuses %s %s', (date, time) => {
    expect(zonedTimeToInstant(date, time, 'Europe/Berlin')).toBeNull();
  });

  it('refuses an unknown zone', () => {
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(zonedTimeToInstant('2026-12-03', '10:00', 'Mars/Olympus')).toBeNull();
  });

  it('round-trips through instantToZonedParts', () => {
    const instant = zonedTimeToInstant('2026-10-25', '02:15', 'Europe/London');
    expect(instant).not.toBeNull();
    expect(instantToZonedParts(instant as number, 'Europe/London')).toEqual({ date: '2026-10-25', time: '02:15' });
  });
});

describe('formatCountdown', () => {
  const start = Date.UTC(2026, 11, 3, 14, 0);
  it.each([
    [start - 3 * DAY, 'in 3 days'],
    [start - DAY - 2 * HOUR, 'in 1 day'],
    [start - 5 * HOUR - 20 * MIN, 'in 5 h 20 min'],
    [start - 12 * HOUR, 'in 12 h'],
    [start - 12 * MIN, 'in 12 min'],
    [start - 20_000, 'in 1 min'],
    [start + 10 * MIN, 'now'],
    [start + 2 * DAY, '2 days ago'],
  ])('at %d says %s', (now, expected) => {
    expect(formatCountdown(start, 60, now)).toBe(expected);
  });
});
