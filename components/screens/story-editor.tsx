import { type FormEvent, memo, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { competencies, competencyById, competencyFromTyped, suggestCompetencies } from '@/lib/coach/competencies';
import { coachStory, type Finding, type FindingField } from '@/lib/coach/rules';
import { addStory, emptyStory, type StoryInput, updateStory } from '@/lib/db/stories';
import { writeErrorMessage } from '@/lib/db/write-error';
import { type Story, storyKinds } from '@/lib/schema';
import { clearDraft, type DraftKey, loadDraft, newStoryDraftKey, saveDraft } from '@/lib/stories/drafts';
import { parseKeyNumbers } from '@/lib/stories/key-numbers';
import {
  checkDraft,
  draftFromStory,
  firstInvalidField,
  lengthHint,
  type StoryDraft,
  type StoryField,
  type StoryFormErrors,
  sameDraft,
  storyLimits,
} from '@/lib/stories/story-form';
import { ConfirmButton } from '../controls/confirm-button';
import { Field } from '../controls/field';
import { UndoNotice } from '../controls/undo-notice';
import { useStories, useStory } from '../hooks/live-queries';
import { navigate, routeHref } from '../hooks/use-hash-route';
import { kindLabels } from './story-bank';

export function StoryEditor({ storyId, competency }: { storyId?: string; competency?: string }) {
  const story = useStory(storyId);
  if (storyId && story === undefined) return <p className="loading">Loading the story…</p>;
  if (storyId && story === null) {
    // Deleted (here or in another panel) while a draft of it was kept: the draft is not lost with it.
    if (loadDraft(storyId)) return <StoryForm draftKey={storyId} initial={draftFromStory(emptyStory())} deleted />;
    return (
      <div className="empty">
        <p>This story no longer exists.</p>
        <a className="button" href={routeHref({ name: 'stories' })}>
          All stories
        </a>
      </div>
    );
  }
  const initial = story
    ? storyInput(story)
    : emptyStory({ competencies: competency && competencyById.has(competency) ? [competency] : [] });
  return <StoryForm storyId={story?.id} initial={draftFromStory(initial)} />;
}

function storyInput(story: Story): StoryInput {
  const { id: _id, createdAt: _created, updatedAt: _updated, archived: _archived, ...input } = story;
  return input;
}

/** The id of a field's control, so coaching and the first error can take the person to it. */
const fieldId = (field: StoryField) => `story-${field}`;

const textFields = [
  ['situation', 'Situation', 'Where and when; what was at stake.'],
  ['challenge', 'Challenge', 'What stood in the way.'],
  ['action', 'Action', 'What you decided and set in motion, and what the team did.'],
  ['result', 'Result', 'What changed, in numbers, and why it mattered.'],
  ['lesson', 'Lesson', 'What you learned and do differently since.'],
] as const;

/** The field each coaching finding takes the person to, with the name it is shown under. */
const findingFields: Record<FindingField, [StoryField, string]> = {
  title: ['title', 'Title'],
  situation: ['situation', 'Situation'],
  challenge: ['challenge', 'Challenge'],
  action: ['action', 'Action'],
  result: ['result', 'Result'],
  lesson: ['lesson', 'Lesson'],
  metrics: ['keyNumbers', 'Key numbers'],
  competencies: ['competencies', 'Competencies'],
};

/** How long typing must pause before the draft is kept and the coaching catches up. */
const settleMs = 300;

function goToField(field: StoryField) {
  const control = document.getElementById(fieldId(field));
  if (!control) return;
  control.scrollIntoView({ block: 'center' });
  control.focus({ preventScroll: true });
}

/** The value once it has stopped changing for a moment: the costly work follows typing, never inside it. */
function useSettledValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setSettled(value)), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * Keeps the draft on this device while it differs from the saved story: a moment after typing stops, when
 * the editor is left (a link, Back, a capture's preview) and when the panel is closed.
 */
function useKeptDraft(key: DraftKey, draft: StoryDraft, initial: StoryDraft) {
  const latest = useRef({ draft, done: false });
  latest.current.draft = draft;
  const [keptAt, setKeptAt] = useState<number>();

  const keep = useCallback(
    (value: StoryDraft = latest.current.draft) => {
      if (latest.current.done) return;
      if (sameDraft(value, initial)) {
        clearDraft(key);
        setKeptAt(undefined);
      } else {
        const now = Date.now();
        saveDraft(key, value, { base: initial, now });
        setKeptAt(now);
      }
    },
    [key, initial],
  );

  useEffect(() => {
    const timer = setTimeout(() => keep(draft), settleMs);
    return () => clearTimeout(timer);
  }, [draft, keep]);

  useEffect(() => {
    const onHide = () => keep();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      keep();
    };
  }, [keep]);

  /** The story was saved or its changes thrown away: nothing more to keep. */
  const finish = useCallback(() => {
    latest.current.done = true;
    clearDraft(key);
  }, [key]);
  return { keptAt, finish };
}

