// The story bank's search as you type: every field of a story in one lower-case text, read once per bank,
// so each keystroke is a handful of substring tests.
import { competencyById } from '@/lib/coach/competencies';
import type { Story } from '@/lib/schema';

export interface StoryFilter {
  query: string;
  kind: string;
  competency: string;
  archived: boolean;
}

/** Every field of a story in one lower-case string, competencies by their labels. */
export function storySearchText(story: Story): string {
  return [
    story.title,
    story.hook,
    story.situation,
    story.challenge,
    story.action,
    story.result,
    story.lesson,
    story.period,
    ...story.tags,
    ...story.metrics.map((metric) => `${metric.value}${metric.unit} ${metric.label}`),
    ...story.competencies.map((id) => competencyById.get(id)?.label ?? id),
  ]
    .join('\n')
    .toLowerCase();
}

/** The stories that pass the filters and hold every word of the query, in the bank's order. */
export function searchStories(indexed: readonly { story: Story; text: string }[], filter: StoryFilter): Story[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return indexed
    .filter(({ story, text }) => {
      if (story.archived !== filter.archived) return false;
      if (filter.kind && story.kind !== filter.kind) return false;
      if (filter.competency && !story.competencies.includes(filter.competency)) return false;
      return words.every((word) => text.includes(word));
    })
    .map(({ story }) => story);
}
