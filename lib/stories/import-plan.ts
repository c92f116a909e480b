// What an import will do, decided before anything is written: for each readable story of a file, whether
// it is new, updates the bank's copy, is already there unchanged, or needs the user to choose. The preview
// shows the counts of this plan, and the import writes exactly this plan, so the message after the import
// says what the preview said.
import { newId, type Story } from '@/lib/schema';
import type { FileStory } from './file-story';
import { formatMetric } from './key-numbers';

export type PlannedStatus = 'new' | 'update' | 'unchanged' | 'conflict';

/**
 * Why the user must choose:
 * - `duplicate-id`: the file holds an earlier story with the same id;
 * - `future`: the file dates its copy in the future, so its date says nothing about which is newer;
 * - `older`: the bank's copy was edited at or after the file's copy;
 * - `undated`: the file gives no date (Markdown), and the copies differ.
 */
export type ConflictReason = 'duplicate-id' | 'future' | 'older' | 'undated';

export interface PlannedStory {
  file: FileStory;
  status: PlannedStatus;
  /** The bank's story it matches, as the plan saw it. */
  current?: Story;
  matchedBy?: 'id' | 'title';
  reason?: ConflictReason;
  /** A sentence for a conflict, saying what differs and why Dossier cannot decide. */
  explanation?: string;
  /** For a conflict, each differing field as the two copies have it, for the user to compare. */
  differences?: StoryDifference[];
}

/** One field in which two copies of a story differ: `theirs` is the file's, `ours` the bank's (or the file's first copy). */
export interface StoryDifference {
  field: string;
  ours: string;
  theirs: string;
}

export interface ImportPlan {
  items: PlannedStory[];
  /** Notes about the plan, such as a new story whose title the bank already uses. */
  warnings: string[];
}

/**
 * A conflict's answer: `mine` keeps the bank's story (or, for a repeated id, skips the file's second
 * copy); `file` takes the file's (or imports the second copy as a story of its own).
 */
export type ConflictChoice = 'mine' | 'file';
export type ConflictChoices = ReadonlyMap<number, ConflictChoice>;

export interface ImportCounts {
  new: number;
  updated: number;
  unchanged: number;
  /** Conflicts answered "keep mine". */
  kept: number;
  /** Repeated ids answered "skip". */
  skipped: number;
  /** Conflicts not answered yet. */
  undecided: number;
}

const titleKey = (title: string) => title.replace(/\s+/g, ' ').trim().toLowerCase();

const contentFields = [
  'title',
  'hook',
  'situation',
  'challenge',
  'action',
  'result',
  'lesson',
  'period',
  'teamSize',
  'kind',
] as const;

/** Whitespace-insensitive: an export read back must compare equal, however a notes app re-wrapped it. */
const fold = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value);

const fieldNames: Record<(typeof contentFields)[number] | 'archived' | 'tags' | 'competencies' | 'metrics', string> = {
  title: 'title',
  hook: 'hook',
  situation: 'situation',
  challenge: 'challenge',
  action: 'action',
  result: 'result',
  lesson: 'lesson',
  period: 'period',
  teamSize: 'team size',
  kind: 'kind',
  archived: 'archiving',
  tags: 'tags',
  competencies: 'competencies',
  metrics: 'key numbers',
};

/** How a field reads in the preview; long texts are cut, the editor shows them whole. */
function fieldText(story: Story, field: keyof typeof fieldNames): string {
  const value =
    field === 'metrics'
      ? story.metrics.map(formatMetric).join('; ')
      : field === 'archived'
        ? story.archived
          ? 'archived'
          : 'not archived'
        : field === 'tags' || field === 'competencies'
          ? story[field].join(', ')
          : String(story[field] ?? '');
  return value.length > 400 ? `${value.slice(0, 400)}…` : value || '(empty)';
}

/**
 * The fields in which the file's story and the bank's differ, in the editor's order, as each has them;
 * none when they say the same (archiving counts only when the file says it).
 */
function storyDifferences(file: FileStory, current: Story): StoryDifference[] {
  const a = file.story;
  const fields: (keyof typeof fieldNames)[] = contentFields.filter((field) => fold(a[field]) !== fold(current[field]));
  const list = (items: string[]) => JSON.stringify(items.map(fold));
  const metrics = (story: Story) =>
    JSON.stringify(story.metrics.map((m) => [fold(m.value), fold(m.unit), fold(m.label)]));
  if (metrics(a) !== metrics(current)) fields.push('metrics');
  if (list(a.competencies) !== list(current.competencies)) fields.push('competencies');
  if (list(a.tags) !== list(current.tags)) fields.push('tags');
  if (file.hasArchived && a.archived !== current.archived) fields.push('archived');
  return fields.map((field) => ({
    field: fieldNames[field],
    ours: fieldText(current, field),
    theirs: fieldText(a, field),
  }));
}

