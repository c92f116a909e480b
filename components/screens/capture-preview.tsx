import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { companyNameOf, identityOf, peopleOf } from '@/lib/capture/page-model';
import { defaultTarget, type InterviewMatch, knownPeopleFor, matchInterviews } from '@/lib/db/capture-targets';
import {
  lastCapturedAt,
  MIN_CULTURE_WORDS,
  type SaveReport,
  type SelectionReport,
  saveCapture,
  saveSelection,
  type UndoResult,
  undoCapture,
  undoSelection,
} from '@/lib/db/captures';
import type { InterviewWithCompany } from '@/lib/db/interviews';
import { writeErrorMessage } from '@/lib/db/write-error';
import { keepReviewDraft, loadReviewDraft, type ReviewDraft } from '@/lib/drafts/review-draft';
import { clearPendingCapture, requestCapture, restorePendingCapture, type WaitingCapture } from '@/lib/messages';
import type { Capture, newsEventTypes, PendingCapture } from '@/lib/schema/capture';
import { normalizeName } from '@/lib/text/normalize-name';
import { plural } from '@/lib/text/plural';
import { calendarDate } from '@/lib/time';
import { CaptureButton } from '../controls/capture-button';
import { Field } from '../controls/field';
import { hostOf } from '../controls/pending-capture-notice';
import { SafeLink } from '../controls/safe-link';
import { UndoNotice } from '../controls/undo-notice';
import { useInterview, useInterviews } from '../hooks/live-queries';
import { navigate, routeHref } from '../hooks/use-hash-route';
import { usePendingCaptures } from '../hooks/use-pending-capture';

const kindLabels: Record<Capture['kind'], string> = {
  team: 'Team page',
  person: 'Profile',
  job: 'Job posting',
  company: 'Company page',
  news: 'News',
  other: 'Page',
};

const capturedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const eventLabels: Record<(typeof newsEventTypes)[number], string> = {
  hire: 'Hire',
  departure: 'Departure',
  funding: 'Funding',
  acquisition: 'Acquisition',
  launch: 'Launch',
  partnership: 'Partnership',
  results: 'Results',
  other: 'Other',
};

/**
 * What a capture found, for the user to review, tick the interviewers and keep. Captures wait side by
 * side: the preview opens on the newest, and one that arrives meanwhile never takes the review away; it
 * is listed above, to review next.
 */
