// The story bank as files: Markdown the way people keep stories in notes apps (one story per heading,
// its fields as sub-headings or "Field: value" lines) and JSON. Reading a file never throws: it returns
// the stories it could read and one message for each it could not, so a preview can show both and the
// bank is only touched when the user confirms (see import-plan.ts for what an import then does).

import { competencyById } from '@/lib/coach/competencies';
import type { Story } from '@/lib/schema';
import { fileProblem, type StoryFileResult } from './file-story';
import { formatMetric } from './key-numbers';
import { readJsonStories, storiesFromJson } from './read-json';
import { escapeLine, escapeTitle, readMarkdownStories } from './read-markdown';

export type { FileStory, StoryFileResult } from './file-story';
export { readJsonStories, readMarkdownStories };

/** The largest story file read, in bytes: years of stories fit in a few hundred kilobytes. */
export const maxStoryFileBytes = 20_000_000;

/** Why a file of this many bytes is not read, if it is too large; checked before its text is read. */
export function storyFileSizeProblem(bytes: number): string | undefined {
  if (bytes <= maxStoryFileBytes) return undefined;
  const megabytes = (bytes / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 });
  return `The file is ${megabytes} MB; Dossier reads story files of up to 20 MB.`;
}

const whatIsRead =
  'Dossier reads stories from Markdown (.md, one heading per story) or JSON (.json, as Dossier exports them).';

/**
 * Whether text decoded from a file is binary: a NUL, or many characters the UTF-8 decoder could not read,
 * in its first few kilobytes. Text in any language has neither.
 */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  let unreadable = 0;
  for (const char of head) {
    if (char === '\0') return true;
    if (char === '\uFFFD') unreadable += 1;
  }
  return unreadable > 8 && unreadable > head.length / 100;
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
};

/**
 * Reads a story file by its name and text. A .json file is JSON and a .md file Markdown, whatever they
 * start with; any other file is JSON only if it parses as JSON, since Markdown can start with "[" (a
 * link) or "{" too.
 */
export function readStoryFile(name: string, text: string, now = Date.now()): StoryFileResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return fileProblem(`The file is empty. ${whatIsRead}`);
  if (looksBinary(body)) {
    return fileProblem(`This is not a text file: it looks like an image, a document or an archive. ${whatIsRead}`);
  }
  const extension = extensionOf(name);
  if (extension === 'json') return readJsonStories(body, now);
  let at = 0;
  while (at < body.length && /\s/.test(body[at] ?? '')) at += 1;
  const startsLikeJson = body[at] === '[' || body[at] === '{';
  // A name says what a file is meant to be, not always what it is: Markdown that opens with "[" is read
  // as Markdown, and a JSON export saved as .md as JSON, whichever finds stories.
  const markdown =
    extension === 'md' || extension === 'markdown' || !startsLikeJson ? readMarkdownStories(body, now) : undefined;
  if (markdown && (markdown.stories.length > 0 || !startsLikeJson)) return markdown;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return markdown ?? readMarkdownStories(body, now);
  }
  return storiesFromJson(parsed, now);
}

/** Reads a file the user picked: its size first (in bytes, before a byte of it is read), then its text. */
export async function loadStoryFile(
  file: Pick<File, 'name' | 'size' | 'text'>,
  now = Date.now(),
): Promise<StoryFileResult> {
  const tooLarge = storyFileSizeProblem(file.size);
  if (tooLarge) return fileProblem(tooLarge);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fileProblem('The file could not be read.');
  }
  return readStoryFile(file.name, text, now);
}

export function storiesToJson(stories: Story[]): string {
  return `${JSON.stringify({ format: 'dossier-stories', version: 1, stories }, null, 2)}\n`;
}

export function storiesToMarkdown(stories: Story[]): string {
  // Each line is escaped where the reader would take it for a heading, a fence or a field's label, so
  // that the file reads back as the same stories whatever their text holds.
  const text = (value: string) => value.trim().split('\n').map(escapeLine).join('\n');
  const list = (items: string[]) => items.map((item) => `- ${escapeLine(item)}`).join('\n');
  return stories
    .map((story) => {
      const sections: [string, string][] = [
        ['Hook', text(story.hook)],
        ['Situation', text(story.situation)],
        ['Challenge', text(story.challenge)],
        ['Action', text(story.action)],
        ['Result', text(story.result)],
        ['Lesson', text(story.lesson)],
        // Written as the editor shows them, under the editor's name for them.
        ['Key numbers', list(story.metrics.map(formatMetric))],
        ['Period', text(story.period)],
        ['Team size', story.teamSize === null ? '' : String(story.teamSize)],
        ['Kind', story.kind],
        ['Competencies', list(story.competencies.map((id) => competencyById.get(id)?.label ?? id))],
        ['Tags', list(story.tags)],
      ];
      const body = sections
        .filter(([, value]) => value.trim())
        .map(([name, value]) => `## ${name}\n\n${value}\n`)
        .join('\n');
      return `# ${escapeTitle(story.title)}\n\n${body}`;
    })
    .join('\n');
}
