import { describe, expect, it } from 'vitest';
import { emptyInterviewForm, interviewToForm, parseInterviewForm } from '@/lib/interviews/form';
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
    [{ date: '2026-02-30' }, 'date', '2026-02-30 at 14:30 is not a date and time that exists.'],
    [{ date: 'next tuesday' }, 'date', 'Enter a date such as 2026-12-03.'],
    [{ date: '' }, 'date', 'Enter the date too, or clear the time.'],
    [{ time: '' }, 'time', 'Enter the start time too, or clear the date.'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone', 'Choose a time zone from the list, such as Europe/Berlin.'],
    [{ durationMinutes: '1.5' }, 'durationMinutes', 'Enter the length in whole minutes, from 1 to 1440.'],
    [{ meetingUrl: 'javascript:alert(1)' }, 'meetingUrl', 'Enter the full link, starting with https://'],
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
});
