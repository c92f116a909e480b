import { describe, expect, it } from 'vitest';
import { endedButScheduled, groupInterviews } from '@/lib/interviews/order';
import * as make from '../factories';

const now = Date.UTC(2026, 10, 21, 12, 0);
const HOUR = 3_600_000;
const company = make.company();
const item = (overrides: Parameters<typeof make.interview>[1]) => ({
  interview: make.interview(company.id, overrides),
  company,
});

describe('groupInterviews', () => {
  it('puts the soonest upcoming first, then undated, then the most recent past', () => {
    const later = item({ round: 'later', startsAt: now + 48 * HOUR });
    const soon = item({ round: 'soon', startsAt: now + 2 * HOUR });
    const running = item({ round: 'running', startsAt: now - 30 * 60_000, durationMinutes: 60 });
    const undated = item({ round: 'undated', startsAt: null, status: 'preparing' });
    const lastWeek = item({ round: 'last week', startsAt: now - 7 * 24 * HOUR });
    const yesterday = item({ round: 'yesterday', startsAt: now - 24 * HOUR });
    const cancelled = item({ round: 'cancelled', startsAt: now + 5 * HOUR, status: 'cancelled' });

    const groups = groupInterviews([later, lastWeek, undated, soon, yesterday, running, cancelled], now);
    const rounds = (list: typeof groups.upcoming) => list.map((entry) => entry.interview.round);
    expect(rounds(groups.upcoming)).toEqual(['running', 'soon', 'later']);
    expect(rounds(groups.unscheduled)).toEqual(['undated']);
    expect(rounds(groups.past)).toEqual(['cancelled', 'yesterday', 'last week']);
  });
});

describe('endedButScheduled', () => {
  it.each([
    ['ended yesterday, still Scheduled', { startsAt: now - 24 * HOUR, status: 'scheduled' }, true],
    ['ended a minute ago', { startsAt: now - 61 * 60_000, durationMinutes: 60, status: 'scheduled' }, true],
    ['still running', { startsAt: now - 30 * 60_000, durationMinutes: 60, status: 'scheduled' }, false],
    ['to come', { startsAt: now + HOUR, status: 'scheduled' }, false],
    ['already Completed', { startsAt: now - 24 * HOUR, status: 'completed' }, false],
    ['Cancelled', { startsAt: now - 24 * HOUR, status: 'cancelled' }, false],
    ['with no date', { startsAt: null, status: 'scheduled' }, false],
  ] as const)('%s', (_, overrides, expected) => {
    expect(endedButScheduled(make.interview(company.id, overrides), now)).toBe(expected);
  });
});
