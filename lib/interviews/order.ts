import type { InterviewWithCompany } from '@/lib/db/interviews';

export interface InterviewGroups {
  /** Still to come or running now, soonest first. */
  upcoming: InterviewWithCompany[];
  /** No date fixed yet, most recently edited first. */
  unscheduled: InterviewWithCompany[];
  /** Over (or cancelled), most recent first. */
  past: InterviewWithCompany[];
}

const DEFAULT_DURATION_MINUTES = 60;
const closedStatuses = new Set(['completed', 'offer', 'declined', 'cancelled']);

/** Sorts interviews the way the list shows them: the next one at the top. */
export function groupInterviews(items: InterviewWithCompany[], now: number): InterviewGroups {
  const groups: InterviewGroups = { upcoming: [], unscheduled: [], past: [] };
  for (const item of items) {
    const { startsAt, durationMinutes, status } = item.interview;
    if (startsAt === null) {
      (closedStatuses.has(status) ? groups.past : groups.unscheduled).push(item);
      continue;
    }
    const end = startsAt + (durationMinutes ?? DEFAULT_DURATION_MINUTES) * 60_000;
    (end > now && status !== 'cancelled' ? groups.upcoming : groups.past).push(item);
  }
  const start = (item: InterviewWithCompany) => item.interview.startsAt ?? item.interview.updatedAt;
  groups.upcoming.sort((a, b) => start(a) - start(b));
  groups.unscheduled.sort((a, b) => b.interview.updatedAt - a.interview.updatedAt);
  groups.past.sort((a, b) => start(b) - start(a));
  return groups;
}