function StoryForm({
  storyId,
  initial: opened,
  draftKey = storyId ?? newStoryDraftKey,
  deleted = false,
}: {
  storyId?: string;
  initial: StoryDraft;
  /** Where the draft is kept: the story's id, or "new"; a deleted story's id while its draft is saved anew. */
  draftKey?: DraftKey;
  /** The story the draft belongs to was deleted: saving keeps the draft as a new story. */
  deleted?: boolean;
}) {
  // The story as it was opened: what the draft is compared with, however often the saved story re-renders.
  const [initial, setInitial] = useState(opened);
  // Saved again elsewhere (another panel, an import) while this form is open: saving must not wipe it unasked.
  const changedElsewhere = !!storyId && !deleted && !sameDraft(opened, initial);
  const [askedToChoose, setAskedToChoose] = useState(false);
  const choice = useRef<HTMLDivElement>(null);
  // A draft left behind (the editor left, the panel closed) comes back when its story is opened again.
  const [restored] = useState(() => {
    const kept = loadDraft(draftKey);
    return kept && !sameDraft(kept.draft, initial) ? kept : undefined;
  });
  const [draft, setDraft] = useState(restored?.draft ?? initial);
  const [showRestored, setShowRestored] = useState(!!restored);
  const [discardedDraft, setDiscardedDraft] = useState(false);
  // The story was saved again (by an import, in another panel) after this draft was begun.
  const changedSinceDraft = !deleted && !!restored?.base && !sameDraft(restored.base, initial);
  const [errors, setErrors] = useState<StoryFormErrors>({});
  const [saveError, setSaveError] = useState('');
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  // Key numbers are read from their text when the person leaves the box or saves, never while typing.
  const [metrics, setMetrics] = useState(() => parseKeyNumbers(draft.keyNumbers));
  const { keptAt, finish } = useKeptDraft(draftKey, draft, initial);
  const stories = useStories();

  const set = useCallback(<K extends StoryField>(key: K, value: StoryDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    // Typing after a discard starts anew: an undo then would overwrite what was typed.
    setDiscardedDraft(false);
    setErrors((current) => (current[key] ? { ...current, [key]: undefined } : current));
  }, []);
  const [typedCompetency, setTypedCompetency] = useState('');
  function addTypedCompetency() {
    const name = competencyFromTyped(typedCompetency);
    const known = draft.competencies.some((other) => other.toLowerCase() === name?.toLowerCase());
    if (name && !known) set('competencies', [...draft.competencies, name]);
    setTypedCompetency('');
  }
  const readKeyNumbers = useCallback((text: string) => setMetrics(parseKeyNumbers(text)), []);

  const coached = useSettledValue(draft, settleMs);
  const findings = useMemo(() => coachStory({ ...coached, metrics }), [coached, metrics]);
  // What is left to fix, beside the field it is about: on a narrow panel the full list is below the form.
  const fieldFindings = useMemo(() => {
    const byField = new Map<StoryField, Finding[]>();
    for (const finding of findings) {
      // The speaking time is the whole story's: beside Action it would read as Action's fault.
      if ((finding.status !== 'improve' && finding.status !== 'missing') || finding.rule === 'speaking-time') continue;
      const [field] = findingFields[finding.field];
      byField.set(field, [...(byField.get(field) ?? []), finding]);
    }
    return byField;
  }, [findings]);
  const suggested = useMemo(
    () =>
      suggestCompetencies(
        [coached.title, coached.situation, coached.challenge, coached.action, coached.result, coached.lesson].join(
          '\n',
        ),
      ),
    [coached],
  ).filter((item) => !draft.competencies.includes(item.id));

  const title = draft.title.trim().toLowerCase();
  const sameTitle = useMemo(
    () => !!title && !!stories?.some((other) => other.id !== storyId && other.title.trim().toLowerCase() === title),
    [stories, storyId, title],
  );

  async function save(event?: FormEvent, overwrite = false) {
    event?.preventDefault();
    setMetrics(parseKeyNumbers(draft.keyNumbers));
    const checked = checkDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = firstInvalidField(checked.errors);
      // After the errors are drawn, so the field's message is in view with it.
      if (first) requestAnimationFrame(() => goToField(first));
      return;
    }
    setErrors({});
    if (changedElsewhere && !overwrite) {
      setAskedToChoose(true);
      requestAnimationFrame(() => choice.current?.scrollIntoView({ block: 'nearest' }));
      return;
    }
    try {
      if (storyId) await updateStory(storyId, checked.story);
      else await addStory(checked.story);
      finish();
      navigate({ name: 'stories' });
    } catch (failure) {
      setSaveError(`${writeErrorMessage(failure)} Your draft is kept on this device.`);
    }
  }

  const dirty = !sameDraft(draft, initial);

  return (
    <div className="story-editor">
      <a className="back" href={routeHref({ name: 'stories' })}>
        ← All stories
      </a>
      <h1>{storyId ? 'Edit story' : 'New story'}</h1>
      {showRestored && restored && (
        <div className="notice" role="status">
          {deleted
            ? `This story was deleted; your unsaved draft of it from ${formatTime(restored.savedAt)} is kept. Save it to keep it as a new story.`
            : `This is your unsaved draft from ${formatTime(restored.savedAt)}.`}{' '}
          {changedSinceDraft &&
            'The saved story has changed since you began it: saving the draft replaces those changes; discard it to see them.'}{' '}
          {deleted ? (
            <ConfirmButton
              label="Discard the draft"
              question="Throw this draft away for good?"
              failure="Not discarded"
              onConfirm={() => {
                finish();
                navigate({ name: 'stories' });
              }}
            />
          ) : (
            <button
              type="button"
              onClick={() => {
                setDraft(initial);
                setMetrics(parseKeyNumbers(initial.keyNumbers));
                clearDraft(draftKey);
                setShowRestored(false);
                setDiscardedDraft(true);
              }}
            >
              Discard the draft
            </button>
          )}
        </div>
      )}
      {discardedDraft && restored && (
        <UndoNotice
          text="Draft discarded: the form shows the saved story."
          onUndo={async () => {
            setDraft(restored.draft);
            setMetrics(parseKeyNumbers(restored.draft.keyNumbers));
            setShowRestored(true);
          }}
          onDone={() => setDiscardedDraft(false)}
        />
      )}
      {changedElsewhere && (
        <div ref={choice} className="notice panel-warning" role="alert">
          <p>
            {askedToChoose ? 'Not saved yet: ' : ''}This story was saved elsewhere (in another window, or by an import)
            after you opened it. Saving yours now would replace those changes.
          </p>
          <div className="actions tight">
            <button type="button" onClick={() => save(undefined, true)}>
              Save mine over it
            </button>
            <ConfirmButton
              label="Show the saved version"
              question="Throw away your changes here and show the story as it was saved?"
              failure="Not changed"
              onConfirm={() => {
                setInitial(opened);
                setDraft(opened);
                setMetrics(parseKeyNumbers(opened.keyNumbers));
                setAskedToChoose(false);
              }}
            />
          </div>
        </div>
      )}
      <CoachingSummary findings={findings} />
      <div className="story-layout">
        <form
          className="story-form"
          onSubmit={save}
          noValidate
          // Enter in a one-line field does not save the story half written, as a browser form would.
          onKeyDown={(event) => {
            if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
          }}
        >
          <Field
            id={fieldId('title')}
            label="Title"
            error={errors.title}
            hint={
              [sameTitle && 'Another story has this title; both are kept.', lengthHint(draft.title, storyLimits.title)]
                .filter(Boolean)
                .join(' ') || undefined
            }
          >
            <input value={draft.title} onChange={(event) => set('title', event.target.value)} required />
          </Field>
          <Field
            id={fieldId('hook')}
            label="Hook"
            hint={['One line to jog your memory during the call.', lengthHint(draft.hook, storyLimits.hook)]
              .filter(Boolean)
              .join(' ')}
            error={errors.hook}
          >
            <input value={draft.hook} onChange={(event) => set('hook', event.target.value)} />
          </Field>
          <div className="story-facts">
            <Field id={fieldId('kind')} label="Kind" error={errors.kind}>
              <select value={draft.kind} onChange={(event) => set('kind', event.target.value as StoryDraft['kind'])}>
                {storyKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {kindLabels[kind]}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={fieldId('period')} label="Period" hint="2023, or 2019–2021" error={errors.period}>
              <input value={draft.period} onChange={(event) => set('period', event.target.value)} />
            </Field>
            <Field id={fieldId('teamSize')} label="Team size" hint="People, such as 40" error={errors.teamSize}>
              <input
                inputMode="numeric"
                value={draft.teamSize}
                onChange={(event) => set('teamSize', event.target.value)}
              />
            </Field>
          </div>
          {textFields.map(([key, label, hint]) => (
            <TextField
              key={key}
              field={key}
              label={label}
              hint={hint}
              value={draft[key]}
              error={errors[key]}
              coaching={fieldFindings.get(key)}
              onChange={set}
            />
          ))}
          <TextField
            field="keyNumbers"
            label="Key numbers"
            hint="One per line: $12M saved, 38% faster delivery"
            value={draft.keyNumbers}
            error={errors.keyNumbers}
            coaching={fieldFindings.get('keyNumbers')}
            onChange={set}
            onBlur={readKeyNumbers}
          />
          <fieldset
            className="competencies"
            aria-describedby={errors.competencies ? 'story-competencies-error' : undefined}
          >
            <legend>Competencies</legend>
            {draft.competencies.map((id) => (
              <button
                key={id}
                type="button"
                className="chip"
                aria-label={`Remove ${competencyById.get(id)?.label ?? id}`}
                onClick={() =>
                  set(
                    'competencies',
                    draft.competencies.filter((other) => other !== id),
                  )
                }
              >
                {competencyById.get(id)?.label ?? id} ×
              </button>
            ))}
            {suggested.map((item) => (
              <button
                key={item.id}
                type="button"
                className="chip suggested"
                title={`Signalled by: ${item.words.join(', ')}`}
                onClick={() => set('competencies', [...draft.competencies, item.id])}
              >
                + {competencyById.get(item.id)?.label}{' '}
                <span className="hint">({item.words.slice(0, 3).join(', ')})</span>
              </button>
            ))}
            <div className="competency-add">
              <input
                id={fieldId('competencies')}
                aria-label="Add a competency"
                aria-describedby="story-competencies-hint"
                list="competency-names"
                placeholder="Add a competency…"
                value={typedCompetency}
                onChange={(event) => setTypedCompetency(event.target.value)}
                onKeyDown={(event) => {
                  // Enter adds the competency rather than saving the story half tagged.
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  addTypedCompetency();
                }}
              />
              <button type="button" onClick={addTypedCompetency} disabled={!typedCompetency.trim()}>
                Add
              </button>
              <datalist id="competency-names">
                {competencies
                  .filter((item) => !draft.competencies.includes(item.id))
                  .map((item) => (
                    <option key={item.id} value={item.label} />
                  ))}
              </datalist>
            </div>
            <p id="story-competencies-hint" className="hint">
              Pick one from the list or type your own name for it.
            </p>
            {errors.competencies && (
              <p id="story-competencies-error" className="error" role="alert">
                {errors.competencies}
              </p>
            )}
          </fieldset>
          <Field
            id={fieldId('tags')}
            label="Tags"
            hint="Separated by commas (or semicolons, when a tag holds a comma)"
            error={errors.tags}
          >
            <input value={draft.tags} onChange={(event) => set('tags', event.target.value)} />
          </Field>
          {saveError && (
            <p className="error" role="alert">
              {saveError}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary">
              Save story
            </button>
            {confirmingCancel ? (
              <fieldset className="confirm">
                <legend>Throw away your changes?</legend>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    finish();
                    navigate({ name: 'stories' });
                  }}
                >
                  Discard changes
                </button>
                <button type="button" onClick={() => setConfirmingCancel(false)}>
                  Keep editing
                </button>
              </fieldset>
            ) : (
              <button type="button" onClick={() => (dirty ? setConfirmingCancel(true) : navigate({ name: 'stories' }))}>
                Cancel
              </button>
            )}
          </div>
          {dirty && keptAt !== undefined && (
            <p className="hint draft-status">
              Draft kept on this device ({formatTime(keptAt)}): it is still here if you leave before saving.
            </p>
          )}
        </form>
        <Coaching findings={findings} />
      </div>
    </div>
  );
}

