import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyInterviewForm, interviewToForm, parseInterviewForm, repeatedTimeQuestion } from '@/lib/interviews/form';
import { readMeetingLink } from '@/lib/interviews/meeting-link';
import * as make from '../factories';

const filled = {
  ...emptyInterviewForm('Europe/Berlin'),
  companyName: '  Northwind Lumen ',
  role: 'COO',
  date: '2026-12-03',
  time: '14:30',
  meetingUrl: 'https://meet.example.com/abc',
  status: 'scheduled',
};

describe('parseInterviewForm', () => {
  it('says a partly typed date or time is incomplete, not missing', () => {
    const form = { ...emptyInterviewForm('Europe/London'), companyName: 'Acme' };
    const partDate = parseInterviewForm({ ...form, time: '14:30' }, { date: true });
    expect(!partDate.ok && partDate.errors).toEqual({
      date: 'This date is incomplete: fill in the day, the month and the year.',
    });
    const partTime = parseInterviewForm({ ...form, date: '2026-12-03' }, { time: true });
    expect(!partTime.ok && partTime.errors).toEqual({
      time: 'This time is incomplete: fill in the hours and the minutes.',
    });
    const missing = parseInterviewForm({ ...form, time: '14:30' });
    expect(!missing.ok && missing.errors).toEqual({ date: 'Enter the date too, or clear the time.' });
  });

  it('turns a filled form into what the database stores', () => {
    const result = parseInterviewForm(filled);
    expect(result).toEqual({
      ok: true,
      input: {
        companyName: 'Northwind Lumen',
        role: 'COO',
        round: '',
        startsAt: Date.UTC(2026, 11, 3, 13, 30),
        timeZone: 'Europe/Berlin',
        durationMinutes: 60,
        meetingUrl: 'https://meet.example.com/abc',
        status: 'scheduled',
      },
    });
  });

  it('accepts an interview with no date yet', () => {
    const result = parseInterviewForm({ ...filled, date: '', time: '' });
    expect(result.ok && result.input.startsAt).toBeNull();
  });

  it('refuses a missing company next to that field', () => {
    const result = parseInterviewForm({ ...filled, companyName: '   ' });
    expect(result).toEqual({ ok: false, errors: { companyName: 'Enter the company you are interviewing with.' } });
  });

  it.each([
    [{ date: '2026-02-30' }, 'date', 'Enter a date such as 2026-12-03 — “2026-02-30” is not a date.'],
    [{ date: '2026-13-40' }, 'date', 'Enter a date such as 2026-12-03 — “2026-13-40” is not a date.'],
    [{ date: 'next tuesday' }, 'date', 'Enter a date such as 2026-12-03 — “next tuesday” is not a date.'],
    [{ time: '25:00' }, 'time', 'Enter a time such as 14:30 — “25:00” is not a time.'],
    [{ date: '' }, 'date', 'Enter the date too, or clear the time.'],
    [{ time: '' }, 'time', 'Enter the start time too, or clear the date.'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'Choose a time zone from the list, such as Europe/Berlin.'],
    [{ durationMinutes: '1.5' }, 'durationMinutes', 'Enter the length in whole minutes, from 1 to 1440.'],
    [{ status: 'ghosted' }, 'status', 'Choose a status from the list.'],
  ])('refuses %o with a message on %s', (change, field, message) => {
    const result = parseInterviewForm({ ...filled, ...change });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({ [field]: message });
  });

  it('round-trips a stored interview through the form', () => {
    const interview = make.interview('c', { startsAt: Date.UTC(2026, 11, 3, 13, 30), timeZone: 'Europe/Berlin' });
    const values = interviewToForm(interview, 'Northwind Lumen');
    expect(values.date).toBe('2026-12-03');
    expect(values.time).toBe('14:30');
    const result = parseInterviewForm(values);
    expect(result.ok && result.input.startsAt).toBe(interview.startsAt);
  });

  it('says both when a malformed date comes with no time', () => {
    const result = parseInterviewForm({ ...filled, date: '2026-13-40', time: '' });
    expect(!result.ok && result.errors).toEqual({
      date: 'Enter a date such as 2026-12-03 — “2026-13-40” is not a date.',
      time: 'Enter the start time too, or clear the date.',
    });
  });
});

