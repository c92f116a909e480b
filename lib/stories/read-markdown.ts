// Stories from Markdown the way people keep them in notes apps: one story per heading, its fields as
// sub-headings ("## Situation") or "Field: value" lines. A line-based reader, not a full Markdown
// parser: stories need only headings, fences and labels, and every step here is a plain string
// operation on one line, so the whole file is read in time linear in its length (no regex that can
// backtrack on a long run of spaces, no spread of a huge list into a call).
import { competencyFromTyped } from '@/lib/coach/competencies';
import { type Story, storySchema } from '@/lib/schema';
import {
  describeFailure,
  type FileStory,
  fileProblem,
  quotedTitle,
  readKind,
  type StoryFileResult,
} from './file-story';
import { parseMetric } from './key-numbers';

type TextField = 'hook' | 'situation' | 'challenge' | 'action' | 'result' | 'lesson';
type Field = TextField | 'metrics' | 'period' | 'teamSize' | 'kind' | 'competencies' | 'tags';

/** Heading names people use for each field, lower case. The first is the one messages use. */
const fieldNames: [Field, string[]][] = [
  ['situation', ['situation', 'context', 'background']],
  ['challenge', ['challenge', 'task', 'problem', 'obstacle', 'complication']],
  ['action', ['action', 'actions', 'what i did', 'approach']],
  ['result', ['result', 'results', 'outcome', 'impact']],
  ['lesson', ['lesson', 'lessons', 'lesson learned', 'lessons learned', 'learning', 'learnings', 'reflection']],
  ['hook', ['hook', 'one-liner', 'one liner', 'headline', 'summary']],
  ['metrics', ['metrics', 'numbers', 'key numbers', 'kpis']],
  ['period', ['period', 'date', 'dates', 'when', 'year']],
  ['teamSize', ['team size', 'team']],
  ['kind', ['kind', 'type', 'category']],
  ['competencies', ['competencies', 'competency', 'skills', 'themes']],
  ['tags', ['tags', 'tag', 'keywords']],
];
const fieldByName = new Map(fieldNames.flatMap(([field, names]) => names.map((name) => [name, field] as const)));
const fieldTitle = (field: Field) => {
  const name = fieldNames.find(([item]) => item === field)?.[1][0] ?? field;
  return name.charAt(0).toUpperCase() + name.slice(1);
};
const fieldList = fieldNames.map(([field]) => fieldTitle(field)).join(', ');

function fieldOf(name: string): Field | undefined {
  if (name.length > 40) return undefined;
  const key = name.toLowerCase();
  const field = fieldByName.get(key);
  if (field || !/[*_:`]/.test(key)) return field;
  return fieldByName.get(key.replace(/[*_:`]+/g, '').trim());
}

interface Heading {
  level: number;
  text: string;
  field?: Field;
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\t';

/** Up to three spaces of indentation, as Markdown allows before a heading or a fence. */
function indentOf(line: string): number {
  let at = 0;
  while (at < 3 && line[at] === ' ') at += 1;
  return at;
}

/**
 * An ATX heading ("## Action", "# Title #"). "#Title" without the space is not a heading in
 * CommonMark, but notes apps write it: it is read as one when its text is a field name ("##Result"),
 * or when it reads like a title: it starts with a letter and has several words, none of them another
 * "#tag". That keeps "#leadership" and "#growth #ops" lines in a story's text, since a hashtag is one
 * word; a one-word title needs the space ("# Turnaround").
 */
function atxHeading(line: string): Heading | undefined {
  const start = indentOf(line);
  let level = 0;
  while (line[start + level] === '#') level += 1;
  if (level === 0 || level > 6) return undefined;
  const next = line[start + level];
  let text = line.slice(start + level).trim();
  // A closing run of #s counts only after a space ("# Title ##"), so "# C#" keeps its sharp.
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end < text.length && (end === 0 || isSpace(text[end - 1]))) text = text.slice(0, end).trimEnd();
  const field = fieldOf(text);
  if (next !== undefined && !isSpace(next) && !field) {
    const looksLikeTitle = /^\p{L}/u.test(text) && /\s/.test(text) && !/\s#/.test(text);
    if (!looksLikeTitle) return undefined;
  }
  return { level, text, field };
}

/** The run of ` or ~ that opens or closes a fenced code block, if the line is one. */
function fenceOf(line: string): string | undefined {
  const start = indentOf(line);
  const char = line[start];
  if (char !== '`' && char !== '~') return undefined;
  let end = start;
  while (line[end] === char) end += 1;
  return end - start >= 3 ? line.slice(start, end) : undefined;
}