interface TextFieldProps {
  field: 'situation' | 'challenge' | 'action' | 'result' | 'lesson' | 'keyNumbers';
  label: string;
  hint: string;
  value: string;
  error?: string;
  /** The coaching findings about this field that are not met yet. */
  coaching?: Finding[];
  onChange: (field: TextFieldProps['field'], value: string) => void;
  onBlur?: (value: string) => void;
}

// One box re-renders when its own text changes, not when another one does: a long story's other fields
// cost nothing per keystroke.
const TextField = memo(function TextField({
  field,
  label,
  hint,
  value,
  error,
  coaching,
  onChange,
  onBlur,
}: TextFieldProps) {
  return (
    <Field
      id={fieldId(field)}
      label={label}
      hint={hint}
      error={error}
      notes={coaching?.map((finding) => (
        <p key={finding.rule} className="field-coaching">
          <span className={`status finding-status-${finding.status}`}>{statusLabels[finding.status]}</span>{' '}
          {finding.message}
        </p>
      ))}
    >
      <textarea
        rows={field === 'keyNumbers' ? 3 : 4}
        value={value}
        onChange={(event) => onChange(field, event.target.value)}
        onBlur={onBlur ? (event) => onBlur(event.target.value) : undefined}
      />
    </Field>
  );
});

