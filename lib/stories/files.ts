// The story bank as files: Markdown the way people keep stories in notes apps (one story per heading,
// its fields as sub-headings or "Field: value" lines) and JSON. Reading a file never throws: it returns
// the stories it could read and one message for each it could not, so a preview can show both and the
// bank is only touched when the user confirms.
import { competencyById, resolveCompetencies } from '@/lib/coach/competencies';
import { emptyStory, type StoryInput } from '@/lib/db/stories';
import { newId, type Story, storyKinds, storySchema } from '@/lib/schema';
import { parseMetric } from './key-numbers';

export interface StoryFileResult {
  stories: Story[];
  /** One message per story (or part of the file) that could not be read. */
  problems: string[];
  /** Notes that do not stop an import ("Two stories are called …"). */
  warnings: string[];
}

const maxFileBytes = 20_000_000;

type TextField = 'hook' | 'situation' | 'challenge' | 'action' | 'result' | 'lesson';
type Field = TextField | 'metrics' | 'period' | 'teamSize' | 'kind' | 'competencies' | 'tags';

/** Heading names people use for each field, lower case. */
const fieldNames: [Field, string[]][] = [
  ['hook', ['hook', 'one-liner', 'one liner', 'headline', 'summary']],
  ['situation', ['situation', 'context', 'background']],
  ['challenge', ['challenge', 'task', 'problem', 'obstacle', 'complication']],
  ['action', ['action', 'actions', 'what i did', 'approach']],
  ['result', ['result', 'results', 'outcome', 'impact']],
  ['lesson', ['lesson', 'lessons', 'lesson learned', 'lessons learned', 'learning', 'learnings', 'reflection']],
  ['metrics', ['metrics', 'numbers', 'key numbers', 'kpis']],
  ['period', ['period', 'date', 'dates', 'when', 'year']],
  ['teamSize', ['team size', 'team']],
  ['kind', ['kind', 'type', 'category']],
  ['competencies', ['competencies', 'competency', 'skills', 'themes']],
  ['tags', ['tags', 'tag', 'keywords']],
];
const fieldByName = new Map(fieldNames.flatMap(([field, names]) => names.map((name) => [name, field] as const)));

const kindNames: Record<string, Story['kind']> = {
  achievement: 'achievement',
  success: 'achievement',
  win: 'achievement',
  failure: 'failure',
  mistake: 'failure',
  setback: 'failure',
  board: 'board',
  'non-profit board': 'board',
  volunteer: 'volunteer',
  volunteering: 'volunteer',
  other: 'other',
};

function fieldOf(name: string): Field | undefined {
  return fieldByName.get(
    name
      .toLowerCase()
      .replace(/[*_:`]+/g, '')
      .trim(),
  );
}

function listItems(text: string): string[] {
  return text
    .split(/\n|,|;/)
    .map((item) => item.replace(/^\s*[-*+•]\s*/, '').trim())
    .filter(Boolean);
}

/** Turns a story's raw fields into a record, or says what is wrong with it. */
function buildStory(title: string, raw: Map<Field, string>, now: number, where: string): Story | string {
  const text = (field: TextField) => raw.get(field)?.trim() ?? '';
  const kindText = (raw.get('kind') ?? '').trim().toLowerCase();
  const kind = kindText ? kindNames[kindText] : 'achievement';
  if (!kind) return `${where}: unknown kind "${kindText}" (use ${storyKinds.join(', ')}).`;
  const teamText = (raw.get('teamSize') ?? '').replace(/[^\d]/g, '');
  const competencies = [
    ...new Set(
      listItems(raw.get('competencies') ?? '').flatMap((name) => {
        const ids = resolveCompetencies(name);
        return ids.length > 0 ? ids : [name];
      }),
    ),
  ];
  const input: StoryInput = {
    title: title.trim(),
    hook: text('hook').replace(/\s+/g, ' '),
    situation: text('situation'),
    challenge: text('challenge'),
    action: text('action'),
    result: text('result'),
    lesson: text('lesson'),
    metrics: listItems(raw.get('metrics') ?? '').map(parseMetric),
    period: (raw.get('period') ?? '').trim(),
    teamSize: teamText ? Number(teamText) : null,
    kind,
    competencies: [...new Set(competencies)],
    tags: listItems(raw.get('tags') ?? ''),
  };
  if (!input.title) return `${where}: the story has no title.`;
  if (![input.situation, input.challenge, input.action, input.result, input.lesson, input.hook].some(Boolean)) {
    return `${where} "${input.title}": no field could be read (expected headings such as Situation, Action, Result).`;
  }
  const parsed = storySchema.safeParse({ ...input, id: newId(), createdAt: now, updatedAt: now, archived: false });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `${where} "${input.title.slice(0, 80)}": ${issue?.path.join('.') || 'story'}: ${issue?.message ?? 'invalid'}.`;
  }
  return parsed.data;
}

function duplicateTitleWarnings(stories: Story[], existingTitles: string[]): string[] {
  const seen = new Set(existingTitles.map((title) => title.toLowerCase()));
  const warnings: string[] = [];
  for (const story of stories) {
    const key = story.title.toLowerCase();
    if (seen.has(key)) warnings.push(`Two stories are called "${story.title}"; both are kept.`);
    seen.add(key);
  }
  return warnings;
}

export function readMarkdownStories(
  markdown: string,
  now = Date.now(),
  existingTitles: string[] = [],
): StoryFileResult {
  if (markdown.length > maxFileBytes)
    return { stories: [], problems: ['The file is larger than 20 MB.'], warnings: [] };
  const lines = markdown.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headings = lines.flatMap((line, index) => {
    const match = line.match(/^(#{1,6})\s+(.*?)\s*#*\s*$/);
    return match ? [{ index, level: (match[1] ?? '').length, text: match[2] ?? '' }] : [];
  });
  // Stories are the highest-level headings that are not field names ("# Story", "## Situation").
  const storyLevel = Math.min(...headings.filter((heading) => !fieldOf(heading.text)).map((heading) => heading.level));
  if (!Number.isFinite(storyLevel)) {
    return {
      stories: [],
      problems: [
        'No stories found: start each story with a heading (# Title) and its fields with sub-headings (## Situation).',
      ],
      warnings: [],
    };
  }
  const problems: string[] = [];
  const stories: Story[] = [];
  const starts = headings.filter((heading) => heading.level === storyLevel && !fieldOf(heading.text));
  const first = starts[0];
  if (first && lines.slice(0, first.index).some((line) => line.trim() && !/^#/.test(line))) {
    problems.push(`Lines 1–${first.index}: text before the first story heading was not read.`);
  }
  starts.forEach((start, number) => {
    const end = starts[number + 1]?.index ?? lines.length;
    const raw = new Map<Field, string>();
    let field: Field | undefined;
    let stray = 0;
    for (const line of lines.slice(start.index + 1, end)) {
      const heading = line.match(/^#{1,6}\s+(.*?)\s*#*\s*$/);
      const labelled = line.match(/^\s*(?:[-*]\s*)?\**([A-Za-z][A-Za-z -]{1,20}?)\**\s*:\**\s*(.*)$/);
      if (heading) {
        field = fieldOf(heading[1] ?? '');
        if (!field) stray += 1;
        continue;
      }
      const labelledField = labelled ? fieldOf(labelled[1] ?? '') : undefined;
      if (labelledField) {
        field = labelledField;
        raw.set(field, [raw.get(field), labelled?.[2] ?? ''].filter(Boolean).join('\n'));
        continue;
      }
      // Text under the title before any field is the situation, as people often write it.
      const target = field ?? 'situation';
      if (line.trim() || raw.has(target)) raw.set(target, [raw.get(target) ?? '', line].join('\n').replace(/^\n+/, ''));
    }
    const where = `Story ${number + 1} (line ${start.index + 1})`;
    const story = buildStory(start.text.replace(/[*_`]/g, ''), raw, now, where);
    if (typeof story === 'string') problems.push(story);
    else stories.push(story);
    if (stray > 0 && typeof story !== 'string') {
      problems.push(
        `${where} "${story.title}": ${stray} heading${stray > 1 ? 's' : ''} not recognised; their text was not read.`,
      );
    }
  });
  return { stories, problems, warnings: duplicateTitleWarnings(stories, existingTitles) };
}

