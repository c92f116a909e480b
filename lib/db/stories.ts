import { newId, type Story, type StoryUse, storySchema, storyUseSchema } from '@/lib/schema';
import {
  type ConflictChoices,
  countPlan,
  type ImportCounts,
  type ImportPlan,
  planWrites,
} from '@/lib/stories/import-plan';
import { db } from './database';

/** The fields a person edits; the rest (id, timestamps, archived) the bank keeps. */
export type StoryInput = Omit<Story, 'id' | 'createdAt' | 'updatedAt' | 'archived'>;

export function emptyStory(overrides: Partial<StoryInput> = {}): StoryInput {
  return {
    title: '',
    hook: '',
    situation: '',
    challenge: '',
    action: '',
    result: '',
    lesson: '',
    metrics: [],
    period: '',
    teamSize: null,
    kind: 'achievement',
    competencies: [],
    tags: [],
    ...overrides,
  };
}

function clean(input: StoryInput): StoryInput {
  const line = (value: string) => value.replace(/\s+/g, ' ').trim();
  return {
    ...input,
    title: line(input.title),
    hook: line(input.hook),
    situation: input.situation.trim(),
    challenge: input.challenge.trim(),
    action: input.action.trim(),
    result: input.result.trim(),
    lesson: input.lesson.trim(),
    period: line(input.period),
    metrics: input.metrics
      .map(({ text, ...metric }) => ({
        value: line(metric.value),
        unit: line(metric.unit),
        label: line(metric.label),
        ...(text === undefined ? {} : { text: text.trim() }),
      }))
      .filter((metric) => metric.value),
    competencies: [...new Set(input.competencies)],
    tags: [...new Set(input.tags.map(line).filter(Boolean))],
  };
}

/** A stored story that does not read as one (written by an older build, or damaged on disk). */
export interface DamagedStory {
  id: string;
  /** Its title when it still has a readable one, for the message. */
  title: string;
}

/**
 * The bank, most recently edited first, and the records that do not read as stories: those are kept out
 * of every view (one of them broke every dossier) and named, so the user can delete them.
 */
export async function readStoryBank(): Promise<{ stories: Story[]; damaged: DamagedStory[] }> {
  const stories: Story[] = [];
  const damaged: DamagedStory[] = [];
  for (const row of (await db.stories.toArray()) as unknown[]) {
    const parsed = storySchema.safeParse(row);
    if (parsed.success) stories.push(parsed.data);
    else {
      const { id, title } = (row ?? {}) as { id?: unknown; title?: unknown };
      if (typeof id === 'string') damaged.push({ id, title: typeof title === 'string' ? title.slice(0, 80) : '' });
    }
  }
  return { stories: stories.sort((a, b) => b.updatedAt - a.updatedAt), damaged };
}

/** The bank's readable stories, most recently edited first. */
export async function listStories(): Promise<Story[]> {
  return (await readStoryBank()).stories;
}

/** One story, or null when there is none or it does not read as a story. */
export async function getStory(id: string): Promise<Story | null> {
  const parsed = storySchema.safeParse(await db.stories.get(id));
  return parsed.success ? parsed.data : null;
}

/** Deletes stored records that do not read as stories, with their ledger entries. */
export async function deleteDamagedStories(ids: string[]): Promise<void> {
  await db.transaction('rw', db.stories, db.storyUses, async () => {
    await db.stories.bulkDelete(ids);
    await db.storyUses.where('storyId').anyOf(ids).delete();
  });
}

export async function addStory(input: StoryInput, now = Date.now()): Promise<Story> {
  const story = storySchema.parse({ ...clean(input), id: newId(), createdAt: now, updatedAt: now, archived: false });
  await db.stories.add(story);
  return story;
}

