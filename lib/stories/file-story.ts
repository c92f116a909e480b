// What reading a story file yields, shared by the Markdown and JSON readers: the stories it could read,
// each with what the file said about its identity and age (so an import can be planned against the
// bank), and plain sentences for everything else. Nothing here throws on a hostile file.
import { type Story, storyKinds } from '@/lib/schema';

/** A story read from a file, before it is matched against the bank. */
export interface FileStory {
  /** The story as the file has it. Its id and timestamps are placeholders unless `hasId`/`updatedAt` say so. */
  story: Story;
  /** How messages name it: 'Story 3 “Cut $12M of costs”'. */
  label: string;
  /** Line of its heading, for Markdown. */
  line?: number;
  /** The file gave it a usable id (JSON); without one it is matched by title. */
  hasId: boolean;
  /** When the file says it was last edited, if it gave a valid time; may lie in the future. */
  updatedAt?: number;
  /** When the file says it was created, if it gave a valid time. */
  createdAt?: number;
  /** The file says whether it is archived (JSON); a Markdown story keeps the bank's choice. */
  hasArchived: boolean;
}

export interface StoryFileResult {
  stories: FileStory[];
  /**
   * One plain sentence per story that could not be read, or a single one for a file that holds no
   * stories at all ("This looks like a list of interviews, not stories.").
   */
  problems: string[];
  /** How many stories the file holds that could not be read. */
  unreadable: number;
  /** Notes that do not stop an import: an unknown kind read as an achievement, text that was not read. */
  warnings: string[];
}

export function fileProblem(problem: string): StoryFileResult {
  return { stories: [], problems: [problem], unreadable: 0, warnings: [] };
}

/** A story's title as messages quote it: whitespace folded, long ones cut. */
export function quotedTitle(title: string): string {
  const line = title.replace(/\s+/g, ' ').trim();
  return `“${line.length > 80 ? `${line.slice(0, 79)}…` : line}”`;
}

const kindNames = new Map<string, Story['kind']>([
  ['achievement', 'achievement'],
  ['success', 'achievement'],
  ['win', 'achievement'],
  ['failure', 'failure'],
  ['mistake', 'failure'],
  ['setback', 'failure'],
  ['board', 'board'],
  ['non-profit board', 'board'],
  ['volunteer', 'volunteer'],
  ['volunteering', 'volunteer'],
  ['other', 'other'],
]);

/**
 * The kind a file names. An unknown one ("win-ish") is read as an achievement, with a warning that
 * says so: the rest of the story is worth keeping, and the kind is one click to change.
 */
export function readKind(value: unknown, label: string): { kind: Story['kind']; warning?: string } {
  if (value === undefined || value === null || value === '') return { kind: 'achievement' };
  const text = typeof value === 'string' ? value.trim() : '';
  const key = text.toLowerCase().replace(/[.!]+$/, '');
  const kind = kindNames.get(key);
  if (kind) return { kind };
  const shown = text ? `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”` : 'that is not a word';
  return {
    kind: 'achievement',
    warning: `${label}: kind ${shown} is not one of ${storyKinds.join(', ')}; imported as an achievement.`,
  };
}

const fieldWords: Record<string, string> = {
  id: 'id',
  createdAt: 'creation date',
  updatedAt: 'date of the last edit',
  title: 'title',
  hook: 'hook',
  situation: 'situation',
  challenge: 'challenge',
  action: 'action',
  result: 'result',
  lesson: 'lesson',
  metrics: 'key numbers',
  period: 'period',
  teamSize: 'team size',
  kind: 'kind',
  competencies: 'competencies',
  tags: 'tags',
  archived: '“archived” mark',
};

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  boolean: 'true or false',
  object: 'a set of fields',
};

/** One schema issue as a person would say it: "the title is longer than 2,000 characters". */
export function describeIssue(
  issue: { code: string; path: PropertyKey[]; expected?: unknown; maximum?: unknown; origin?: unknown },
  record: Record<string, unknown>,
): string {
  const [field, index, part] = issue.path;
  const fieldName = fieldWords[String(field)] ?? 'story';
  let name = `the ${fieldName}`;
  if (field === 'metrics' && typeof index === 'number') {
    name = `key number ${index + 1}${part === 'value' ? '’s value' : part ? `’s ${String(part)}` : ''}`;
  } else if (typeof index === 'number') name = `${fieldName} item ${index + 1}`;
  if (issue.path.length === 1 && record[String(field)] === undefined) return `${name} is missing`;
  const maximum = typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint' ? issue.maximum : undefined;
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' && maximum !== undefined
        ? `${name} is longer than ${maximum.toLocaleString('en-US')} characters`
        : `${name} is too large`;
    case 'too_small':
      return issue.origin === 'string' ? `${name} is empty` : `${name} is below zero`;
    case 'invalid_type':
      return `${name} should be ${typeWords[String(issue.expected)] ?? 'something else'}`;
    default:
      return `${name} could not be read`;
  }
}

/** The issues of a failed parse as a sentence ending with a full stop: the first three, then how many more. */
export function describeFailure(
  issues: readonly Parameters<typeof describeIssue>[0][],
  record: Record<string, unknown>,
): string {
  if (issues.length === 0) return 'it could not be read.';
  const named = [...new Set(issues.slice(0, 3).map((issue) => describeIssue(issue, record)))].join('; ');
  const more = issues.length > 3 ? `; and ${issues.length - 3} more` : '';
  return `${named}${more}.`;
}
