// Stories from JSON: Dossier's own export ({ format: 'dossier-stories', stories: [...] }) or a plain list.
// Ids and timestamps are read, not trusted: an id or a date that cannot be used is reported and left
// out, so the import plan matches that story by title and dates it now.
import { emptyStory } from '@/lib/db/stories';
import { newId, storySchema } from '@/lib/schema';
import {
  describeFailure,
  type FileStory,
  fileProblem,
  quotedTitle,
  readKind,
  type StoryFileResult,
} from './file-story';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTimestamp = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** "Unexpected token } in JSON at position 120 (line 7 column 3)" → "line 7, column 3". */
function whereJsonFails(json: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` (line ${lineColumn[1]}, column ${lineColumn[2]})`;
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const offset = Number(position[1]);
  let line = 1;
  for (let at = json.indexOf('\n'); at !== -1 && at < offset; at = json.indexOf('\n', at + 1)) line += 1;
  return ` (line ${line})`;
}

/** Whether a list of records is something Dossier knows other than stories, and what. */
function looksLike(items: unknown[]): string | undefined {
  let interviews = 0;
  let people = 0;
  let stories = 0;
  const sample = items.slice(0, 50);
  for (const item of sample) {
    if (!isRecord(item)) continue;
    if ('situation' in item || 'action' in item || 'result' in item || 'lesson' in item || 'hook' in item) stories += 1;
    else if ('startsAt' in item || 'companyName' in item || ('company' in item && 'role' in item)) interviews += 1;
    else if ('name' in item && ('title' in item || 'organization' in item || 'companyId' in item)) people += 1;
  }
  if (stories > 0) return undefined;
  if (interviews > sample.length / 2) return 'interviews';
  if (people > sample.length / 2) return 'people';
  return undefined;
}

function storyList(parsed: unknown): unknown[] | string {
  const fallback =
    'This file holds no stories: Dossier reads a list of stories, or { "stories": [...] } as its own export writes.';
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) return 'The file’s list is empty: it holds no stories.';
    const kind = looksLike(parsed);
    return kind ? `This looks like a list of ${kind}, not stories.` : parsed;
  }
  if (!isRecord(parsed)) return fallback;
  if (Array.isArray(parsed.stories)) {
    return parsed.stories.length === 0 ? 'The file’s list of stories is empty.' : parsed.stories;
  }
  if (Array.isArray(parsed.interviews)) return 'This looks like a list of interviews, not stories.';
  if (Array.isArray(parsed.people)) return 'This looks like a list of people, not stories.';
  if (typeof parsed.title === 'string') return [parsed];
  return fallback;
}

/** Reads the stories of an already parsed JSON value. */
export function storiesFromJson(parsed: unknown, now = Date.now()): StoryFileResult {
  const items = storyList(parsed);
  if (typeof items === 'string') return fileProblem(items);
  const stories: FileStory[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  items.forEach((item, index) => {
    const number = index + 1;
    if (!isRecord(item)) {
      problems.push(
        `Story ${number}: this entry is ${Array.isArray(item) ? 'a list' : 'a single value'}, not a story.`,
      );
      return;
    }
    const title = typeof item.title === 'string' ? item.title.replace(/\s+/g, ' ').trim() : '';
    const label = title ? `Story ${number} ${quotedTitle(title)}` : `Story ${number}`;
    const hasId = typeof item.id === 'string' && item.id.trim() !== '' && item.id.length <= 100;
    if (item.id !== undefined && !hasId) {
      warnings.push(`${label}: its id cannot be used; it is matched with your stories by title.`);
    }
    const dates = { createdAt: item.createdAt, updatedAt: item.updatedAt };
    const badDates = Object.values(dates).some((value) => value !== undefined && !isTimestamp(value));
    if (badDates) warnings.push(`${label}: its dates cannot be read; it is dated when you import it.`);
    const updatedAt = isTimestamp(item.updatedAt) ? item.updatedAt : undefined;
    const createdAt = isTimestamp(item.createdAt) ? item.createdAt : undefined;
    const { kind, warning } = readKind(item.kind, label);
    if (warning) warnings.push(warning);
    const record = {
      ...emptyStory(),
      archived: false,
      ...item,
      title,
      kind,
      id: hasId ? (item.id as string) : newId(),
      createdAt: createdAt ?? updatedAt ?? now,
      updatedAt: updatedAt ?? now,
    };
    const result = storySchema.safeParse(record);
    if (!result.success) {
      problems.push(`${label}: ${describeFailure(result.error.issues, { ...item, title: item.title })}`);
      return;
    }
    stories.push({
      story: result.data,
      label,
      hasId,
      updatedAt,
      createdAt,
      hasArchived: typeof item.archived === 'boolean',
    });
  });
  return { stories, problems, unreadable: problems.length, warnings };
}

export function readJsonStories(json: string, now = Date.now()): StoryFileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    return fileProblem(
      `This file is not valid JSON${whereJsonFails(json, (error as Error).message)}. Dossier reads the JSON it exports, or a list of stories such as [{"title": "…", "action": "…"}].`,
    );
  }
  return storiesFromJson(parsed, now);
}
