// The bank as a whole: achievements against failures, which competencies it covers, how recent the
// stories are, which have no numbers, and which were never told.

import type { Story, StoryUse } from '@/lib/schema';
import { plural } from '@/lib/text/plural';
import { competencyById, executiveDefaults } from './competencies';
import { coachStory } from './rules';

export interface Portfolio {
  active: number;
  kinds: Record<Story['kind'], number>;
  balance: { status: 'ok' | 'no-failures' | 'too-many-failures' | 'empty'; message: string };
  /** Executive default competencies with the stories tagged with each. */
  coverage: { id: string; label: string; storyIds: string[] }[];
  uncovered: { id: string; label: string }[];
  /**
   * Every competency the stories are tagged with, the most told first: the taxonomy's under its label,
   * and the person's own ("Stakeholder wrangling", from an import) under the name they gave it.
   */
  tagged: { id: string; label: string; own: boolean; storyIds: string[] }[];
  /** Stories whose latest year is more than ten years ago. */
  dated: string[];
  withoutNumbers: string[];
  neverUsed: string[];
}

const staleYears = 10;

/** The latest year a period names ("2019–2021" → 2021; "2015–present" → this year). */
export function latestYear(period: string, now: number): number | undefined {
  if (/present|today|now|current/i.test(period)) return new Date(now).getUTCFullYear();
  const years = [...period.matchAll(/\b(19|20)\d{2}\b/g)].map((match) => Number(match[0]));
  return years.length ? Math.max(...years) : undefined;
}

export function portfolio(stories: Story[], uses: StoryUse[], now = Date.now()): Portfolio {
  const active = stories.filter((story) => !story.archived);
  const kinds = { achievement: 0, failure: 0, board: 0, volunteer: 0, other: 0 };
  for (const story of active) kinds[story.kind] += 1;

  const failures = kinds.failure;
  const share = active.length ? failures / active.length : 0;
  const balance: Portfolio['balance'] =
    active.length === 0
      ? { status: 'empty', message: 'No stories yet. Start with the achievement you are proudest of.' }
      : failures === 0
        ? {
            status: 'no-failures',
            message:
              'Only successes: that can read as arrogant, and every senior interview asks for a failure. Add one told with ownership and its lesson.',
          }
        : failures === active.length
          ? {
              status: 'too-many-failures',
              message: `Only failures so far. Interviewers look for mostly achievements, with a failure or two told well: add the achievement you are proudest of.`,
            }
          : // Two stories of which one is a failure is a start, not an imbalance: judge a bank of some size.
            active.length >= 4 && share > 0.4
            ? {
                status: 'too-many-failures',
                message: `${failures} of ${active.length} stories are failures. Interviewers look for mostly achievements, with a failure or two told well: add achievements.`,
              }
            : {
                status: 'ok',
                message: `${plural(failures, 'failure')} among ${plural(active.length, 'story', 'stories')}: balanced.`,
              };

  const coverage = executiveDefaults.map((id) => ({
    id,
    label: competencyById.get(id)?.label ?? id,
    storyIds: active.filter((story) => story.competencies.includes(id)).map((story) => story.id),
  }));

  const tagged = new Map<string, Portfolio['tagged'][number]>();
  for (const story of active) {
    for (const name of story.competencies) {
      const known = competencyById.get(name);
      // One's own names are counted as one however they are capitalised or spaced.
      const key = known ? name : `own:${name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
      if (!known && !name.trim()) continue;
      const entry = tagged.get(key) ?? { id: name, label: known?.label ?? name.trim(), own: !known, storyIds: [] };
      if (!entry.storyIds.includes(story.id)) entry.storyIds.push(story.id);
      tagged.set(key, entry);
    }
  }

  const currentYear = new Date(now).getUTCFullYear();
  const used = new Set(uses.map((use) => use.storyId));
  return {
    active: active.length,
    kinds,
    balance,
    coverage,
    uncovered: coverage.filter((item) => item.storyIds.length === 0).map(({ id, label }) => ({ id, label })),
    tagged: [...tagged.values()].sort(
      (a, b) => b.storyIds.length - a.storyIds.length || a.label.localeCompare(b.label),
    ),
    dated: active
      .filter((story) => {
        const year = latestYear(story.period, now);
        return year !== undefined && currentYear - year > staleYears;
      })
      .map((story) => story.id),
    withoutNumbers: active
      .filter((story) => coachStory(story).find((item) => item.rule === 'quantified-result')?.status !== 'ok')
      .map((story) => story.id),
    neverUsed: active.filter((story) => !used.has(story.id)).map((story) => story.id),
  };
}
