import { setInterviewStatus } from '@/lib/db/interviews';
import { endedButScheduled } from '@/lib/interviews/order';
import type { Interview } from '@/lib/schema';
import { formatDay } from '@/lib/time';
import { useWrite } from '../hooks/use-write';

/**
 * An interview that is over but still says Scheduled: offers to mark it done, so the list and the dossier
 * stop treating it as something to prepare for.
 */
export function MarkDoneOffer({
  interview,
  now,
  companyName,
}: {
  interview: Interview;
  now: number;
  companyName?: string;
}) {
  const write = useWrite();
  if (interview.startsAt === null || !endedButScheduled(interview, now)) return null;
  const day = formatDay(interview.startsAt, interview.timeZone);
  return (
    <div className="notice mark-done">
      <p>
        {companyName ? `The interview with ${companyName}` : 'This interview'} was on {day} — mark it done?
      </p>
      <button
        type="button"
        aria-label={companyName ? `Mark the interview with ${companyName} done` : undefined}
        onClick={() => write.run('Not marked done', () => setInterviewStatus(interview.id, 'completed'))}
      >
        Mark it done
      </button>
      {write.error && (
        <p className="error" role="alert">
          {write.error}
        </p>
      )}
    </div>
  );
}
