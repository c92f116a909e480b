// Unsaved drafts of the story editor, one per story (or "new"), kept in the panel page's localStorage:
// it is written synchronously, so a draft flushed as the panel closes is really kept, and it lasts until
// the extension is removed. A draft is the form as typed, so nothing is parsed or lost on the way.
import { panelStorage } from '@/lib/drafts/panel-storage';
import type { StoryDraft } from './story-form';

/** Which story a draft belongs to: its id, or "new" for a story not saved yet. */
export type DraftKey = string;

export const newStoryDraftKey: DraftKey = 'new';

export interface SavedDraft {
  key: DraftKey;
  draft: StoryDraft;
  /** The saved story as the editor opened it, to tell whether it changed elsewhere since. */
  base?: StoryDraft;
  /** When it was last written, in milliseconds since the epoch. */
  savedAt: number;
}

/** The part of the Web Storage API drafts need, so tests can pass a map. */
export type DraftStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const prefix = 'dossier.storyDraft.';

export function saveDraft(
  key: DraftKey,
  draft: StoryDraft,
  { base, now = Date.now(), store = panelStorage() }: { base?: StoryDraft; now?: number; store?: DraftStore } = {},
): void {
  try {
    store?.setItem(prefix + key, JSON.stringify({ key, draft, base, savedAt: now } satisfies SavedDraft));
  } catch {
    // Out of quota: the form keeps the text; only the copy for a closed panel is missing.
  }
}

function read(raw: string | null): SavedDraft | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as SavedDraft;
    return typeof value?.key === 'string' && typeof value.draft?.title === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function loadDraft(key: DraftKey, store: DraftStore | undefined = panelStorage()): SavedDraft | undefined {
  return read(store?.getItem(prefix + key) ?? null);
}

export function clearDraft(key: DraftKey, store: DraftStore | undefined = panelStorage()): void {
  store?.removeItem(prefix + key);
}

/** Every draft kept, the most recent first. */
export function listDrafts(store: DraftStore | undefined = panelStorage()): SavedDraft[] {
  if (!store) return [];
  const drafts: SavedDraft[] = [];
  for (let index = 0; index < store.length; index++) {
    const name = store.key(index);
    if (!name?.startsWith(prefix)) continue;
    const draft = read(store.getItem(name));
    if (draft) drafts.push(draft);
  }
  return drafts.sort((a, b) => b.savedAt - a.savedAt);
}

/** How a draft is named to the person: its title, or what kind of story it is when it has none yet. */
export function draftName(saved: SavedDraft): string {
  const whole = saved.draft.title.trim();
  // A banner names the draft in a line or two, however long a title was pasted.
  const title = whole.length > 80 ? `${whole.slice(0, 79).trimEnd()}…` : whole;
  return title ? `“${title}”` : saved.key === newStoryDraftKey ? 'a new story' : 'a story';
}