/** "14:05" today, "Nov 30, 14:05" on another day: a draft can wait days for its writer. */
function formatTime(at: number): string {
  const date = new Date(at);
  const time = date.toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
  if (date.toDateString() === new Date().toDateString()) return time;
  return `${date.toLocaleDateString(undefined, { month: 'short', day: 'numeric' })}, ${time}`;
}

const statusLabels = { ok: 'Good', improve: 'Improve', missing: 'Missing', skipped: 'Not checked' } as const;

/** "3 to improve, 1 missing", or that all is good. */
export function coachingCounts(findings: Finding[]): string {
  const improve = findings.filter((item) => item.status === 'improve').length;
  const missing = findings.filter((item) => item.status === 'missing').length;
  if (!improve && !missing) return 'all good';
  return [improve && `${improve} to improve`, missing && `${missing} missing`].filter(Boolean).join(', ');
}

// On a narrow panel the coaching is below the form: this line stays in view and takes the person to it.
const CoachingSummary = memo(function CoachingSummary({ findings }: { findings: Finding[] }) {
  return (
    <p className="coaching-summary">
      <button
        type="button"
        className="subtle"
        onClick={() => {
          const list = document.getElementById('coaching-title');
          list?.scrollIntoView({ block: 'start' });
          list?.focus({ preventScroll: true });
        }}
      >
        Coaching: {coachingCounts(findings)}
      </button>
    </p>
  );
});

const Coaching = memo(function Coaching({ findings }: { findings: Finding[] }) {
  return (
    <section className="coaching" aria-labelledby="coaching-title">
      <h2 id="coaching-title" tabIndex={-1}>
        Coaching
      </h2>
      <ul className="cards">
        {findings.map((finding) => {
          const [field, fieldLabel] = findingFields[finding.field];
          return (
            <li key={finding.rule} className={`card finding finding-${finding.status}`}>
              <p className="card-title">
                <span className={`status finding-status-${finding.status}`}>{statusLabels[finding.status]}</span>{' '}
                {finding.label}
              </p>
              <p className="card-line">{finding.message}</p>
              {finding.fix && (
                <>
                  <p className="reason">Why: {finding.why}</p>
                  <p className="reason">How: {finding.fix}</p>
                  <button type="button" className="subtle inline" onClick={() => goToField(field)}>
                    Go to {fieldLabel}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