/** A setext underline: a line of only = (level 1) or only - (level 2), at least two of them. */
function setextLevel(line: string): number | undefined {
  const text = line.trim();
  if (text.length < 2 || indentOf(line) < line.length - line.trimStart().length) return undefined;
  const char = text[0];
  if (char !== '=' && char !== '-') return undefined;
  for (let at = 1; at < text.length; at += 1) if (text[at] !== char) return undefined;
  return char === '=' ? 1 : 2;
}

/** "---", "***" or "___" alone on a line: a separator between stories, not text. */
function isThematicBreak(line: string): boolean {
  const text = line.replaceAll(' ', '');
  if (text.length < 3) return false;
  const char = text[0];
  if (char !== '-' && char !== '*' && char !== '_') return false;
  for (let at = 1; at < text.length; at += 1) if (text[at] !== char) return false;
  return true;
}

const isListItem = (line: string) => {
  const text = line.trimStart();
  return (text[0] === '-' || text[0] === '*' || text[0] === '+') && isSpace(text[1]);
};

/** "Kind: failure", "**Action:** I skipped the pilot.", "- Result: 38% faster". */
function labelledLine(line: string): { field: Field; value: string } | undefined {
  let text = line.trimStart();
  if (isListItem(text)) text = text.slice(2).trimStart();
  const colon = text.slice(0, 42).indexOf(':');
  if (colon < 2) return undefined;
  const field = fieldOf(text.slice(0, colon));
  if (!field) return undefined;
  let value = text.slice(colon + 1);
  let at = 0;
  while (value[at] === '*' || value[at] === '_') at += 1;
  value = value.slice(at).trim();
  return { field, value };
}

/**
 * A list field's items: one per line when it is written as lines or a list, else a line cut at ";" and at
 * "," (but not a thousands comma: "40,000 people" is one key number).
 */
function listItems(text: string): string[] {
  return text
    .split(text.includes('\n') || isListItem(text) ? '\n' : /;|,(?!\d)/)
    .map((item) => {
      const trimmed = item.trim();
      return unescapeLine(
        (trimmed[0] === '-' || trimmed[0] === '*' || trimmed[0] === '+' || trimmed[0] === '•') &&
          (trimmed.length === 1 || isSpace(trimmed[1]))
          ? trimmed.slice(1).trim()
          : trimmed,
      );
    })
    .filter(Boolean);
}

const isPunctuation = (char: string | undefined) => char !== undefined && /[!-/:-@[-`{-~]/.test(char);

/**
 * A line of a story's text as Markdown, escaped where the reader would take it for structure: a
 * backslash before a heading's #, a fence or an underline, and before the colon of "Result: …".
 */
export function escapeLine(line: string): string {
  const start = line.length - line.trimStart().length;
  const text = line.slice(start);
  if (labelledLine(line)) return line.replace(':', '\\:');
  const structure =
    text[0] === '#' ||
    fenceOf(line) !== undefined ||
    setextLevel(line) !== undefined ||
    isThematicBreak(line) ||
    (text[0] === '\\' && isPunctuation(text[1]));
  return structure ? `${line.slice(0, start)}\\${text}` : line;
}

/** A line without the backslashes escapeLine put in ("\\# of hires" is "# of hires"). */
function unescapeLine(line: string): string {
  const start = line.length - line.trimStart().length;
  if (line[start] === '\\' && isPunctuation(line[start + 1])) return line.slice(0, start) + line.slice(start + 1);
  const colon = line.slice(0, 43).indexOf(':');
  return colon > 0 && line[colon - 1] === '\\' ? line.slice(0, colon - 1) + line.slice(colon) : line;
}

/** A story title as Markdown: emphasis marks are read as formatting, so literal ones are escaped. */
export const escapeTitle = (title: string) => title.replace(/[\\*_`]/g, '\\$&');

/** A heading's text as a title: emphasis marks dropped, escaped characters kept. */
function plainTitle(text: string): string {
  let title = '';
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at] as string;
    if (char === '\\' && isPunctuation(text[at + 1])) title += text[++at];
    else if (char !== '*' && char !== '_' && char !== '`') title += char;
  }
  return title.replace(/\s+/g, ' ').trim();
}

/** What each line is, found in a first pass so the second can cut the file into stories. */
enum Role {
  Text = 0,
  Heading = 1,
  Underline = 2,
  Code = 3,
}

/**
 * One byte per line, and for a heading line the index of its entry in `headings`: typed arrays, so a
 * file of 300,000 lines costs no 300,000 objects or map entries beyond its headings.
 */