/** "the result and the lesson": the fields a conflict is about, as a phrase. */
function fieldList(fields: string[]): string {
  const named = fields.map((field) => `the ${field}`);
  return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/** To the minute, in UTC: two edits of one day must read apart. */
const minute = (time: number) => `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
/** Two edit times that can be told apart: to the second when they share their minute. */
const twoTimes = (a: number, b: number) => {
  const precise = (time: number) => `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
  const format = minute(a) === minute(b) ? precise : minute;
  return `${format(a)} against ${format(b)}`;
};

/**
 * Decides, story by story, what importing the file would do to the bank. Pure: the same file and bank
 * give the same plan. Stories are matched by id first; a story without an id (Markdown) by its title,
 * case and spacing aside, each of the bank's stories at most once.
 */
export function planImport(fileStories: FileStory[], bank: Story[], now = Date.now()): ImportPlan {
  const byId = new Map(bank.map((story) => [story.id, story]));
  const idsInFile = new Set(
    fileStories.flatMap((item) => (item.hasId && byId.has(item.story.id) ? [item.story.id] : [])),
  );
  const byTitle = new Map<string, Story>();
  for (const story of bank) {
    if (idsInFile.has(story.id)) continue;
    const key = titleKey(story.title);
    const known = byTitle.get(key);
    // Of two with one title, the one edited last is the one a re-import most likely means.
    if (!known || known.updatedAt < story.updatedAt) byTitle.set(key, story);
  }
  const bankTitles = new Set(bank.map((story) => titleKey(story.title)));
  const firstWithId = new Map<string, FileStory>();
  const matched = new Set<string>();
  const newTitles = new Set<string>();
  const warnings: string[] = [];

  const items = fileStories.map((file): PlannedStory => {
    const id = file.story.id;
    if (file.hasId) {
      const first = firstWithId.get(id);
      if (first) {
        const differences = storyDifferences(file, first.story);
        if (differences.length === 0) return { file, status: 'unchanged' };
        return {
          file,
          status: 'conflict',
          reason: 'duplicate-id',
          explanation: `${file.label} has the same id as ${first.label}, but they differ${
            file.updatedAt !== undefined && first.updatedAt !== undefined && file.updatedAt !== first.updatedAt
              ? `; this copy was edited ${file.updatedAt > first.updatedAt ? 'later' : 'earlier'} (${twoTimes(file.updatedAt, first.updatedAt)})`
              : ''
          }.`,
          differences,
        };
      }
      firstWithId.set(id, file);
    }
    const byItsId = file.hasId ? byId.get(id) : undefined;
    const current = byItsId ?? (file.hasId ? undefined : byTitle.get(titleKey(file.story.title)));
    if (!current || matched.has(current.id)) {
      const key = titleKey(file.story.title);
      if (bankTitles.has(key) || newTitles.has(key)) {
        warnings.push(`${file.label}: another story is already called that; both are kept.`);
      }
      newTitles.add(key);
      return { file, status: 'new' };
    }
    matched.add(current.id);
    const matchedBy = byItsId ? 'id' : 'title';
    const differences = storyDifferences(file, current);
    if (differences.length === 0) return { file, status: 'unchanged', current, matchedBy };
    const conflict = (reason: ConflictReason, explanation: string): PlannedStory => ({
      file,
      status: 'conflict',
      current,
      matchedBy,
      reason,
      explanation,
      differences,
    });
    const yours = `your story ${matchedBy === 'id' ? 'of the same id' : 'of the same title'}`;
    const differs = `${file.label} differs from ${yours} in ${fieldList(differences.map(({ field }) => field))}`;
    if (file.updatedAt === undefined) {
      return conflict('undated', `${differs}, and the file does not say when it was edited.`);
    }
    if (file.updatedAt > now) {
      return conflict(
        'future',
        `${differs}, and the file dates it in the future (${minute(file.updatedAt)}), so its date cannot tell which is newer.`,
      );
    }
    if (file.updatedAt === current.updatedAt) {
      return conflict(
        'older',
        `${differs}, yet both carry the same edit time (${minute(current.updatedAt)}), so it cannot tell which is newer.`,
      );
    }
    if (file.updatedAt < current.updatedAt) {
      return conflict(
        'older',
        `${differs}; you edited yours on ${minute(current.updatedAt)}, after the file’s copy (${minute(file.updatedAt)}).`,
      );
    }
    return { file, status: 'update', current, matchedBy };
  });
  return { items, warnings };
}

