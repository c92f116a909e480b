import { deleteInterview } from '@/lib/db/interviews';
import type { Company, Interview } from '@/lib/schema';
import { plural } from '@/lib/text/plural';
import { formatCountdown, formatInstant } from '@/lib/time';
import { CaptureButton } from '../controls/capture-button';
import { ConfirmButton } from '../controls/confirm-button';
import { MarkDoneOffer } from '../controls/mark-done-offer';
import { statusLabels } from '../controls/status-labels';
import { YourTime } from '../controls/your-time';
import { CompanySection } from '../dossier/company-section';
import { DossierSection } from '../dossier/dossier-section';
import { NotesSection } from '../dossier/notes-section';
import { PeopleSection } from '../dossier/people-section';
import { QuestionsSection } from '../dossier/questions-section';
import { SourcesSection } from '../dossier/sources-section';
import { useInterview, useInterviewDeletionImpact } from '../hooks/live-queries';
import { navigate, routeHref } from '../hooks/use-hash-route';
import { useModule } from '../hooks/use-module';
import { useNow } from '../hooks/use-now';
import { loadStoryViews } from './load-story-views';
import { MissingInterview } from './missing-interview';

const sections = [
  ['company', 'Company'],
  ['people', 'People'],
  ['pages', 'Pages'],
  ['questions', 'Questions'],
  ['stories', 'Stories'],
  ['notes', 'Notes'],
  ['brief', 'Brief'],
] as const;

/** Everything kept for one interview round. */
export function Dossier({ interviewId }: { interviewId: string }) {
  const record = useInterview(interviewId);
  if (record === undefined) return <p className="loading">Loading the dossier…</p>;
  if (record === null) return <MissingInterview />;
  const { interview, company } = record;

  return (
    <article className="dossier">
      <a className="back" href={routeHref({ name: 'list' })}>
        ← All interviews
      </a>
      <DossierHeader interview={interview} company={company} />
      <nav className="jump" aria-label="Sections">
        {sections.map(([id, title]) => (
          <a key={id} href={`#/interview/${encodeURIComponent(interviewId)}`} onClick={(event) => jumpTo(event, id)}>
            {title}
          </a>
        ))}
      </nav>
      <CompanySection companyName={company.name} companyId={company.id} />
      <PeopleSection interviewId={interviewId} companyName={company.name} companyId={company.id} />
      <SourcesSection companyId={company.id} />
      <QuestionsSection interviewId={interviewId} />
      <LazyStoriesSection interviewId={interviewId} companyId={company.id} />
      <NotesSection interviewId={interviewId} />
      <EmptySection id="brief" title="Brief">
        The one-screen brief to read before the call: the company in five lines, a card per interviewer, your stories
        and questions, ready to export or print.
      </EmptySection>
    </article>
  );
}

function DossierHeader({ interview, company }: { interview: Interview; company: Company }) {
  const now = useNow();
  const impact = useInterviewDeletionImpact(interview.id);
  return (
    <header className="dossier-header">
      <h1>{company.name}</h1>
      {(interview.role || interview.round) && (
        <p className="subtitle">{[interview.role, interview.round].filter(Boolean).join(' · ')}</p>
      )}
      <p className="card-meta">
        {interview.startsAt === null ? (
          <span>No date yet</span>
        ) : (
          <>
            <span>{formatInstant(interview.startsAt, interview.timeZone)}</span>
            <YourTime instant={interview.startsAt} timeZone={interview.timeZone} />
            <span className="countdown">{formatCountdown(interview.startsAt, interview.durationMinutes, now)}</span>
          </>
        )}
        <span className={`status status-${interview.status}`}>{statusLabels[interview.status]}</span>
      </p>
      <MarkDoneOffer interview={interview} now={now} />
      <div className="actions">
        {interview.meetingUrl && (
          <a className="button primary" href={interview.meetingUrl} target="_blank" rel="noopener noreferrer">
            Join the call
          </a>
        )}
        {/* At the top, where research starts: a long dossier would otherwise hide it. */}
        <CaptureButton interviewId={interview.id} />
        <a className="button" href={routeHref({ name: 'edit', id: interview.id })}>
          Edit
        </a>
        <ConfirmButton
          label="Delete"
          ariaLabel="Delete this interview"
          question={deletionQuestion(company.name, impact)}
          onConfirm={async () => {
            await deleteInterview(interview.id);
            navigate({ name: 'list' });
          }}
        />
      </div>
    </header>
  );
}

function deletionQuestion(companyName: string, impact: ReturnType<typeof useInterviewDeletionImpact>): string {
  if (!impact) return 'Delete this interview?';
  const owned = `Its ${plural(impact.questions, 'question')} and ${plural(impact.notes, 'note')} go with it.`;
  const research =
    impact.otherRounds > 0
      ? `${companyName}'s research stays for the other ${plural(impact.otherRounds, 'round')}.`
      : `It is the only round at ${companyName}, so the company's research (${plural(impact.people, 'person', 'people')}) goes too.`;
  return `Delete this interview? ${owned} ${research}`;
}

function jumpTo(event: React.MouseEvent, id: string) {
  // The hash holds the route, so the jump links scroll instead of navigating.
  event.preventDefault();
  const section = document.getElementById(id);
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  section?.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'start' });
  section?.focus({ preventScroll: true });
}

/** A section whose content comes with a later part of the product: it says what will fill it. */
function EmptySection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <DossierSection id={id} title={title}>
      <p className="empty-state">{children}</p>
    </DossierSection>
  );
}

function LazyStoriesSection(props: { interviewId: string; companyId: string }) {
  const views = useModule(loadStoryViews);
  if (!views) {
    return (
      <DossierSection id="stories" title="Stories">
        <p className="loading">Matching your stories…</p>
      </DossierSection>
    );
  }
  return <views.StoriesSection {...props} />;
}
