import { type ChangeEvent, memo, useDeferredValue, useMemo, useRef, useState } from 'react';
import { competencies, competencyById } from '@/lib/coach/competencies';
import { portfolio } from '@/lib/coach/portfolio';
import { coachScore, coachStory } from '@/lib/coach/rules';
import {
  type DeletedStory,
  deleteStory,
  duplicateStory,
  importStories,
  restoreStory,
  setStoryArchived,
} from '@/lib/db/stories';
import { type Story, storyKinds } from '@/lib/schema';
import {
  readJsonStories,
  readMarkdownStories,
  type StoryFileResult,
  storiesToJson,
  storiesToMarkdown,
} from '@/lib/stories/files';
import { searchStories, storySearchText } from '@/lib/stories/search';
import { plural } from '@/lib/text/plural';
import { WriteError } from '../controls/write-error';
import { useStories, useStoryUses } from '../hooks/live-queries';
import { navigate, routeHref } from '../hooks/use-hash-route';
import { useWrite } from '../hooks/use-write';

export const kindLabels: Record<Story['kind'], string> = {
  achievement: 'Achievement',
  failure: 'Failure',
  board: 'Board',
  volunteer: 'Volunteer',
  other: 'Other',
};

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
          {summary.coverage.length - summary.uncovered.length} of {summary.coverage.length} executive competencies
          covered.
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
  const [preview, setPreview] = useState<StoryFileResult & { file: string }>();
  const [message, setMessage] = useState('');

  async function read(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setMessage('');
    const text = await file.text().catch(() => undefined);
    if (text === undefined) {
      setPreview({ file: file.name, stories: [], problems: ['The file could not be read.'], warnings: [] });
      return;
    }
    const titles = stories.map((story) => story.title);
    const json = /\.json$/i.test(file.name) || /^\s*[[{]/.test(text);
    setPreview({
      file: file.name,
      ...(json ? readJsonStories(text, Date.now(), titles) : readMarkdownStories(text, Date.now(), titles)),
    });
  }

  async function confirm() {
    if (!preview) return;
    try {
      const added = await importStories(preview.stories);
      setMessage(`Imported ${added === 1 ? '1 story' : `${added} stories`} from ${preview.file}.`);
      setPreview(undefined);
    } catch (failure) {
      setMessage(`Nothing was imported: ${failure instanceof Error ? failure.message : String(failure)}`);
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
          onClick={() => download('stories.md', storiesToMarkdown(stories), 'text/markdown')}
        >
          Export Markdown
        </button>
        <button
          type="button"
          disabled={stories.length === 0}
          onClick={() => download('stories.json', storiesToJson(stories), 'application/json')}
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
        <section className="card import-preview" aria-label="Import preview">
          <p>
            {preview.file}: {preview.stories.length === 1 ? '1 story' : `${preview.stories.length} stories`} can be
            imported.
          </p>
          {preview.stories.length > 0 && (
            <ul className="plain-list">
              {preview.stories.slice(0, 50).map((story) => (
                <li key={story.id}>
                  {story.title} <span className="card-meta">({kindLabels[story.kind]})</span>
                </li>
              ))}
              {preview.stories.length > 50 && <li>…and {preview.stories.length - 50} more.</li>}
            </ul>
          )}
          {[...preview.problems, ...preview.warnings].length > 0 && (
            <ul className="plain-list problems">
              {preview.problems.map((problem) => (
                <li key={problem} className="error">
                  {problem}
                </li>
              ))}
              {preview.warnings.map((warning) => (
                <li key={warning} className="warning">
                  {warning}
                </li>
              ))}
            </ul>
          )}
          <div className="actions">
            <button type="button" className="primary" disabled={preview.stories.length === 0} onClick={confirm}>
              Import {preview.stories.length === 1 ? '1 story' : `${preview.stories.length} stories`}
            </button>
            <button type="button" onClick={() => setPreview(undefined)}>
              Cancel
            </button>
          </div>
        </section>
      )}
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