export function CapturePreview({ fromInterviewId }: { fromInterviewId?: string }) {
  const waiting = usePendingCaptures();
  const interviews = useInterviews();
  const [shownKey, setShownKey] = useState<string | undefined>();
  // Kept here: saving removes the capture, which takes the review away. A capture that arrives after
  // the save replaces the summary with its own review.
  const [saved, setSaved] = useState<{ report: SaveReport | SelectionReport; waitingThen: string[] } | undefined>();
  // What the user chose on each review (interviewers ticked, where to save), kept while they look at another.
  const drafts = useRef(new Map<string, ReviewDraft>());
  // The capture last discarded, for its Undo: with its key, so that its draft comes back with it.
  const [discarded, setDiscarded] = useState<WaitingCapture | undefined>();
  const shown = waiting?.find(({ key }) => key === shownKey) ?? waiting?.at(-1);
  const arrivedSinceSave = !!saved && !!waiting?.some(({ key }) => !saved.waitingThen.includes(key));
  const newestKey = waiting?.at(-1)?.key;
  useEffect(() => {
    // A capture that arrives after a save is shown in its place, for good: the summary does not come back.
    if (arrivedSinceSave) {
      setSaved(undefined);
      setShownKey(newestKey);
    } else if (!saved && shown && shown.key !== shownKey) setShownKey(shown.key);
  }, [shown, shownKey, saved, arrivedSinceSave, newestKey]);
  if (waiting === undefined || !interviews) return <p className="loading">Reading the page…</p>;
  const others = waiting.filter(({ key }) => key !== shown?.key).reverse();
  const review = (key: string) => {
    setSaved(undefined);
    setShownKey(key);
  };
  const draftOf = (key: string) => {
    const draft = drafts.current.get(key) ?? loadReviewDraft(key);
    drafts.current.set(key, draft);
    return draft;
  };
  if (saved && !arrivedSinceSave) {
    return (
      <>
        {'factId' in saved.report ? <SelectionSaved report={saved.report} /> : <SaveSummary report={saved.report} />}
        <AlsoWaiting waiting={[...waiting].reverse()} onReview={review} />
      </>
    );
  }
  const onSaved = (report: SaveReport | SelectionReport) => {
    setDiscarded(undefined);
    setSaved({ report, waitingThen: waiting.map(({ key }) => key) });
  };
  const discard = (entry: WaitingCapture) => {
    setDiscarded(entry);
    void clearPendingCapture(entry.key);
  };
  const pending = shown?.pending;
  return (
    <div className="capture">
      <a
        className="back"
        href={routeHref(fromInterviewId ? { name: 'dossier', id: fromInterviewId } : { name: 'list' })}
      >
        ← Back
      </a>
      {discarded && (
        <UndoNotice
          key={discarded.key}
          text={`Discarded: ${waitingLabel(discarded.pending)}.`}
          onUndo={async () => {
            await restorePendingCapture(discarded);
            review(discarded.key);
          }}
          onDone={() => setDiscarded(undefined)}
        />
      )}
      <AlsoWaiting waiting={others} onReview={review} />
      {!shown && <NothingCaptured fromInterviewId={fromInterviewId} />}
      {shown && pending?.status === 'failed' && (
        <CaptureProblem key={shown.key} pending={pending} pendingKey={shown.key} />
      )}
      {shown && pending?.status === 'selection' && (
        <SelectionReview
          key={shown.key}
          pending={pending}
          pendingKey={shown.key}
          onDiscard={() => discard(shown)}
          draft={draftOf(shown.key)}
          interviews={interviews}
          fromInterviewId={fromInterviewId}
          onSaved={onSaved}
        />
      )}
      {shown && pending?.status === 'captured' && (
        <CaptureReview
          key={shown.key}
          capture={pending.capture}
          pendingKey={shown.key}
          onDiscard={() => discard(shown)}
          draft={draftOf(shown.key)}
          interviews={interviews}
          fromInterviewId={fromInterviewId}
          onSaved={onSaved}
        />
      )}
    </div>
  );
}

