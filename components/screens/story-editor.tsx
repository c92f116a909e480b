import { type FormEvent, useDeferredValue, useState } from 'react';
import { competencies, competencyById, suggestCompetencies } from '@/lib/coach/competencies';
import { coachStory, type Finding } from '@/lib/coach/rules';
import { addStory, emptyStory, type StoryInput, updateStory } from '@/lib/db/stories';
import { type Story, storyKinds } from '@/lib/schema';
import { parseMetric } from '@/lib/stories/key-numbers';
import { Field } from '../controls/field';
import { useStories, useStory } from '../hooks/live-queries';
import { navigate, routeHref } from '../hooks/use-hash-route';
import { kindLabels } from './story-bank';

export function StoryEditor({ storyId, competency }: { storyId?: string; competency?: string }) {
  const story = useStory(storyId);
  if (storyId && story === undefined) return <p className="loading">Loading the story…</p>;
  if (storyId && story === null) {
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
  return <StoryForm storyId={story?.id} initial={initial} />;
}

function storyInput(story: Story): StoryInput {
  const { id: _id, createdAt: _created, updatedAt: _updated, archived: _archived, ...input } = story;
  return input;
}

const textFields = [
  ['situation', 'Situation', 'Where and when; what was at stake.'],
  ['challenge', 'Challenge', 'What stood in the way.'],
  ['action', 'Action', 'What you decided and set in motion, and what the team did.'],
  ['result', 'Result', 'What changed, in numbers, and why it mattered.'],
  ['lesson', 'Lesson', 'What you learned and do differently since.'],
] as const;

function StoryForm({ storyId, initial }: { storyId?: string; initial: StoryInput }) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState('');
  const stories = useStories();
  // Coaching follows the text a moment behind the keystrokes, so typing never waits for it.
  const coached = useDeferredValue(draft);
  const findings = coachStory(coached);
  const suggested = suggestCompetencies(
    [coached.title, coached.situation, coached.challenge, coached.action, coached.result, coached.lesson].join('\n'),
  ).filter((item) => !coached.competencies.includes(item.id));
  const sameTitle = stories?.some(
    (other) =>
      other.id !== storyId &&
      other.title.trim().toLowerCase() === draft.title.trim().toLowerCase() &&
      draft.title.trim(),
  );

  const set = <K extends keyof StoryInput>(key: K, value: StoryInput[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft.title.trim()) {
      setError('Give the story a title.');
      return;
    }
    try {
      if (storyId) await updateStory(storyId, draft);
      else await addStory(draft);
      navigate({ name: 'stories' });
    } catch (failure) {
      setError(`Not saved: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  }

  return (
    <div className="story-editor">
      <a className="back" href={routeHref({ name: 'stories' })}>
        ← All stories
      </a>
      <h1>{storyId ? 'Edit story' : 'New story'}</h1>
      <form className="fields" onSubmit={save} noValidate>
        <Field
          label="Title"
          error={error}
          hint={sameTitle ? 'Another story has this title; both are kept.' : undefined}
        >
          <input value={draft.title} onChange={(event) => set('title', event.target.value)} required />
        </Field>
        <Field label="Hook" hint="One line to jog your memory during the call.">
          <input value={draft.hook} onChange={(event) => set('hook', event.target.value)} />
        </Field>
        <div className="field-row">
          <Field label="Kind">
            <select value={draft.kind} onChange={(event) => set('kind', event.target.value as StoryInput['kind'])}>
              {storyKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabels[kind]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Period" hint="2023, or 2019–2021">
            <input value={draft.period} onChange={(event) => set('period', event.target.value)} />
          </Field>
          <Field label="Team size">
            <input
              inputMode="numeric"
              value={draft.teamSize ?? ''}
              onChange={(event) => {
                const digits = event.target.value.replace(/\D/g, '');
                set('teamSize', digits ? Number(digits) : null);
              }}
            />
          </Field>
        </div>
        {textFields.map(([key, label, hint]) => (
          <Field key={key} label={label} hint={hint}>
            <textarea rows={3} value={draft[key]} onChange={(event) => set(key, event.target.value)} />
          </Field>
        ))}
        <Field label="Key numbers" hint="One per line: 38 % faster delivery, 12 $M saved">
          <textarea
            rows={2}
            value={draft.metrics
              .map((metric) => [metric.value, metric.unit, metric.label].filter(Boolean).join(' '))
              .join('\n')}
            onChange={(event) =>
              set(
                'metrics',
                event.target.value
                  .split('\n')
                  .filter((line) => line.trim())
                  .map(parseMetric),
              )
            }
          />
        </Field>
        <fieldset className="competencies">
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
              + {competencyById.get(item.id)?.label} <span className="hint">({item.words.slice(0, 3).join(', ')})</span>
            </button>
          ))}
          <select
            aria-label="Add a competency"
            value=""
            onChange={(event) => event.target.value && set('competencies', [...draft.competencies, event.target.value])}
          >
            <option value="">Add a competency…</option>
            {competencies
              .filter((item) => !draft.competencies.includes(item.id))
              .map((item) => (
                <option key={item.id} value={item.id}>
                  {item.label}
                </option>
              ))}
          </select>
        </fieldset>
        <Field label="Tags" hint="Separated by commas">
          <input
            value={draft.tags.join(', ')}
            onChange={(event) =>
              set(
                'tags',
                event.target.value.split(',').map((tag) => tag.trimStart()),
              )
            }
          />
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            Save story
          </button>
          <a className="button" href={routeHref({ name: 'stories' })}>
            Cancel
          </a>
        </div>
      </form>
      <Coaching findings={findings} />
    </div>
  );
}

const statusLabels = { ok: 'Good', improve: 'Improve', missing: 'Missing', skipped: 'Not checked' } as const;

function Coaching({ findings }: { findings: Finding[] }) {
  return (
    <section className="coaching" aria-labelledby="coaching-title">
      <h2 id="coaching-title">Coaching</h2>
      <ul className="cards">
        {findings.map((finding) => (
          <li key={finding.rule} className={`card finding finding-${finding.status}`}>
            <span className="card-title">
              <span className={`status finding-status-${finding.status}`}>{statusLabels[finding.status]}</span>{' '}
              {finding.label}
            </span>
            <span className="card-line">{finding.message}</span>
            {finding.fix && (
              <>
                <span className="reason">Why: {finding.why}</span>
                <span className="reason">How: {finding.fix}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