export async function updateStory(id: string, input: StoryInput, now = Date.now()): Promise<Story> {
  return db.transaction('rw', db.stories, async () => {
    const current = await db.stories.get(id);
    if (!current) throw new Error('This story no longer exists.');
    const story = storySchema.parse({ ...current, ...clean(input), updatedAt: now });
    await db.stories.put(story);
    return story;
  });
}

export async function duplicateStory(id: string, now = Date.now()): Promise<Story> {
  const current = await db.stories.get(id);
  if (!current) throw new Error('This story no longer exists.');
  const { id: _id, createdAt: _created, updatedAt: _updated, archived: _archived, ...input } = current;
  return addStory({ ...input, title: `${current.title} (copy)` }, now);
}

export async function setStoryArchived(id: string, archived: boolean, now = Date.now()): Promise<void> {
  await db.stories.update(id, { archived, updatedAt: now });
}

/** What a deletion removed, kept by the view so "Undo" can put it back. */
export interface DeletedStory {
  story: Story;
  uses: StoryUse[];
}

/** Deletes a story and its ledger entries in one transaction, and returns them for undo. */
export async function deleteStory(id: string): Promise<DeletedStory | undefined> {
  return db.transaction('rw', db.stories, db.storyUses, async () => {
    const story = await db.stories.get(id);
    if (!story) return undefined;
    const uses = await db.storyUses.where('storyId').equals(id).toArray();
    await db.storyUses.where('storyId').equals(id).delete();
    await db.stories.delete(id);
    return { story, uses };
  });
}

export async function restoreStory(deleted: DeletedStory): Promise<void> {
  await db.transaction('rw', db.stories, db.storyUses, db.interviews, async () => {
    await db.stories.put(deleted.story);
    // Ledger entries for interviews deleted in the meantime stay gone.
    const interviewIds = new Set((await db.interviews.toCollection().primaryKeys()) as string[]);
    await db.storyUses.bulkPut(deleted.uses.filter((use) => interviewIds.has(use.interviewId)));
  });
}

/** Thrown when the bank changed between an import's preview and its confirmation. */
export class StaleImportError extends Error {
  constructor() {
    super(
      'Your stories changed since the preview, so nothing was imported. Choose the file again to see what it would do now.',
    );
  }
}

/**
 * Writes an import plan, with the user's answers to its conflicts, in one transaction: all of it or none.
 * It first checks that the bank is still the one the plan was made from (no story it matched was edited
 * since, no id it means to add was taken), so the counts it returns are the preview's.
 */
export async function importStories(
  plan: ImportPlan,
  choices: ConflictChoices,
  now = Date.now(),
): Promise<ImportCounts> {
  const { puts, assumed } = planWrites(plan, choices, now);
  const records = puts.map((story) => storySchema.parse(story));
  return db.transaction('rw', db.stories, async () => {
    const found = await db.stories.bulkGet(assumed.map((item) => item.id));
    if (found.some((story, index) => story?.updatedAt !== assumed[index]?.updatedAt)) throw new StaleImportError();
    await db.stories.bulkPut(records);
    return countPlan(plan, choices);
  });
}

/** The whole ledger: every story told, in every round. */
export async function listStoryUses(): Promise<StoryUse[]> {
  return db.storyUses.toArray();
}

/** Marks a story as told in a round, to one interviewer or (without a person) to the whole panel. */
export async function markStoryTold(
  storyId: string,
  interviewId: string,
  personId: string | undefined,
  now = Date.now(),
): Promise<StoryUse> {
  return db.transaction('rw', db.stories, db.interviews, db.storyUses, async () => {
    if (!(await db.stories.get(storyId))) throw new Error('This story no longer exists.');
    if (!(await db.interviews.get(interviewId))) throw new Error('This interview no longer exists.');
    const use = storyUseSchema.parse({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      storyId,
      interviewId,
      personId: personId || undefined,
      toldAt: now,
      notes: '',
    });
    await db.storyUses.add(use);
    return use;
  });
}

export async function deleteStoryUse(id: string): Promise<void> {
  await db.storyUses.delete(id);
}