/** The other captures waiting for review, newest first, each one click from its own review. */
function AlsoWaiting({ waiting, onReview }: { waiting: WaitingCapture[]; onReview: (key: string) => void }) {
  if (waiting.length === 0) return null;
  return (
    <section className="notice also-waiting" aria-labelledby="also-waiting">
      <h2 id="also-waiting">
        {waiting.length === 1 ? 'One more capture waits' : `${waiting.length} more captures wait`}
      </h2>
      <ul className="plain-list">
        {waiting.map(({ key, pending }) => (
          <li key={key}>
            <span className="text-block">{waitingLabel(pending)}</span>{' '}
            <button type="button" className="subtle" onClick={() => onReview(key)}>
              Review it
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function waitingLabel(pending: PendingCapture): string {
  const time = new Date(pending.at).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  if (pending.status === 'failed') return `A capture that did not work (${time})`;
  if (pending.status === 'selection') return `Selection from ${pending.title || hostOf(pending.url)} (${time})`;
  return `${kindLabels[pending.capture.kind]}: ${pending.capture.title || hostOf(pending.capture.url)} (${time})`;
}

function NothingCaptured({ fromInterviewId }: { fromInterviewId?: string }) {
  return (
    <div className="empty">
      <h1>Nothing captured yet</h1>
      <p>
        Open a company's team, about or careers page, an interviewer's bio or profile, a job posting or a news story,
        then choose Capture this page, press Alt+Shift+S, or right-click the page and choose Capture this page into
        Dossier.
      </p>
      <CaptureButton interviewId={fromInterviewId} />
    </div>
  );
}

function CaptureProblem({
  pending,
  pendingKey,
}: {
  pending: Extract<PendingCapture, { status: 'failed' }>;
  pendingKey: string;
}) {
  const [busy, setBusy] = useState(false);
  const retry = async () => {
    setBusy(true);
    try {
      await requestCapture();
      await clearPendingCapture(pendingKey);
    } finally {
      setBusy(false);
    }
  };
  // Once the user allows the site the browser offered them, the capture they asked for goes ahead.
  useEffect(() => {
    if (!pending.accessRequested) return;
    const onAdded = (added: { origins?: string[] }) => {
      if (added.origins?.length) void retry();
    };
    browser.permissions.onAdded.addListener(onAdded);
    return () => browser.permissions.onAdded.removeListener(onAdded);
  });
  return (
    <div className="empty" role="alert">
      <h1>{pending.accessRequested ? 'Allow Dossier to read this site' : 'This page was not captured'}</h1>
      <p>{pending.message}</p>
      {/* Trying again may end where it began: the time says it did try. */}
      <p className="hint">
        Tried at{' '}
        {new Date(pending.at).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit', second: '2-digit' })}.
      </p>
      <div className="actions">
        {/* A browser's own page or a store stays out of reach: trying again cannot help. */}
        {pending.problem !== 'restricted' && (
          <button type="button" disabled={busy} onClick={retry}>
            {busy ? 'Reading the page…' : 'Try again'}
          </button>
        )}
        <button type="button" onClick={() => void clearPendingCapture(pendingKey)}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

/** After a capture the shortcut allowed, the user may let the panel's button read the site from now on. */
function AllowSite({ url }: { url: string }) {
  const origin = /^https?:/i.test(url) ? new URL(url).origin : undefined;
  const granted = useLiveQuery(
    async () => (origin ? browser.permissions.contains({ origins: [`${origin}/*`] }) : true),
    [origin],
  );
  const [asked, setAsked] = useState(false);
  if (!origin || granted !== false || asked) return null;
  return (
    <p className="hint">
      <button
        type="button"
        className="subtle"
        onClick={() => {
          // Asked for in the click itself: browsers grant permissions only during the user's gesture.
          setAsked(true);
          void browser.permissions.request({ origins: [`${origin}/*`] });
        }}
      >
        Let the Capture button read {new URL(origin).host}
      </button>
    </p>
  );
}

/** A review's choices so far, kept by the preview while the user looks at another capture. */
interface ReviewProps {
  /** The waiting capture's key: saving it removes it. */
  pendingKey: string;
  /** Takes the capture away, with an Undo. */
  onDiscard: () => void;
  /** Written as the user chooses, read when the review opens again. */
  draft: ReviewDraft;
  interviews: InterviewWithCompany[];
  fromInterviewId?: string;
}

function CaptureReview({
  capture,
  pendingKey,
  onDiscard,
  draft,
  interviews,
  fromInterviewId,
  onSaved,
}: ReviewProps & { capture: Capture; onSaved: (report: SaveReport) => void }) {
  const matches = useLiveQuery(() => matchInterviews(identityOf(capture)), [capture]);
  const [interviewers, setInterviewers] = useState<Set<string>>(() => new Set(draft.interviewers));
  const pageCompany = companyNameOf(capture);
  const [chosen, setChosen] = useState<string | undefined>(draft.chosen);
  const [newCompany, setNewCompany] = useState(draft.newCompany ?? pageCompany ?? '');
  draft.interviewers = [...interviewers];
  draft.chosen = chosen;
  draft.newCompany = newCompany;
  useEffect(() => keepReviewDraft(pendingKey, draft));
  const target = chosen ?? defaultTarget(matches ?? [], fromInterviewId, !!pageCompany);
  const known = useLiveQuery(() => knownPeopleFor(target), [target]);
  const capturedBefore = useLiveQuery(() => lastCapturedAt(capture.url, target), [capture.url, target]);

  const toggle = (name: string, on: boolean) =>
    setInterviewers((current) => {
      const next = new Set(current);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });

  return (
    <article className="capture-review">
      <header>
        <p className="card-meta">
          <span className="status">{kindLabels[capture.kind]}</span>
          <SafeLink href={capture.url}>{new URL(capture.url).host}</SafeLink>
        </p>
        <h1>{capture.title || capture.url}</h1>
        <AllowSite url={capture.url} />
        {capturedBefore !== undefined && (
          <p className="hint">
            {`You captured this page on ${capturedFormat.format(capturedBefore)}: saving it again updates what it gave.`}
          </p>
        )}
        {capture.partial && (
          <p className="hint">This page is very large: Dossier read what it could in its time limit, below.</p>
        )}
        {foundNothing(capture) && (
          <p className="hint" role="status">
            Dossier found no people, facts, posting or story on this page: saving keeps only a link to it. If it is an
            error page, or had not finished loading, discard it and capture it again.
          </p>
        )}
      </header>
      <PeopleFound capture={capture} interviewers={interviewers} known={known} onToggle={toggle} />
      <CompanyFound capture={capture} />
      <JobFound capture={capture} />
      <NewsFound capture={capture} />
      <ProfileFound capture={capture} />
      {capture.culture.words >= MIN_CULTURE_WORDS && (
        <section aria-labelledby="culture-found">
          <h2 id="culture-found">Culture</h2>
          <p className="section-summary">
            {capture.culture.words} words of the page's own text: “we/our” {capture.culture.wePerThousand} per 1,000,
            “I/my” {capture.culture.iPerThousand}, “you” {capture.culture.youPerThousand}.
            {capture.culture.valuesWords.length > 0 && ` Values words: ${capture.culture.valuesWords.join(', ')}.`}
          </p>
        </section>
      )}
      <SaveTo
        pendingKey={pendingKey}
        onDiscard={onDiscard}
        interviews={interviews}
        matches={matches}
        target={target}
        onChoose={setChosen}
        fromInterviewId={fromInterviewId}
        pageCompany={pageCompany}
        newLabel={`A new interview at ${newCompany.trim() || new URL(capture.url).host}`}
        newCompany={{ value: newCompany, onChange: setNewCompany }}
        onSave={async (interviewId) => {
          const report = await saveCapture({
            capture,
            interviewId: interviewId || null,
            interviewers: [...interviewers],
            ...(newCompany.trim() ? { companyName: newCompany.trim() } : {}),
          });
          onSaved(report);
        }}
      />
    </article>
  );
}

function foundNothing(capture: Capture): boolean {
  return (
    capture.people.length === 0 &&
    capture.facts.length === 0 &&
    !capture.job &&
    !capture.news &&
    !(capture.person && capture.kind === 'person')
  );
}

function PeopleFound({
  capture,
  interviewers,
  known,
  onToggle,
}: {
  capture: Capture;
  interviewers: Set<string>;
  /** Who the dossier chosen to save to knows already: its round's panel, or its company's people. */
  known: Map<string, 'panel' | 'known'> | undefined;
  onToggle: (name: string, on: boolean) => void;
}) {
  const people = peopleOf(capture);
  return (
    <section aria-labelledby="people-found">
      <h2 id="people-found">People</h2>
      {people.length === 0 ? (
        <p className="section-summary">No people found on this page.</p>
      ) : (
        <>
          <p className="section-summary">Tick the people who will interview you.</p>
          <ul className="cards">
            {people.map((person) => {
              const status = known?.get(normalizeName(person.name));
              return (
                <li key={person.name} className="card person-found">
                  <label className="check">
                    <input
                      type="checkbox"
                      // Saving adds interviewers, it never takes one off: the panel is edited in the dossier.
                      checked={status === 'panel' || interviewers.has(person.name)}
                      disabled={status === 'panel'}
                      onChange={(event) => onToggle(person.name, event.target.checked)}
                    />
                    <span>
                      <span className="card-title">{person.name}</span>
                      {person.title && <span className="card-line">{person.title}</span>}
                      {/* A section named as its one person's title ("Executive Director") says it once. */}
                      {person.section && normalizeName(person.section) !== normalizeName(person.title) && (
                        <span className="card-line">{person.section}</span>
                      )}
                      {status && (
                        <span className="card-line hint">
                          {status === 'panel' ? "Already on this round's panel" : 'Already in the dossier'}
                        </span>
                      )}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function Fields({ rows }: { rows: [string, string | undefined][] }) {
  const present = rows.filter((row): row is [string, string] => !!row[1]);
  if (present.length === 0) return null;
  return (
    <dl className="fields">
      {present.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className="text-block">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function CompanyFound({ capture }: { capture: Capture }) {
  const company = capture.organization;
  if (!company) return null;
  return (
    <section aria-labelledby="company-found">
      <h2 id="company-found">Company</h2>
      <Fields
        rows={[
          ['Name', company.name],
          ['Mission', company.mission],
          ['Vision', company.vision],
          ['Values', company.values.join(', ')],
          ['Founded', company.founded],
          ['Headquarters', company.headquarters],
          ['Industry', company.industry],
          ['Size', company.size],
          ['About', company.description],
        ]}
      />
    </section>
  );
}

function JobFound({ capture }: { capture: Capture }) {
  const job = capture.job;
  if (!job) return null;
  return (
    <section aria-labelledby="job-found">
      <h2 id="job-found">Job</h2>
      <Fields
        rows={[
          ['Title', job.title],
          ['Company', job.company],
          ['Location', job.location],
          ['Type', job.employmentType],
          ['Salary', job.salary],
          ['Posted', calendarDate(job.datePosted)],
        ]}
      />
      <List title="Responsibilities" items={job.responsibilities} />
      <List title="Requirements" items={job.requirements} />
    </section>
  );
}

function NewsFound({ capture }: { capture: Capture }) {
  const news = capture.news;
  if (!news) return null;
  return (
    <section aria-labelledby="news-found">
      <h2 id="news-found">News</h2>
      <Fields
        rows={[
          ['Headline', news.headline],
          ['Published', calendarDate(news.datePublished)],
          ['Author', news.author],
          ['About', news.organization],
          ['Kind of event', news.eventType && eventLabels[news.eventType]],
        ]}
      />
    </section>
  );
}

function ProfileFound({ capture }: { capture: Capture }) {
  const person = capture.person;
  if (!person || capture.kind !== 'person') return null;
  return (
    <section aria-labelledby="profile-found">
      <h2 id="profile-found">Background of {person.name}</h2>
      <Fields
        rows={[
          ['Headline', person.headline],
          ['Organization', person.organization],
          ['Location', person.location],
        ]}
      />
      <List
        title="Positions"
        items={person.positions.map((position) =>
          [position.title, position.organization, [position.start, position.end].filter(Boolean).join('–')]
            .filter(Boolean)
            .join(', '),
        )}
      />
      <List
        title="Education"
        items={person.education.map((entry) => [entry.degree, entry.school].filter(Boolean).join(', '))}
      />
    </section>
  );
}

function List({ title, items }: { title: string; items: string[] }) {
  const unique = [...new Set(items)];
  if (unique.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="plain-list">
        {unique.map((item) => (
          <li key={item} className="text-block">
            {item}
          </li>
        ))}
      </ul>
    </>
  );
}

function InterviewPicker({
  interviews,
  suggested,
  value,
  onChange,
  newLabel,
}: {
  interviews: InterviewWithCompany[];
  suggested: string[];
  value: string;
  onChange: (id: string) => void;
  newLabel?: string;
}) {
  const id = useId();
  const hintId = useId();
  // The panel is narrow: an option names the company and the role, and the round only where two
  // interviews share both; the chosen one's round is written in full under the list.
  const label = (entry: InterviewWithCompany) =>
    interviews.some(
      (other) =>
        other !== entry && other.company.id === entry.company.id && other.interview.role === entry.interview.role,
    )
      ? interviewLabel(entry)
      : [entry.company.name, entry.interview.role].filter(Boolean).join(' · ');
  const chosen = interviews.find((entry) => entry.interview.id === value);
  const first = interviews.filter((entry) => suggested.includes(entry.interview.id));
  const rest = interviews.filter((entry) => !suggested.includes(entry.interview.id));
  return (
    <div className="field">
      <label htmlFor={id}>Save to</label>
      <select
        id={id}
        value={value}
        aria-describedby={chosen?.interview.round ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {!newLabel && value === '' && <option value="">Choose an interview</option>}
        {first.length > 0 && (
          <optgroup label="Same company">
            {first.map((entry) => (
              <option key={entry.interview.id} value={entry.interview.id}>
                {label(entry)}
              </option>
            ))}
          </optgroup>
        )}
        {rest.map((entry) => (
          <option key={entry.interview.id} value={entry.interview.id}>
            {label(entry)}
          </option>
        ))}
        {newLabel && <option value="">{newLabel}</option>}
      </select>
      {chosen?.interview.round && (
        <p id={hintId} className="hint">
          {chosen.interview.round}
        </p>
      )}
    </div>
  );
}

function interviewLabel(entry: InterviewWithCompany): string {
  return [entry.company.name, entry.interview.role, entry.interview.round].filter(Boolean).join(' · ');
}

/**
 * Where the capture goes, and the button that saves it there. The default follows the page's company
 * (defaultTarget); when that is not the dossier the user came from, the panel says so and offers both.
 * One save at a time: a double click cannot save twice (or create two interviews).
 */
function SaveTo({
  pendingKey,
  onDiscard,
  interviews,
  matches,
  target,
  onChoose,
  fromInterviewId,
  pageCompany,
  newLabel,
  newCompany,
  onSave,
}: {
  pendingKey: string;
  onDiscard: () => void;
  interviews: InterviewWithCompany[];
  matches: InterviewMatch[] | undefined;
  /** Where it goes: the user's choice, else defaultTarget's; '' is a new interview. */
  target: string;
  onChoose: (interviewId: string) => void;
  fromInterviewId?: string;
  /** The company the page names, if any. */
  pageCompany?: string;
  /** The label of the choice that creates a new interview; without it, there is no such choice. */
  newLabel?: string;
  /** The new interview's company, which the user may correct ("Disney", not the newspaper's name). */
  newCompany?: { value: string; onChange: (name: string) => void };
  onSave: (interviewId: string) => Promise<void>;
}) {
  const [saving, setSaving] = useState(false);
  const inFlight = useRef(false);
  const [error, setError] = useState('');
  // Until the matches are known, the default is not: nothing is offered that could change under the user.
  if (matches === undefined) return <p className="loading">Finding the dossier this page belongs to…</p>;
  const suggested = defaultTarget(matches, fromInterviewId, !!pageCompany && !!newLabel);
  const byId = new Map(interviews.map((entry) => [entry.interview.id, entry]));
  const from = fromInterviewId ? byId.get(fromInterviewId) : undefined;
  const describe = (id: string) => {
    const entry = byId.get(id);
    return entry ? interviewLabel(entry) : (newLabel?.replace(/^A new/, 'a new') ?? 'no interview yet');
  };
  const pageIsElsewhere = !!from && suggested !== fromInterviewId;
  const unknownCompany = matches.length === 0 && !pageCompany;

  const save = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    try {
      await onSave(target);
      await clearPendingCapture(pendingKey);
    } catch (failure) {
      setError(writeErrorMessage(failure));
      inFlight.current = false;
      setSaving(false);
    }
  };

  return (
    <>
      {from && pageIsElsewhere && (
        <div className="notice" role="status">
          <p>
            {`This page is about ${byId.get(suggested)?.company.name ?? pageCompany}, not ${from.company.name}. `}
            {target === fromInterviewId
              ? `You chose to save it to ${interviewLabel(from)}.`
              : `It is saved to ${describe(target)} unless you choose otherwise.`}
          </p>
          <button type="button" onClick={() => onChoose(target === fromInterviewId ? suggested : from.interview.id)}>
            {`Save to ${target === fromInterviewId ? describe(suggested) : interviewLabel(from)} instead`}
          </button>
        </div>
      )}
      {unknownCompany && (
        <div className="notice" role="status">
          <p>
            {target
              ? `Dossier could not tell which company this page is about: it is saved to ${describe(target)} unless you choose another below.`
              : 'Dossier could not tell which company this page is about: choose where to save it below.'}
          </p>
        </div>
      )}
      <InterviewPicker
        interviews={interviews}
        suggested={matches.map((match) => match.interviewId)}
        value={target}
        onChange={onChoose}
        newLabel={newLabel}
      />
      {newCompany && newLabel && target === '' && (
        <Field
          label="Company of the new interview"
          hint="As the dossier will name it: correct it if the page says another."
        >
          <input type="text" value={newCompany.value} onChange={(event) => newCompany.onChange(event.target.value)} />
        </Field>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={saving || (!newLabel && !target)} onClick={save}>
          {saving ? 'Saving…' : 'Save to dossier'}
        </button>
        <button type="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </>
  );
}

function SelectionSaved({ report }: { report: SelectionReport }) {
  const saved = useInterview(report.interviewId);
  const [undone, setUndone] = useState(false);
  const [error, setError] = useState('');
  return (
    <div className="empty" role="status">
      <h1>{undone ? 'Selection removed' : 'Selection saved'}</h1>
      {saved && <p className="card-title">{interviewLabel(saved)}</p>}
      {undone && <p>The dossier is as it was before this selection.</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <a className="button primary" href={routeHref({ name: 'dossier', id: report.interviewId })}>
          Open the dossier
        </a>
        {!undone && (
          <button
            type="button"
            onClick={async () => {
              try {
                await undoSelection(report);
                setUndone(true);
              } catch (failure) {
                setError(writeErrorMessage(failure, 'Not undone'));
              }
            }}
          >
            Undo
          </button>
        )}
      </div>
    </div>
  );
}

function SelectionReview({
  pending,
  pendingKey,
  onDiscard,
  draft,
  interviews,
  fromInterviewId,
  onSaved,
}: ReviewProps & {
  pending: Extract<PendingCapture, { status: 'selection' }>;
  onSaved: (report: SelectionReport) => void;
}) {
  const matches = useLiveQuery(
    () => matchInterviews({ url: pending.url, title: pending.title, companyNames: [], peopleNames: [] }),
    [pending.url, pending.title],
  );
  const [chosen, setChosen] = useState<string | undefined>(draft.chosen);
  draft.chosen = chosen;
  const target = chosen ?? defaultTarget(matches ?? [], fromInterviewId, false);
  return (
    <article className="capture-review">
      <h1>Add this selection to a dossier</h1>
      <blockquote className="text-block">{pending.text}</blockquote>
      <p className="card-meta">
        <SafeLink href={pending.url}>{pending.title || pending.url}</SafeLink>
      </p>
      {interviews.length === 0 ? (
        <>
          <p className="hint">Create an interview first: the selection is kept with one.</p>
          <div className="actions">
            <button type="button" onClick={onDiscard}>
              Discard
            </button>
          </div>
        </>
      ) : (
        <SaveTo
          pendingKey={pendingKey}
          onDiscard={onDiscard}
          interviews={interviews}
          matches={matches}
          target={target}
          onChoose={setChosen}
          fromInterviewId={fromInterviewId}
          onSave={async (interviewId) => {
            onSaved(await saveSelection({ interviewId, url: pending.url, title: pending.title, text: pending.text }));
          }}
        />
      )}
    </article>
  );
}

function SaveSummary({ report }: { report: SaveReport }) {
  const [undone, setUndone] = useState<UndoResult | undefined>();
  const saved = useInterview(report.interviewId);
  const where = saved ? ` ${interviewLabel(saved)}` : '';
  const [error, setError] = useState('');
  if (undone) {
    return (
      <div className="empty" role="status">
        <h1>Capture undone</h1>
        <p>The dossier is as it was before this capture.</p>
        {undone.keptPeople.length > 0 && <p>Changed since, so kept as they are now: {undone.keptPeople.join(', ')}.</p>}
        {undone.keptInterview && <p>The interview it created is kept: you have added to it since.</p>}
        <a className="button" href={routeHref(saved ? { name: 'dossier', id: report.interviewId } : { name: 'list' })}>
          {saved ? 'Open the dossier' : 'All interviews'}
        </a>
      </div>
    );
  }
  return (
    <div className="empty" role="status">
      <h1>
        {report.unchanged ? 'Already up to date' : report.recaptured ? 'Capture updated' : 'Saved to the dossier'}
      </h1>
      {where && <p className="card-title">{where.trim()}</p>}
      {report.unchanged && <p>The page says what it said when you last captured it: nothing in the dossier changed.</p>}
      {!report.unchanged && (
        <p>
          {plural(report.facts, 'fact')} kept with their source;{' '}
          {plural(report.newPeople.length, 'new person', 'new people')}
          {report.newPeople.length > 0 && `: ${report.newPeople.join(', ')}`}.
        </p>
      )}
      {report.keptFromBefore > 0 && (
        <p>
          This time the page gave less than before: {plural(report.keptFromBefore, 'fact')} from the earlier capture
          {report.keptFromBefore === 1 ? ' was' : ' were'} kept.
        </p>
      )}
      {report.newTitles.map((change) => (
        <p key={change.name}>
          {change.name}: now “{change.to}” (was “{change.from}”).
        </p>
      ))}
      {report.keptTitles.map((title) => (
        <p key={title.name}>
          {title.name}: still “{title.kept}”; this page says “{title.offered}” (both are on the card).
        </p>
      ))}
      {report.gonePeople.length > 0 && <p>No longer on the page: {report.gonePeople.join(', ')}.</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate({ name: 'dossier', id: report.interviewId })}>
          Open the dossier
        </button>
        {/* A save that changed nothing has nothing to take back. */}
        {!report.unchanged && (
          <button
            type="button"
            onClick={async () => {
              try {
                setUndone(await undoCapture(report));
              } catch (failure) {
                setError(writeErrorMessage(failure, 'Not undone'));
              }
            }}
          >
            Undo
          </button>
        )}
        <CaptureButton interviewId={report.interviewId} />
      </div>
    </div>
  );
}