export function readJsonStories(json: string, now = Date.now(), existingTitles: string[] = []): StoryFileResult {
  if (json.length > maxFileBytes) return { stories: [], problems: ['The file is larger than 20 MB.'], warnings: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { stories: [], problems: [`Not valid JSON: ${(error as Error).message}`], warnings: [] };
  }
  const items = Array.isArray(parsed)
    ? parsed
    : typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { stories?: unknown }).stories)
      ? (parsed as { stories: unknown[] }).stories
      : undefined;
  if (!items) return { stories: [], problems: ['Expected a list of stories, or { "stories": [...] }.'], warnings: [] };
  if (items.length === 0) return { stories: [], problems: ['The file holds no stories.'], warnings: [] };
  const stories: Story[] = [];
  const problems: string[] = [];
  items.forEach((item, number) => {
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const title = typeof record.title === 'string' ? record.title : '';
    const candidate = {
      ...emptyStory(),
      archived: false,
      ...record,
      id: typeof record.id === 'string' && record.id ? record.id : newId(),
      createdAt: typeof record.createdAt === 'number' ? record.createdAt : now,
      updatedAt: typeof record.updatedAt === 'number' ? record.updatedAt : now,
    };
    const result = storySchema.safeParse(candidate);
    if (result.success) stories.push(result.data);
    else {
      const issue = result.error.issues[0];
      problems.push(
        `Story ${number + 1}${title ? ` "${title.slice(0, 80)}"` : ''}: ${issue?.path.join('.') || 'story'}: ${issue?.message ?? 'invalid'}.`,
      );
    }
  });
  return { stories, problems, warnings: duplicateTitleWarnings(stories, existingTitles) };
}

export function storiesToJson(stories: Story[]): string {
  return `${JSON.stringify({ format: 'dossier-stories', version: 1, stories }, null, 2)}\n`;
}

export function storiesToMarkdown(stories: Story[]): string {
  return stories
    .map((story) => {
      const sections: [string, string][] = [
        ['Hook', story.hook],
        ['Situation', story.situation],
        ['Challenge', story.challenge],
        ['Action', story.action],
        ['Result', story.result],
        ['Lesson', story.lesson],
        [
          'Metrics',
          story.metrics
            .map((m) => `- ${m.value}${m.unit ? ` ${m.unit}` : ''}${m.label ? ` — ${m.label}` : ''}`)
            .join('\n'),
        ],
        ['Period', story.period],
        ['Team size', story.teamSize === null ? '' : String(story.teamSize)],
        ['Kind', story.kind],
        ['Competencies', story.competencies.map((id) => `- ${competencyById.get(id)?.label ?? id}`).join('\n')],
        ['Tags', story.tags.map((tag) => `- ${tag}`).join('\n')],
      ];
      const body = sections
        .filter(([, value]) => value.trim())
        .map(([name, value]) => `## ${name}\n\n${value.trim()}\n`)
        .join('\n');
      return `# ${story.title}\n\n${body}`;
    })
    .join('\n');
}