function lineRoles(lines: string[]): { roles: Uint8Array; headingAt: Int32Array; headings: Heading[] } {
  const roles = new Uint8Array(lines.length);
  const headingAt = new Int32Array(lines.length);
  const headings: Heading[] = [];
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const marker = fenceOf(line);
    if (fence !== undefined) {
      // A fence closes with a run of the same character, at least as long, and nothing after it.
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined;
      roles[index] = Role.Code;
      continue;
    }
    if (marker) {
      fence = marker;
      roles[index] = Role.Code;
      continue;
    }
    if (roles[index] === Role.Underline) continue; // claimed by the line above
    const atx = atxHeading(line);
    if (atx) {
      roles[index] = Role.Heading;
      headingAt[index] = headings.push(atx) - 1;
      continue;
    }
    // Setext: a one-line paragraph underlined with === or ---. A longer paragraph above a --- line is
    // text followed by a separator, which is safer than turning its last line into a heading.
    const below = lines[index + 1];
    const level = below === undefined ? undefined : setextLevel(below);
    const startsParagraph = index === 0 || !(lines[index - 1] ?? '').trim() || roles[index - 1] === Role.Heading;
    if (level && line.trim() && startsParagraph && !isListItem(line) && !labelledLine(line)) {
      const text = line.trim();
      roles[index] = Role.Heading;
      headingAt[index] = headings.push({ level, text, field: fieldOf(text) }) - 1;
      roles[index + 1] = Role.Underline;
    }
  }
  return { roles, headingAt, headings };
}

/** What a story's lines hold, field by field, before it becomes a record. */
interface StoryDraft {
  title: string;
  line: number;
  /** Made on the first line of text: most of a hostile file's headings have none. */
  fields: Map<Field, string[]> | undefined;
}

function storyWhere(title: string, number: number, line: number): string {
  return title ? `Story ${number} ${quotedTitle(title)} (line ${line})` : `Story ${number} (line ${line})`;
}

function rawField(draft: StoryDraft, field: Field): string {
  const lines = draft.fields?.get(field);
  return lines ? lines.join('\n').trim() : '';
}

const nothingRead =
  'nothing under the heading could be read; a story needs at least one of Situation, Challenge, Action, Result, Lesson or Hook.';

/**
 * A draft as a record, or why it cannot be one. The reason is returned without the story's name, which
 * is only put into a sentence when the message is kept: a file of 300,000 empty headings must not build
 * 300,000 sentences. (No closures here either: this runs once per story.)
 */
function buildStory(
  draft: StoryDraft,
  title: string,
  number: number,
  now: number,
  warnings: string[],
): FileStory | { problem: string } {
  if (!title) return { problem: 'the heading has no title.' };
  if (!draft.fields) return { problem: nothingRead };
  const text: Record<TextField, string> = {
    hook: rawField(draft, 'hook').replace(/\s+/g, ' '),
    situation: rawField(draft, 'situation'),
    challenge: rawField(draft, 'challenge'),
    action: rawField(draft, 'action'),
    result: rawField(draft, 'result'),
    lesson: rawField(draft, 'lesson'),
  };
  if (!Object.values(text).some(Boolean)) return { problem: nothingRead };
  const where = storyWhere(title, number, draft.line);
  const kindLine = rawField(draft, 'kind').split('\n')[0] ?? '';
  const { kind, warning } = readKind(kindLine, where);
  if (warning) warnings.push(warning);
  const teamText = /\d[\d,]*/.exec(rawField(draft, 'teamSize'))?.[0]?.replaceAll(',', '');
  const teamSize = teamText ? Number(teamText) : null;
  if (teamSize !== null && !Number.isSafeInteger(teamSize)) {
    warnings.push(`${where}: the team size “${teamText}” is not a number Dossier can keep; it was left empty.`);
  }
  // A name of the taxonomy's becomes its id; any other stays the writer's own words, as the editor keeps it.
  const competencies = [
    ...new Set(listItems(rawField(draft, 'competencies')).flatMap((name) => competencyFromTyped(name) ?? [])),
  ];
  // The id is a placeholder: the import plan gives a Markdown story its id once it is known to be new.
  const record: Story = {
    id: `markdown-story-${number}`,
    createdAt: now,
    updatedAt: now,
    title,
    ...text,
    metrics: listItems(rawField(draft, 'metrics')).map(parseMetric),
    period: rawField(draft, 'period').replace(/\s+/g, ' '),
    teamSize: teamSize !== null && Number.isSafeInteger(teamSize) ? teamSize : null,
    kind,
    competencies,
    tags: [...new Set(listItems(rawField(draft, 'tags')))],
    archived: false,
  };
  const parsed = storySchema.safeParse(record);
  if (!parsed.success) return { problem: describeFailure(parsed.error.issues, record) };
  return {
    story: parsed.data,
    label: `Story ${number} ${quotedTitle(title)}`,
    line: draft.line,
    hasId: false,
    hasArchived: false,
  };
}