describe('a time the clocks skip or repeat', () => {
  // Dates outside the current year are written with their year: fix the year these tests are read in.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 5, 1));
  });
  afterEach(() => vi.useRealTimers());

  const newYork = { ...filled, timeZone: 'America/New_York' };

  it('refuses a time inside the gap, saying when the clocks jump', () => {
    const result = parseInterviewForm({ ...newYork, date: '2027-03-14', time: '02:30' });
    expect(!result.ok && result.errors).toEqual({
      time: '2:30 AM does not exist that night in New York: clocks go forward from 2:00 AM to 3:00 AM.',
    });
  });

  it.each([
    [
      'Europe/London',
      '2027-03-28',
      '01:30',
      '1:30 AM does not exist that night in London: clocks go forward from 1:00 AM to 2:00 AM.',
    ],
    [
      'Australia/Sydney',
      '2027-10-03',
      '02:30',
      '2:30 AM does not exist that night in Sydney: clocks go forward from 2:00 AM to 3:00 AM.',
    ],
    [
      'America/Los_Angeles',
      '2027-03-14',
      '02:00',
      '2:00 AM does not exist that night in Los Angeles: clocks go forward from 2:00 AM to 3:00 AM.',
    ],
    [
      'Australia/Lord_Howe',
      '2027-10-03',
      '02:15',
      '2:15 AM does not exist that night in Lord Howe: clocks go forward from 2:00 AM to 2:30 AM.',
    ],
  ])('refuses the gap in %s too', (timeZone, date, time, message) => {
    const result = parseInterviewForm({ ...filled, timeZone, date, time });
    expect(!result.ok && result.errors).toEqual({ time: message });
  });

  it('asks which of the two when the hour repeats, and saves the one chosen', () => {
    const values = { ...newYork, date: '2027-11-07', time: '01:30' };
    expect(repeatedTimeQuestion(values, 'en-US')).toEqual({
      question: '1:30 AM comes twice that night in New York: clocks go back an hour. Which one is it?',
      options: [
        { choice: 'first', instant: Date.UTC(2027, 10, 7, 5, 30), label: '1:30 AM EDT (first)' },
        { choice: 'second', instant: Date.UTC(2027, 10, 7, 6, 30), label: '1:30 AM EST (second)' },
      ],
    });
    expect(parseInterviewForm(values)).toEqual({
      ok: false,
      errors: { repeatedTime: 'Choose which 1:30 AM you mean.' },
    });
    const first = parseInterviewForm({ ...values, repeatedTime: 'first' });
    const second = parseInterviewForm({ ...values, repeatedTime: 'second' });
    expect(first.ok && first.input.startsAt).toBe(Date.UTC(2027, 10, 7, 5, 30));
    expect(second.ok && second.input.startsAt).toBe(Date.UTC(2027, 10, 7, 6, 30));
  });

  it('asks nothing for an ordinary time, and ignores a choice left from another', () => {
    expect(repeatedTimeQuestion(filled)).toBeNull();
    const result = parseInterviewForm({ ...filled, repeatedTime: 'second' });
    expect(result.ok && result.input.startsAt).toBe(Date.UTC(2026, 11, 3, 13, 30));
  });

  it.each([
    ['Europe/London', '2027-10-31', '01:30'],
    ['Australia/Sydney', '2027-04-04', '02:30'],
    ['America/Los_Angeles', '2027-11-07', '01:15'],
  ])('asks in %s too', (timeZone, date, time) => {
    expect(repeatedTimeQuestion({ ...filled, timeZone, date, time })?.options).toHaveLength(2);
  });

  it('says how far the clocks go back when it is not an hour', () => {
    const values = { ...filled, timeZone: 'Australia/Lord_Howe', date: '2027-04-04', time: '01:45' };
    expect(repeatedTimeQuestion(values, 'en-US')?.question).toBe(
      '1:45 AM comes twice that night in Lord Howe: clocks go back 30 minutes. Which one is it?',
    );
  });

  it.each([
    ['first', Date.UTC(2027, 10, 7, 5, 30)],
    ['second', Date.UTC(2027, 10, 7, 6, 30)],
  ])('keeps the %s reading of a stored repeated time through the form', (choice, startsAt) => {
    const interview = make.interview('c', { startsAt, timeZone: 'America/New_York' });
    const values = interviewToForm(interview, 'Northwind Lumen');
    expect(values).toMatchObject({ date: '2027-11-07', time: '01:30', repeatedTime: choice });
    const result = parseInterviewForm(values);
    expect(result.ok && result.input.startsAt).toBe(startsAt);
  });
});

describe('meeting links', () => {
  it.each([
    ['meet.google.com/abc-defg-hij', 'https://meet.google.com/abc-defg-hij'],
    ['zoom.us/j/123', 'https://zoom.us/j/123'],
    ['us02web.zoom.us/j/85012345678?pwd=abc', 'https://us02web.zoom.us/j/85012345678?pwd=abc'],
    [
      'teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
    ],
    ['  https://x.y  ', 'https://x.y'],
    ['//meet.google.com/abc-defg-hij', 'https://meet.google.com/abc-defg-hij'],
    ['meet.example.com:8443/room', 'https://meet.example.com:8443/room'],
    ['http://intranet.example/call', 'http://intranet.example/call'],
    ['', ''],
    ['   ', ''],
  ])('keeps %j as %j', (typed, stored) => {
    expect(readMeetingLink(typed)).toBe(stored);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://files.example.com/call',
    'call me',
    'zoom',
    'https://',
    'zoom.us/j/123 passcode 456',
  ])('refuses %j', (typed) => {
    expect(readMeetingLink(typed)).toBeNull();
    const result = parseInterviewForm({ ...filled, meetingUrl: typed });
    expect(!result.ok && result.errors).toEqual({
      meetingUrl: 'Enter a web link such as meet.google.com/abc-defg-hij or https://zoom.us/j/123.',
    });
  });

  it('stores a link typed the way calendars show it with https://', () => {
    const result = parseInterviewForm({ ...filled, meetingUrl: 'meet.google.com/abc-defg-hij' });
    expect(result.ok && result.input.meetingUrl).toBe('https://meet.google.com/abc-defg-hij');
  });
});
