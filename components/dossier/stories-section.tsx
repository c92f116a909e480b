import { useMemo, useRef } from 'react';
import { competencyById } from '@/lib/coach/competencies';
import { deleteStoryUse, markStoryTold } from '@/lib/db/stories';
import { storyPlan } from '@/lib/match/plan';
import { createStoryIndex, type StoryIndex } from '@/lib/match/story-index';
import type { Person, Story, StoryUse } from '@/lib/schema';
import { wordsMatching } from '@/lib/text/words';
import { WriteError } from '../controls/write-error';
import { useCompanyFacts, usePeople, useStories, useStoryUses } from '../hooks/live-queries';
import { routeHref } from '../hooks/use-hash-route';
import { useWrite } from '../hooks/use-write';
import { DossierSection } from './dossier-section';

const ratingLabels = { strong: 'Strong', partial: 'Partial', none: 'No match' } as const;

/** The story bank matched to this round: targets, likely questions with their stories, gaps, the ledger. */
export function StoriesSection({ interviewId, companyId }: { interviewId: string; companyId: string }) {
  const stories = useStories();
  const uses = useStoryUses();
  const people = usePeople(interviewId);
  const companyFacts = useCompanyFacts(companyId);
  const facts = useMemo(() => companyFacts?.map((entry) => entry.fact), [companyFacts]);
  const index = useStoryIndex(stories);
  const plan = useMemo(
    () =>
      stories && uses && people && facts && index
        ? storyPlan({ interviewId, stories, people, facts, uses, index })
        : undefined,
    [interviewId, stories, uses, people, facts, index],
  );
  if (!plan || !stories || !people || !uses) {
    return (
      <DossierSection id="stories" title="Stories">
        <p className="loading">Matching your stories…</p>
      </DossierSection>
    );
  }

  const byId = new Map(stories.map((story) => [story.id, story]));
  const names = new Map(people.map((person) => [person.id, person.name]));
  const told = uses.filter((use) => use.interviewId === interviewId);
  const active = stories.filter((story) => !story.archived);
  const toldToPanel = [...new Set(told.map((use) => use.storyId))].flatMap((id) => byId.get(id) ?? []);

  return (
    <DossierSection id="stories" title="Stories">
      {active.length === 0 && (
        <p className="section-summary">
          Your story bank is empty. <a href={routeHref({ name: 'story' })}>Write your first story</a> and it is matched
          to the questions this panel is likely to ask.
        </p>
      )}
      <h3>What this round will probe</h3>
      <ul className="chips">
        {plan.targets.map((target) => (
          <li key={target.competencyId} className="chip" title={originText(target.origins)}>
            {target.label} <span className="hint">· {originText(target.origins)}</span>
          </li>
        ))}
      </ul>
      <h3>Likely questions and the story to tell</h3>
      {toldToPanel.length > 0 && (
        // Said once for the round, not on every question whose matches include the story.
        <div className="notice panel-warning" role="note">
          <ul className="plain-list">
            {toldToPanel.map((story) => (
              <li key={story.id}>“{story.title}”: Already told to this panel.</li>
            ))}
          </ul>
          <p className="hint">Dossier suggests other stories for the questions still to come.</p>
        </div>
      )}
      <ul className="cards">
        {plan.questions.map((question) => {
          const suggested = question.suggestedStoryId ? byId.get(question.suggestedStoryId) : undefined;
          const match = question.matches.find((item) => item.storyId === question.suggestedStoryId);
          return (
            <li key={question.id} className="card likely-question">
              <span className="card-title">{question.text}</span>
              <span className="card-meta">{question.origin}</span>
              {suggested && match ? (
                <div className="suggested-story">
                  <span className={`status rating-${match.rating}`}>{ratingLabels[match.rating]}</span>{' '}
                  <a href={routeHref({ name: 'story', id: suggested.id })}>{suggested.title}</a>
                  {suggested.hook && <span className="card-line">{suggested.hook}</span>}
                  <span className="reason">
                    {reason(match.competencies, wordsMatching(question.text, match.terms))}
                  </span>
                  <TellButton story={suggested} interviewId={interviewId} personId={question.personId} names={names} />
                </div>
              ) : (
                <span className="card-line warning">
                  No story answers this yet.{' '}
                  <a href={routeHref({ name: 'story', competency: question.competencyId })}>Start one</a>
                </span>
              )}
              {question.matches
                .filter((item) => item.storyId !== question.suggestedStoryId && item.rating !== 'none')
                .slice(0, 2)
                .map((item) => (
                  <span key={item.storyId} className="card-line alternative">
                    Also: <a href={routeHref({ name: 'story', id: item.storyId })}>{byId.get(item.storyId)?.title}</a> (
                    {ratingLabels[item.rating].toLowerCase()})
                  </span>
                ))}
              {question.warnings
                .filter((warning) => warning.message !== panelWarning)
                .map((warning) => (
                  <span key={`${warning.storyId}:${warning.message}`} className="card-line warning">
                    “{byId.get(warning.storyId)?.title}”: {warning.message}
                  </span>
                ))}
            </li>
          );
        })}
      </ul>
      {plan.gaps.length > 0 && (
        <>
          <h3>Gaps</h3>
          <ul className="plain-list">
            {plan.gaps.map((gap) => (
              <li key={gap.competencyId}>
                {gap.message} <a href={routeHref({ name: 'story', competency: gap.competencyId })}>Start a story</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {active.length > 0 && <CoverageMatrix plan={plan} byId={byId} />}
      <h3>Told in this round</h3>
      {told.length === 0 ? (
        <p className="section-summary">Mark a story as told during the call so no one on this panel hears it twice.</p>
      ) : (
        <ul className="plain-list">
          {told.map((use) => (
            <ToldItem key={use.id} use={use} title={byId.get(use.storyId)?.title} names={names} />
          ))}
        </ul>
      )}
    </DossierSection>
  );
}

/** The ledger's message for a story told earlier in this round (see heardBefore in lib/match/plan.ts). */
const panelWarning = 'Already told to this panel.';

function ToldItem({ use, title, names }: { use: StoryUse; title?: string; names: Map<Person['id'], string> }) {
  const { error, run } = useWrite();
  return (
    <li>
      {title ?? 'A deleted story'} — {use.personId ? names.get(use.personId) : 'the panel'}{' '}
      <button type="button" className="subtle" onClick={() => run('Not undone', () => deleteStoryUse(use.id))}>
        Undo
      </button>
      <WriteError error={error} />
    </li>
  );
}

/** One index for the section's life: a story edited elsewhere is re-indexed alone, not the whole bank. */
function useStoryIndex(stories: Story[] | undefined): StoryIndex | undefined {
  const index = useRef<StoryIndex>(undefined);
  const versions = useRef(new Map<string, number>());
  return useMemo(() => {
    if (!stories) return undefined;
    index.current ??= createStoryIndex();
    const current = index.current;
    const seen = new Set<string>();
    for (const story of stories) {
      seen.add(story.id);
      if (versions.current.get(story.id) === story.updatedAt) continue;
      current.put(story);
      versions.current.set(story.id, story.updatedAt);
    }
    for (const id of versions.current.keys()) {
      if (seen.has(id)) continue;
      current.remove(id);
      versions.current.delete(id);
    }
    // The same index each time; the plan recomputes because `stories` changed.
    return current;
  }, [stories]);
}

function TellButton({
  story,
  interviewId,
  personId,
  names,
}: {
  story: Story;
  interviewId: string;
  personId?: string;
  names: Map<Person['id'], string>;
}) {
  const to = personId ? names.get(personId) : 'the panel';
  const { error, run } = useWrite();
  return (
    <>
      <button
        type="button"
        className="tell"
        aria-label={`Mark “${story.title}” as told to ${to}`}
        onClick={() => run('Not marked as told', () => markStoryTold(story.id, interviewId, personId))}
      >
        Told to {to}
      </button>
      <WriteError error={error} />
    </>
  );
}

/**
 * Every target by the stories that cover any, the broadest first. Columns are numbered, with the
 * titles in a key below, so the header reads whole in a narrow panel; a long bank scrolls sideways
 * with the competencies kept in view.
 */
function CoverageMatrix({ plan, byId }: { plan: ReturnType<typeof storyPlan>; byId: Map<string, Story> }) {
  const rows = plan.coverage;
  const columns = plan.coveringStoryIds.flatMap((id) => byId.get(id) ?? []);
  if (columns.length === 0) return null;
  return (
    <details className="coverage">
      <summary>Coverage: competencies by stories</summary>
      <p className="coverage-legend hint">
        <span className="rating-strong">●</span> strong · <span className="rating-partial">◐</span> partial · blank:
        none. Columns are the stories numbered below.
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              {columns.map((story, at) => (
                <th key={story.id} scope="col" title={story.title}>
                  <abbr title={story.title} aria-label={story.title}>
                    {at + 1}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.competencyId}>
                <th scope="row">{row.label}</th>
                {columns.map((story) => {
                  const cell = row.cells.get(story.id);
                  return (
                    <td key={story.id} className={cell ? `rating-${cell}` : undefined}>
                      <span aria-hidden="true">{cell === 'strong' ? '●' : cell === 'partial' ? '◐' : ''}</span>
                      <span className="visually-hidden">{cell ?? 'none'}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="coverage-key">
        {columns.map((story) => (
          <li key={story.id}>
            <a href={routeHref({ name: 'story', id: story.id })}>{story.title}</a>
          </li>
        ))}
      </ol>
    </details>
  );
}

function originText(origins: ReturnType<typeof storyPlan>['targets'][number]['origins']): string {
  const parts = new Set(
    origins.map((origin) =>
      origin.kind === 'job'
        ? 'job posting'
        : origin.kind === 'interviewer'
          ? `${origin.name} (${origin.function})`
          : 'executive default',
    ),
  );
  return [...parts].join(', ');
}

function reason(competencies: string[], terms: string[]): string {
  const shown = competencies.map((id) => competencyById.get(id)?.label.toLowerCase() ?? id);
  const parts = [];
  if (shown.length) parts.push(`shows ${shown.join(' and ')}`);
  if (terms.length) parts.push(`speaks of ${terms.slice(0, 4).join(', ')}`);
  return parts.length ? `Why: ${parts.join('; ')}.` : '';
}