/** When a file has no story headings: say what it looks like instead, if it is plain what. */
function notStoriesMessage(lines: string[]): string {
  const firstLines: string[] = [];
  for (const line of lines) {
    if (line.trim()) firstLines.push(line.trim());
    if (firstLines.length === 2) break;
  }
  const [first = '', second = ''] = firstLines;
  if (first.toUpperCase().startsWith('BEGIN:VCALENDAR')) {
    return 'This looks like a calendar invitation, not stories.';
  }
  const separator = [',', ';', '\t'].find((char) => first.split(char).length >= 3 && second.split(char).length >= 3);
  if (separator) {
    const header = first.toLowerCase();
    if (/company|role|interview|starts/.test(header) && !/situation|action|result/.test(header)) {
      return 'This looks like a spreadsheet of interviews, not stories.';
    }
    return 'This looks like a spreadsheet, not stories: Dossier reads stories from Markdown (a heading per story, such as “# Cut $12M of costs”, then “## Situation”, “## Action”…) or from its own JSON export.';
  }
  const hashtag = lines.find((line) => /^#\p{L}/u.test(line) && !/\s/.test(line.trim()));
  const hint = hashtag
    ? ` A line such as “${hashtag.trim().slice(0, 40)}” reads as a hashtag; write “# ${hashtag.trim().slice(1, 40)}” to start a story.`
    : '';
  return `No stories found: start each story with a heading such as “# Cut $12M of costs”, and its fields with sub-headings such as “## Situation”.${hint}`;
}

/** Messages kept per file: a preview shows a few dozen, and a hostile file must not fill the memory. */
const maxProblems = 1_000;

export function readMarkdownStories(markdown: string, now = Date.now()): StoryFileResult {
  const lines = (markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown).split(/\r?\n/);
  const { roles, headingAt, headings } = lineRoles(lines);
  // Stories are the highest-level headings that are not field names ("# Story", "## Situation").
  let storyLevel = Number.POSITIVE_INFINITY;
  for (const heading of headings) {
    if (!heading.field && heading.level < storyLevel) storyLevel = heading.level;
  }
  if (!Number.isFinite(storyLevel)) return fileProblem(notStoriesMessage(lines));

  const problems: string[] = [];
  const warnings: string[] = [];
  const stories: FileStory[] = [];
  let unreadable = 0;
  let draft: StoryDraft | undefined;
  let field: Field | undefined;
  let textBefore = false;
  let before = 0;
  const finish = () => {
    if (!draft) return;
    const number = stories.length + unreadable + 1;
    const title = plainTitle(draft.title);
    const story = buildStory(draft, title, number, now, warnings);
    if ('problem' in story) {
      if (problems.length < maxProblems) problems.push(`${storyWhere(title, number, draft.line)}: ${story.problem}`);
      unreadable += 1;
    } else stories.push(story);
  };
  const append = (target: Field, line: string) => {
    if (!draft) return;
    const list = draft.fields?.get(target);
    if (list) list.push(line);
    else if (line.trim()) {
      draft.fields ??= new Map();
      draft.fields.set(target, [line]);
    }
  };

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const role = roles[index];
    if (role === Role.Underline) continue;
    const heading = role === Role.Heading ? headings[headingAt[index] ?? -1] : undefined;
    if (heading && !heading.field && heading.level === storyLevel) {
      finish();
      if (!draft && textBefore) before = index;
      draft = { title: heading.text, line: index + 1, fields: undefined };
      field = undefined;
      continue;
    }
    if (!draft) {
      if (line.trim()) textBefore = true;
      continue;
    }
    if (heading) {
      if (heading.field) {
        field = heading.field;
        continue;
      }
      // A sub-heading that is no field: kept as text where it stands, so nothing typed is lost.
      const target = field ?? 'situation';
      if (warnings.length < maxProblems) {
        warnings.push(
          `Line ${index + 1}: the heading “${heading.text.slice(0, 60)}” is not one of ${fieldList}; it and the text under it were kept in the ${fieldTitle(target)}.`,
        );
      }
      append(target, heading.text);
      continue;
    }
    if (role === Role.Text) {
      const labelled = labelledLine(line);
      if (labelled) {
        field = labelled.field;
        append(field, labelled.value);
        continue;
      }
      if (isThematicBreak(line)) continue;
    }
    // Text under the title before any field is the situation, as people often write it.
    append(field ?? 'situation', role === Role.Text ? unescapeLine(line) : line);
  }
  finish();
  if (before > 0) {
    warnings.unshift(
      before === 1
        ? 'Line 1: the text before the first story heading was not read.'
        : `Lines 1–${before}: the text before the first story heading was not read.`,
    );
  }
  return { stories, problems, unreadable, warnings };
}