/** What the plan does with the user's answers so far. The preview and the import both count with it. */
export function countPlan(plan: ImportPlan, choices: ConflictChoices): ImportCounts {
  const counts: ImportCounts = { new: 0, updated: 0, unchanged: 0, kept: 0, skipped: 0, undecided: 0 };
  plan.items.forEach((item, index) => {
    if (item.status === 'new') counts.new += 1;
    else if (item.status === 'update') counts.updated += 1;
    else if (item.status === 'unchanged') counts.unchanged += 1;
    else {
      const choice = choices.get(index);
      if (!choice) counts.undecided += 1;
      else if (item.reason === 'duplicate-id') counts[choice === 'file' ? 'new' : 'skipped'] += 1;
      else counts[choice === 'file' ? 'updated' : 'kept'] += 1;
    }
  });
  return counts;
}

/** "2 new, 1 updated, 3 unchanged": the parts that are not zero, in a fixed order. */
/** 3,000 rather than 3000: counts read as the rest of the panel writes numbers. */
const grouped = (count: number) => count.toLocaleString('en');

export function describeCounts(counts: ImportCounts): string {
  const parts = [
    counts.new > 0 && `${grouped(counts.new)} new`,
    counts.updated > 0 && `${grouped(counts.updated)} updated`,
    counts.unchanged > 0 && `${grouped(counts.unchanged)} unchanged`,
    counts.kept > 0 && `${grouped(counts.kept)} kept as you had ${counts.kept === 1 ? 'it' : 'them'}`,
    counts.skipped > 0 && `${grouped(counts.skipped)} skipped`,
    counts.undecided > 0 && `${grouped(counts.undecided)} to decide`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'nothing';
}

/** Whether the plan, with these answers, changes anything in the bank. */
export function changesBank(counts: ImportCounts): boolean {
  return counts.new + counts.updated > 0;
}

export interface ImportWrites {
  /** The records to put, in one transaction. */
  puts: Story[];
  /**
   * What the plan assumed of the bank, checked inside the transaction: each id with the `updatedAt` it
   * saw, or `undefined` for an id the plan expects to be free.
   */
  assumed: { id: string; updatedAt: number | undefined }[];
}

/**
 * The records the plan writes. Dates are clamped: nothing is stored as edited after `now`, and a copy the
 * user chose over the bank's is dated `now`, since choosing it is the edit.
 */
export function planWrites(plan: ImportPlan, choices: ConflictChoices, now = Date.now()): ImportWrites {
  const puts: Story[] = [];
  const assumed: ImportWrites['assumed'] = [];
  const fresh = (file: FileStory, id: string): Story => {
    const updatedAt = Math.min(file.updatedAt ?? now, now);
    return { ...file.story, id, updatedAt, createdAt: Math.min(file.createdAt ?? updatedAt, updatedAt) };
  };
  const replace = (file: FileStory, current: Story, updatedAt: number): Story => ({
    ...file.story,
    id: current.id,
    createdAt: current.createdAt,
    updatedAt,
    archived: file.hasArchived ? file.story.archived : current.archived,
  });
  plan.items.forEach((item, index) => {
    const { file, current } = item;
    if (current) assumed.push({ id: current.id, updatedAt: current.updatedAt });
    if (item.status === 'new') {
      if (file.hasId) assumed.push({ id: file.story.id, updatedAt: undefined });
      puts.push(fresh(file, file.hasId ? file.story.id : newId()));
    } else if (item.status === 'update' && current) {
      puts.push(replace(file, current, Math.min(file.updatedAt ?? now, now)));
    } else if (item.status === 'conflict') {
      const choice = choices.get(index);
      if (!choice) throw new Error(`Choose what to do with ${file.label} first.`);
      if (choice === 'mine') return;
      if (item.reason === 'duplicate-id' || !current) puts.push(fresh(file, newId()));
      else puts.push(replace(file, current, now));
    }
  });
  return { puts, assumed };
}
