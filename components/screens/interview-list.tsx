import { useState } from 'react';
import type { InterviewWithCompany } from '@/lib/db/interviews';
import { groupInterviews } from '@/lib/interviews/order';
import { formatCountdown, formatInstant } from '@/lib/time';
import { CaptureButton } from '../controls/capture-button';
import { MarkDoneOffer } from '../controls/mark-done-offer';
import { statusLabels } from '../controls/status-labels';
import { StorageStatus } from '../controls/storage-status';
import { YourTime } from '../controls/your-time';
import { useInterviews } from '../hooks/live-queries';
import { routeHref } from '../hooks/use-hash-route';
import { useNow } from '../hooks/use-now';

export function InterviewList() {
  const interviews = useInterviews();
  const now = useNow();
  if (!interviews) return <p className="loading">Loading your interviews…</p>;
  const groups = groupInterviews(interviews, now);

  return (
    <div className="interview-list">
      <header className="view-header">
        <h1>Interviews</h1>
        <div className="actions tight">
          <CaptureButton />
          <a className="button" href={routeHref({ name: 'stories' })}>
            Stories
          </a>
          <a className="button primary" href={routeHref({ name: 'new' })}>
            New interview
          </a>
        </div>
      </header>
      {interviews.length === 0 && (
        <div className="empty">
          <p>
            <strong>No interviews yet.</strong>
          </p>
          <p>
            Create one for each interview round: the company, the role, when it is and who is on the panel. Dossier
            keeps its research, your questions and notes together, in this browser only.
          </p>
        </div>
      )}
      <InterviewGroup title="Upcoming" items={groups.upcoming} now={now} />
      <InterviewGroup title="Not scheduled yet" items={groups.unscheduled} now={now} />
      <InterviewGroup title="Past" items={groups.past} now={now} firstShown={PAST_SHOWN} />
      <StorageStatus />
    </div>
  );
}

/** Past interviews beyond the most recent few wait behind a button: the list is about what comes next. */
const PAST_SHOWN = 10;

interface InterviewGroupProps {
  title: string;
  items: InterviewWithCompany[];
  now: number;
  firstShown?: number;
}

function InterviewGroup({ title, items, now, firstShown = Number.POSITIVE_INFINITY }: InterviewGroupProps) {
  const [showAll, setShowAll] = useState(false);
  if (items.length === 0) return null;
  const shown = showAll ? items : items.slice(0, firstShown);
  const headingId = `group-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="group-title">
        {title} <span className="count">{items.length}</span>
      </h2>
      <ul className="cards">
        {shown.map(({ interview, company }) => (
          <li key={interview.id}>
            <a className="card interview-card" href={routeHref({ name: 'dossier', id: interview.id })}>
              <span className="card-title">{company.name}</span>
              {(interview.role || interview.round) && (
                <span className="card-line">{[interview.role, interview.round].filter(Boolean).join(' · ')}</span>
              )}
              <span className="card-meta">
                {interview.startsAt !== null && (
                  <>
                    <span>{formatInstant(interview.startsAt, interview.timeZone)}</span>
                    <YourTime instant={interview.startsAt} timeZone={interview.timeZone} />
                    <span className="countdown">
                      {formatCountdown(interview.startsAt, interview.durationMinutes, now)}
                    </span>
                  </>
                )}
                <span className={`status status-${interview.status}`}>{statusLabels[interview.status]}</span>
              </span>
            </a>
            <MarkDoneOffer interview={interview} now={now} companyName={company.name} />
          </li>
        ))}
      </ul>
      {shown.length < items.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show all {items.length} {title.toLowerCase()} interviews
        </button>
      )}
    </section>
  );
}
