import { type ChangeEvent, memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { competencies, competencyById } from '@/lib/coach/competencies';
import { portfolio } from '@/lib/coach/portfolio';
import { coachScore, coachStory } from '@/lib/coach/rules';
import {
  type DeletedStory,
  deleteDamagedStories,
  deleteStory,
  duplicateStory,
  importStories,
  restoreStory,
  StaleImportError,
  setStoryArchived,
} from '@/lib/db/stories';
import { writeErrorMessage } from '@/lib/db/write-error';
import { type Story, storyKinds } from '@/lib/schema';
import { loadStoryFile, type StoryFileResult, storiesToJson, storiesToMarkdown } from '@/lib/stories/files';
import {
  type ConflictChoice,
  type ConflictChoices,
  changesBank,
  countPlan,
  describeCounts,
  type ImportPlan,
  type PlannedStatus,
  planImport,
} from '@/lib/stories/import-plan';
import { searchStories, storySearchText } from '@/lib/stories/search';
import { plural } from '@/lib/text/plural';
import { ConfirmButton } from '../controls/confirm-button';
import { WriteError } from '../controls/write-error';
import { useDamagedStories, useStories, useStoryUses } from '../hooks/live-queries';
import { navigate, routeHref } from '../hooks/use-hash-route';
import { useWrite } from '../hooks/use-write';

export const kindLabels: Record<Story['kind'], string> = {
  achievement: 'Achievement',
  failure: 'Failure',
  board: 'Board',
  volunteer: 'Volunteer',
  other: 'Other',
};

/** Stored records that do not read as stories: named, and deletable, since no view can show them. */
function DamagedStories() {
  const damaged = useDamagedStories();
  if (!damaged?.length) return null;
  const names = damaged
    .slice(0, 3)
    .map((item) => (item.title ? `“${item.title}”` : 'one without a title'))
    .join(', ');
  return (
    <div className="notice panel-warning" role="alert">
      <p>
        {damaged.length === 1
          ? 'One stored story is damaged'
          : `${plural(damaged.length, 'stored story', 'stored stories')} are damaged`}{' '}
        ({names}
        {damaged.length > 3 ? ', …' : ''}): Dossier cannot read {damaged.length === 1 ? 'it' : 'them'}, so{' '}
        {damaged.length === 1 ? 'it is' : 'they are'} left out of the bank and the dossiers.
      </p>
      <ConfirmButton
        label={damaged.length === 1 ? 'Delete the damaged story' : 'Delete the damaged stories'}
        question="Delete what cannot be read? It cannot be repaired here."
        onConfirm={() => deleteDamagedStories(damaged.map((item) => item.id))}
      />
    </div>
  );
}

/** The global story bank: search, filters, the portfolio, import and export. */
export function StoryBank() {
  const stories = useStories();
  const uses = useStoryUses();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState('');
  const [competency, setCompetency] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [deleted, setDeleted] = useState<DeletedStory>();
  const restoring = useWrite();
  const deferredQuery = useDeferredValue(query);

  const indexed = useMemo(() => (stories ?? []).map((story) => ({ story, text: storySearchText(story) })), [stories]);
  const shown = useMemo(
    () => searchStories(indexed, { query: deferredQuery, kind, competency, archived: showArchived }),
    [indexed, deferredQuery, kind, competency, showArchived],
  );

  // The list is built only when the results change, so a keystroke's own render stays small; a long
  // result shows its first forty (a few screens of the panel) until asked for the rest.
  const [limit, setLimit] = useState(40);
  const cards = useMemo(
    () => (
      <ul className="cards">
        {shown.slice(0, limit).map((story) => (
          <StoryCard key={story.id} story={story} onDeleted={setDeleted} />
        ))}
      </ul>
    ),
    [shown, limit],
  );

  // Coaching every story is the costly part: it runs when the bank changes, not on each keystroke.
  const summary = useMemo(() => (stories && uses ? portfolio(stories, uses) : undefined), [stories, uses]);
  if (!stories || !summary) return <p className="loading">Loading your stories…</p>;
  const archivedCount = stories.filter((story) => story.archived).length;
  // Competencies tagged by the user's own names, not the taxonomy's: a filter for each too.
  const ownCompetencies = [
    ...new Set(stories.flatMap((story) => story.competencies.filter((name) => !competencyById.has(name)))),
  ].sort((a, b) => a.localeCompare(b));

  return (
    <div className="story-bank">
      <a className="back" href={routeHref({ name: 'list' })}>
        ← All interviews
      </a>
      <header className="view-header">
        <h1>Stories</h1>
        <div className="actions tight">
          <a className="button primary" href={routeHref({ name: 'story' })}>
            New story
          </a>
        </div>
      </header>
      {deleted && (
        <p className="undo" role="status">
          Deleted “{deleted.story.title}”.{' '}
          <button
            type="button"
            onClick={() =>
              restoring.run('Not restored', async () => {
                await restoreStory(deleted);
                setDeleted(undefined);
              })
            }
          >
            Undo
          </button>
          <WriteError error={restoring.error} />
        </p>
      )}
      <DamagedStories />
      {stories.length === 0 ? (
        <div className="empty">
          <p>
            Your stories are reused in every interview: achievements and failures, each with its situation, challenge,
            action, result and lesson. Write the first one, or import the ones you keep in your notes.
          </p>
        </div>
      ) : (
        <Portfolio summary={summary} stories={stories} />
      )}
      <search className="filters">
        <input
          type="search"
          aria-label="Search stories"
          placeholder="Search every field"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <select aria-label="Kind" value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="">Every kind</option>
          {storyKinds.map((item) => (
            <option key={item} value={item}>
              {kindLabels[item]}
            </option>
          ))}
        </select>
        <select aria-label="Competency" value={competency} onChange={(event) => setCompetency(event.target.value)}>
          <option value="">Every competency</option>
          {competencies.map((item) => (
            <option key={item.id} value={item.id}>
              {item.label}
            </option>
          ))}
          {ownCompetencies.length > 0 && (
            <optgroup label="Your own names">
              {ownCompetencies.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        {archivedCount > 0 && (
          <label className="check">
            <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />{' '}
            Archived ({archivedCount})
          </label>
        )}
      </search>
      {/* Busy while the results still show the previous search: typing is drawn first, the list after. */}
      <div className="results" aria-busy={query !== deferredQuery}>
        {stories.length > 0 && (
          <p className="count" aria-live="polite">
            {plural(shown.length, 'story', 'stories')}
          </p>
        )}
        {cards}
        {shown.length > limit && (
          <button type="button" onClick={() => setLimit(shown.length)}>
            Show all {shown.length} stories
          </button>
        )}
      </div>
      <StoryFiles stories={stories} />
    </div>
  );
}

const Portfolio = memo(function Portfolio({
  summary,
  stories,
}: {
  summary: ReturnType<typeof portfolio>;
  stories: Story[];
}) {
  const titles = new Map(stories.map((story) => [story.id, story.title]));
  const list = (ids: string[]) =>
    ids
      .slice(0, 3)
      .map((id) => `“${titles.get(id)}”`)
      .join(', ') + (ids.length > 3 ? ` and ${ids.length - 3} more` : '');
  return (
    <section className="portfolio" aria-labelledby="portfolio-title">
      <h2 id="portfolio-title">Portfolio</h2>
      <ul className="plain-list">
        <li className={summary.balance.status === 'ok' ? '' : 'warning'}>
          {plural(summary.kinds.achievement, 'achievement')}, {plural(summary.kinds.failure, 'failure')}
          {summary.kinds.board + summary.kinds.volunteer > 0 &&
            `, ${summary.kinds.board + summary.kinds.volunteer} board or volunteer`}
          . {summary.balance.message}
        </li>
        <li className={summary.uncovered.length ? 'warning' : ''}>
          {summary.coverage.length - summary.uncovered.length} of the {summary.coverage.length} competencies every
          senior interview tests have a story tagged with them.
          {summary.uncovered.length > 0 && (
            <>
              {' '}
              No story yet for:{' '}
              {summary.uncovered.map((item, at) => (
                <span key={item.id}>
                  {at > 0 && ', '}
                  <a href={routeHref({ name: 'story', competency: item.id })}>{item.label.toLowerCase()}</a>
                </span>
              ))}
              .
            </>
          )}
        </li>
        {summary.tagged.length > 0 && (
          <li>
            Competencies your stories show:{' '}
            {summary.tagged
              .map((item) => `${item.label} (${item.storyIds.length}${item.own ? ', your own name' : ''})`)
              .join(', ')}
            .
          </li>
        )}
        {summary.withoutNumbers.length > 0 && (
          <li className="warning">Without numbers: {list(summary.withoutNumbers)}.</li>
        )}
        {summary.dated.length > 0 && <li>More than ten years old: {list(summary.dated)}.</li>}
        {summary.neverUsed.length > 0 && summary.neverUsed.length < summary.active && (
          <li>Never told yet: {list(summary.neverUsed)}.</li>
        )}
      </ul>
    </section>
  );
});

// Kept per story object (a new one comes with each edit), so a card shown again as the search changes is
// not coached again.
const coachingPercents = new WeakMap<Story, number>();
function coachingPercent(story: Story): number {
  let percent = coachingPercents.get(story);
  if (percent === undefined) {
    percent = Math.round(coachScore(coachStory(story)) * 100);
    coachingPercents.set(story, percent);
  }
  return percent;
}

const StoryCard = memo(function StoryCard({
  story,
  onDeleted,
}: {
  story: Story;
  onDeleted: (deleted: DeletedStory) => void;
}) {
  const score = coachingPercent(story);
  const { error, run } = useWrite();
  return (
    <li className="card story-card">
      <a className="card-title" href={routeHref({ name: 'story', id: story.id })}>
        {story.title}
      </a>
      {story.hook && <span className="card-line">{story.hook}</span>}
      <span className="card-meta">
        <span className={`status kind-${story.kind}`}>{kindLabels[story.kind]}</span>
        {story.period && <span>{story.period}</span>}
        <span>Coaching {score}%</span>
        {story.competencies.map((id) => (
          <span key={id} className="chip">
            {competencyById.get(id)?.label ?? id}
          </span>
        ))}
      </span>
      <div className="card-actions">
        <button
          type="button"
          className="subtle"
          aria-label={`Duplicate “${story.title}”`}
          onClick={() =>
            run('Not duplicated', async () => navigate({ name: 'story', id: (await duplicateStory(story.id)).id }))
          }
        >
          Duplicate
        </button>
        <button
          type="button"
          className="subtle"
          aria-label={`${story.archived ? 'Restore' : 'Archive'} “${story.title}”`}
          onClick={() =>
            run(story.archived ? 'Not restored' : 'Not archived', () => setStoryArchived(story.id, !story.archived))
          }
        >
          {story.archived ? 'Restore' : 'Archive'}
        </button>
        <button
          type="button"
          className="subtle"
          aria-label={`Delete “${story.title}”`}
          onClick={() =>
            run('Not deleted', async () => {
              const deleted = await deleteStory(story.id);
              if (deleted) onDeleted(deleted);
            })
          }
        >
          Delete
        </button>
      </div>
      <WriteError error={error} />
    </li>
  );
});

/** Import with a preview (nothing is written until the user confirms) and export as Markdown or JSON. */
function StoryFiles({ stories }: { stories: Story[] }) {
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<ImportPreviewState>();
  const [message, setMessage] = useState('');

  async function read(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setMessage('');
    const now = Date.now();
    const result = await loadStoryFile(file, now);
    setPreview({ file: file.name, result, plan: planImport(result.stories, stories, now) });
  }

  async function confirm(choices: ConflictChoices) {
    if (!preview) return;
    try {
      const counts = await importStories(preview.plan, choices);
      setMessage(`Imported from ${preview.file}: ${describeCounts(counts)}.`);
      setPreview(undefined);
    } catch (failure) {
      if (failure instanceof StaleImportError) setPreview(undefined);
      setMessage(
        failure instanceof StaleImportError ? failure.message : writeErrorMessage(failure, 'Nothing was imported'),
      );
    }
  }

  return (
    <section className="story-files" aria-labelledby="story-files-title">
      <h2 id="story-files-title">Import and export</h2>
      <div className="actions">
        <button type="button" onClick={() => input.current?.click()}>
          Import Markdown or JSON…
        </button>
        <input
          ref={input}
          type="file"
          accept=".md,.markdown,.txt,.json"
          hidden
          onChange={read}
          aria-label="Story file"
        />
        <button
          type="button"
          disabled={stories.length === 0}
          onClick={() => {
            download('stories.md', storiesToMarkdown(stories), 'text/markdown');
            setMessage(`Exported ${plural(stories.length, 'story', 'stories')} to stories.md, in your downloads.`);
          }}
        >
          Export Markdown
        </button>
        <button
          type="button"
          disabled={stories.length === 0}
          onClick={() => {
            download('stories.json', storiesToJson(stories), 'application/json');
            setMessage(`Exported ${plural(stories.length, 'story', 'stories')} to stories.json, in your downloads.`);
          }}
        >
          Export JSON
        </button>
      </div>
      {message && (
        <p className="hint" role="status">
          {message}
        </p>
      )}
      {preview && (
        <ImportPreview
          key={`${preview.file}-${preview.plan.items.length}`}
          preview={preview}
          onConfirm={confirm}
          onCancel={() => setPreview(undefined)}
        />
      )}
    </section>
  );
}

interface ImportPreviewState {
  file: string;
  result: StoryFileResult;
  plan: ImportPlan;
}

const statusLabels: Record<PlannedStatus, string> = {
  new: 'new',
  update: 'updated',
  unchanged: 'unchanged',
  conflict: 'to decide',
};

/** Long lists show their first items; a 300,000-story file must not draw 300,000 rows. */
const shownItems = 50;

function ImportPreview({
  preview,
  onConfirm,
  onCancel,
}: {
  preview: ImportPreviewState;
  onConfirm: (choices: ConflictChoices) => void;
  onCancel: () => void;
}) {
  const { file, result, plan } = preview;
  const [choices, setChoices] = useState<Map<number, ConflictChoice>>(() => new Map());
  const counts = countPlan(plan, choices);
  const conflicts = plan.items.flatMap((item, index) => (item.status === 'conflict' ? [{ item, index }] : []));
  const readable = result.stories.length;
  const choose = (index: number, choice: ConflictChoice) =>
    setChoices((current) => new Map(current).set(index, choice));
  const warnings = [...result.warnings, ...plan.warnings];
  // Messages are kept for the first stories of a huge file; the count covers them all.
  const problemCount = Math.max(result.problems.length, result.unreadable);
  const nothingToDo = readable > 0 && !changesBank(counts) && counts.undecided === 0;

  // The preview opens below the bank's buttons: bring it into view, a short list must not hide it. In
  // braces: this browser's scrollIntoView returns a promise, which React would take for the cleanup.
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    section.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  return (
    <section ref={section} className="card import-preview" aria-label="Import preview">
      <p>
        <strong>{file}</strong>: {readable > 0 ? `${describeCounts(counts)}` : 'no story can be imported'}
        {result.unreadable > 0 && `; ${result.unreadable.toLocaleString('en')} could not be read`}.
      </p>
      {nothingToDo && (
        <p className="hint">
          Your bank already has every {result.unreadable > 0 ? 'readable ' : ''}story in this file.
        </p>
      )}
      {readable > 0 && (
        <ul className="plain-list">
          {plan.items.slice(0, shownItems).map((item) => (
            <li key={item.file.label}>
              {item.file.story.title}{' '}
              <span className="card-meta">
                ({kindLabels[item.file.story.kind]}, {statusLabels[item.status]})
              </span>
            </li>
          ))}
          {plan.items.length > shownItems && (
            <li>…and {(plan.items.length - shownItems).toLocaleString('en')} more.</li>
          )}
        </ul>
      )}
      {conflicts.slice(0, shownItems).map(({ item, index }) => (
        <fieldset key={item.file.label} className="name-choice">
          <legend>{item.file.story.title}</legend>
          <p className="hint">{item.explanation}</p>
          {item.differences && item.differences.length > 0 && (
            <details className="story-differences">
              <summary>Compare the two copies</summary>
              <dl>
                {item.differences.map((difference) => (
                  <div key={difference.field}>
                    <dt>{difference.field}</dt>
                    <dd>
                      <span className="card-meta">{item.reason === 'duplicate-id' ? 'First copy' : 'Yours'}:</span>{' '}
                      {difference.ours}
                    </dd>
                    <dd>
                      <span className="card-meta">{item.reason === 'duplicate-id' ? 'This copy' : 'The file’s'}:</span>{' '}
                      {difference.theirs}
                    </dd>
                  </div>
                ))}
              </dl>
            </details>
          )}
          {(item.reason === 'duplicate-id'
            ? ([
                ['mine', 'Skip it'],
                ['file', 'Import it as another story'],
              ] as const)
            : ([
                ['mine', 'Keep mine'],
                ['file', 'Use the file’s'],
              ] as const)
          ).map(([choice, label]) => (
            <label key={choice} className="check">
              <input
                type="radio"
                name={`import-choice-${index}`}
                checked={choices.get(index) === choice}
                onChange={() => choose(index, choice)}
              />
              {label}
            </label>
          ))}
        </fieldset>
      ))}
      {conflicts.length > shownItems && (
        <p className="hint">…and {(conflicts.length - shownItems).toLocaleString('en')} more to decide.</p>
      )}
      {conflicts.length > 1 && (
        <div className="actions tight">
          <span className="hint">For all {conflicts.length}:</span>
          {(
            [
              ['mine', 'Keep mine for all'],
              ['file', 'Use the file’s for all'],
            ] as const
          ).map(([choice, label]) => (
            <button
              key={choice}
              type="button"
              onClick={() => setChoices(new Map(conflicts.map(({ index }) => [index, choice])))}
            >
              {label}
            </button>
          ))}
        </div>
      )}
      {result.problems.length > 0 && (
        <>
          {readable > 0 && <p>These could not be read:</p>}
          <ul className="plain-list problems">
            {result.problems.slice(0, shownItems).map((problem) => (
              <li key={problem} className="error">
                {problem}
              </li>
            ))}
            {problemCount > shownItems && (
              <li className="error">…and {(problemCount - shownItems).toLocaleString('en')} more.</li>
            )}
          </ul>
        </>
      )}
      {warnings.length > 0 && readable > 0 && <p>Notes on what is imported:</p>}
      {warnings.length > 0 && (
        <ul className="plain-list problems">
          {warnings.slice(0, shownItems).map((warning) => (
            <li key={warning} className="hint warning">
              {warning}
            </li>
          ))}
          {warnings.length > shownItems && (
            <li className="hint warning">…and {(warnings.length - shownItems).toLocaleString('en')} more.</li>
          )}
        </ul>
      )}
      {counts.undecided > 0 && (
        <p className="hint">
          Choose for {counts.undecided === 1 ? 'the story' : `each of the ${counts.undecided} stories`} above before
          importing.
        </p>
      )}
      <div className="actions">
        {readable === 0 || nothingToDo ? (
          <button type="button" onClick={onCancel}>
            Close
          </button>
        ) : result.unreadable > 0 ? (
          <>
            <button
              type="button"
              className="primary"
              disabled={counts.undecided > 0}
              onClick={() => onConfirm(choices)}
            >
              Import the {readable === 1 ? 'readable story' : `${readable} readable stories`}
            </button>
            <button type="button" onClick={onCancel}>
              Import nothing
            </button>
          </>
        ) : (
          <>
            <button
              type="button"
              className="primary"
              disabled={counts.undecided > 0}
              onClick={() => onConfirm(choices)}
            >
              Import
            </button>
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          </>
        )}
      </div>
    </section>
  );
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
