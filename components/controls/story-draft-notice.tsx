import { useEffect, useState } from 'react';
import type { Story } from '@/lib/schema';
import { clearDraft, draftName, listDrafts, newStoryDraftKey, type SavedDraft, saveDraft } from '@/lib/stories/drafts';
import { checkDraft, draftFromStory, type StoryDraft, sameDraft } from '@/lib/stories/story-form';
import { useStories } from '../hooks/live-queries';
import { routeHref } from '../hooks/use-hash-route';
import { UndoNotice } from './undo-notice';

/**
 * Offers back the story drafts left unsaved: the editor left by a link or Back, or the panel closed while
 * writing. Restore opens the editor, which picks the draft up; Discard throws it away.
 */
export function StoryDraftNotice() {
  const [drafts, setDrafts] = useState<SavedDraft[]>([]);
  // The draft just discarded, to put back: a whole unsaved story must not go with one click.
  const [discarded, setDiscarded] = useState<SavedDraft>();
  // Read once the view is in place: the editor just left keeps its last keystrokes as it goes.
  useEffect(() => setDrafts(listDrafts()), []);
  const stories = useStories();
  // A draft already saved (the panel closed while its save was finishing) is no draft: it is not offered.
  const unsaved = stories
    ? drafts.filter(
        (saved) =>
          !stories.some(
            (story) => (saved.key === newStoryDraftKey || saved.key === story.id) && isSaved(saved.draft, story),
          ),
      )
    : [];
  useEffect(() => {
    for (const saved of drafts) if (stories && !unsaved.includes(saved)) clearDraft(saved.key);
  }, [drafts, stories, unsaved]);
  const undo = discarded && (
    <UndoNotice
      text={`Draft of ${draftName(discarded)} discarded.`}
      onUndo={async () => {
        saveDraft(discarded.key, discarded.draft, { base: discarded.base, now: discarded.savedAt });
        setDrafts(listDrafts());
      }}
      onDone={() => setDiscarded(undefined)}
    />
  );
  if (unsaved.length === 0) return undo || null;
  const actions = (saved: SavedDraft) => (
    <>
      <a
        className="button primary"
        aria-label={`Restore the draft of ${draftName(saved)}`}
        href={routeHref(saved.key === newStoryDraftKey ? { name: 'story' } : { name: 'story', id: saved.key })}
      >
        Restore
      </a>
      <button
        type="button"
        aria-label={`Discard the draft of ${draftName(saved)}`}
        onClick={() => {
          clearDraft(saved.key);
          setDiscarded(saved);
          setDrafts(listDrafts());
        }}
      >
        Discard
      </button>
    </>
  );
  // One notice however many drafts: on a narrow panel a banner each took half the view.
  return (
    <>
      {undo}
      <div className="notice" role="status">
        {unsaved.length === 1 ? (
          <>
            <p>Restore your unsaved {draftWhat(unsaved[0] as SavedDraft)}?</p>
            <div className="actions tight">{actions(unsaved[0] as SavedDraft)}</div>
          </>
        ) : (
          <>
            <p>You have {unsaved.length} unsaved story drafts:</p>
            <ul className="plain-list draft-list">
              {unsaved.map((saved) => (
                <li key={saved.key}>
                  <span>{draftWhat(saved)}</span> <span className="actions tight">{actions(saved)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}

/** "draft of “Cut costs”" for a new story, "changes to “Cut costs”" for a saved one. */
function draftWhat(saved: SavedDraft): string {
  return saved.key === newStoryDraftKey ? `draft of ${draftName(saved)}` : `changes to ${draftName(saved)}`;
}

/** The draft, read as its save would read it, is what the story holds already. */
function isSaved(draft: StoryDraft, story: Story): boolean {
  const checked = checkDraft(draft);
  return checked.ok && sameDraft(draftFromStory(checked.story), draftFromStory(story));
}
