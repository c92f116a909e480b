import type { InterviewWithCompany } from '@/lib/db/interviews';
import type { Interview } from '@/lib/schema';

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

/**
 * True when the interview is over (its start plus its length is past) but still says Scheduled: the
 * user most likely had it and has not said so yet.
 */
export function endedButScheduled(interview: Interview, now: number): boolean {
  if (interview.status !== 'scheduled' || interview.startsAt === null) return false;
  return interview.startsAt + (interview.durationMinutes ?? DEFAULT_DURATION_MINUTES) * 60_000 <= now;
}
