// The story editor's form: what the person typed, kept as typed (key numbers, team size and tags as
// text) until they save, then checked field by field with messages written for people.
import type { StoryInput } from '@/lib/db/stories';
import { storyKinds } from '@/lib/schema';
import { formatKeyNumbers, parseKeyNumbers } from './key-numbers';

/** The form as typed: every field the way the person left it. */
export interface StoryDraft {
  title: string;
  hook: string;
  kind: StoryInput['kind'];
  period: string;
  teamSize: string;
  situation: string;
  challenge: string;
  action: string;
  result: string;
  lesson: string;
  keyNumbers: string;
  competencies: string[];
  tags: string;
}

export type StoryField = keyof StoryDraft;

/** Limits of the form, tighter than the database's for one-line fields so a title stays a title. */
/** "180 of 200 characters" once a line nears its limit, so the limit is seen before saving; else nothing. */
export function lengthHint(text: string, limit: number): string | undefined {
  const length = text.trim().length;
  return length >= limit * 0.9 ? `${length} of ${limit} characters.` : undefined;
}

export const storyLimits = {
  title: 200,
  hook: 300,
  period: 100,
  line: 2_000,
  text: 200_000,
} as const;

/**
 * Tags as one line: separated by commas, or by semicolons when a tag holds a comma ("cost, savings"), so
 * an imported tag keeps its comma through the editor.
 */
function formatTags(tags: string[]): string {
  return tags.join(tags.some((tag) => tag.includes(',')) ? '; ' : ', ');
}

/** The tags of the editor's line: at semicolons when it has any, else at commas. */
function parseTags(text: string): string[] {
  return text.split(text.includes(';') ? ';' : ',').map((tag) => tag.trim());
}

export function draftFromStory(story: StoryInput): StoryDraft {
  return {
    title: story.title,
    hook: story.hook,
    kind: story.kind,
    period: story.period,
    teamSize: story.teamSize === null ? '' : String(story.teamSize),
    situation: story.situation,
    challenge: story.challenge,
    action: story.action,
    result: story.result,
    lesson: story.lesson,
    keyNumbers: formatKeyNumbers(story.metrics),
    competencies: [...story.competencies],
    tags: formatTags(story.tags),
  };
}

export function sameDraft(a: StoryDraft, b: StoryDraft): boolean {
  return (Object.keys(a) as StoryField[]).every((key) =>
    key === 'competencies' ? a.competencies.join('\n') === b.competencies.join('\n') : a[key] === b[key],
  );
}

export type StoryFormErrors = Partial<Record<StoryField, string>>;

export type CheckedDraft = { ok: true; story: StoryInput } | { ok: false; errors: StoryFormErrors };

const textLabels = {
  situation: 'situation',
  challenge: 'challenge',
  action: 'action',
  result: 'result',
  lesson: 'lesson',
} as const;

/** "1,200" or "40" as a number; anything else is not a team size. */
export function parseTeamSize(text: string): number | null | undefined {
  const typed = text.trim();
  if (!typed) return null;
  if (!/^\d{1,3}(,\d{3})+$|^\d+$/.test(typed)) return undefined;
  const size = Number(typed.replace(/,/g, ''));
  return Number.isSafeInteger(size) ? size : undefined;
}

const grouped = (limit: number) => limit.toLocaleString('en-US');

/**
 * The story to save, or a sentence per field that is not right. The order of the errors is the order of
 * the form, so the first is the one to scroll to.
 */
export function checkDraft(draft: StoryDraft): CheckedDraft {
  const errors: StoryFormErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = 'Give the story a title.';
  else if (title.length > storyLimits.title) {
    errors.title = `Keep the title under ${storyLimits.title} characters: it has ${title.length}.`;
  }
  if (draft.hook.trim().length > storyLimits.hook) {
    errors.hook = `Keep the hook to one line, under ${storyLimits.hook} characters.`;
  }
  if (!storyKinds.includes(draft.kind)) errors.kind = 'Choose what kind of story this is.';
  // "20199" or "3023" is a slip of the keyboard: the portfolio dates stories by the years written here.
  const mistyped =
    /\d{5,}/.test(draft.period) ||
    (draft.period.match(/\b\d{4}\b/g) ?? []).some((year) => +year < 1900 || +year > 2100);
  if (draft.period.trim().length > storyLimits.period || mistyped) {
    errors.period = 'Write the period as a year or a range of years, such as 2019–2021.';
  }
  const teamSize = parseTeamSize(draft.teamSize);
  if (teamSize === undefined) errors.teamSize = 'Enter the team size as a whole number, such as 40.';
  for (const [field, name] of Object.entries(textLabels) as [keyof typeof textLabels, string][]) {
    if (draft[field].length > storyLimits.text) {
      errors[field] = `Shorten the ${name} to under ${grouped(storyLimits.text)} characters.`;
    }
  }
  const metrics = parseKeyNumbers(draft.keyNumbers);
  if (metrics.some((metric) => [metric.value, metric.unit, metric.label].join(' ').length > storyLimits.line)) {
    errors.keyNumbers = `Keep each key number to one line under ${grouped(storyLimits.line)} characters.`;
  }
  if (draft.competencies.some((name) => name.length > storyLimits.line)) {
    errors.competencies = 'A competency’s name is too long: keep it to a few words.';
  }
  const tags = parseTags(draft.tags);
  if (tags.some((tag) => tag.length > storyLimits.line)) {
    errors.tags = 'A tag is too long: separate tags with commas.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    story: {
      title,
      hook: draft.hook,
      kind: draft.kind,
      period: draft.period,
      teamSize: teamSize ?? null,
      situation: draft.situation,
      challenge: draft.challenge,
      action: draft.action,
      result: draft.result,
      lesson: draft.lesson,
      metrics,
      competencies: draft.competencies,
      tags: tags.filter(Boolean),
    },
  };
}

/** The form's fields in the order they are shown, so the first error is the one nearest the top. */
export const storyFieldOrder: StoryField[] = [
  'title',
  'hook',
  'kind',
  'period',
  'teamSize',
  'situation',
  'challenge',
  'action',
  'result',
  'lesson',
  'keyNumbers',
  'competencies',
  'tags',
];

export function firstInvalidField(errors: StoryFormErrors): StoryField | undefined {
  return storyFieldOrder.find((field) => errors[field]);
}
