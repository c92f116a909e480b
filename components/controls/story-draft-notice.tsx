import { useEffect, useState } from 'react';
import { clearDraft, draftName, listDrafts, newStoryDraftKey, type SavedDraft } from '@/lib/stories/drafts';
import { routeHref } from '../hooks/use-hash-route';

/**
 * Offers back the story drafts left unsaved: the editor left by a link or Back, or the panel closed while
 * writing. Restore opens the editor, which picks the draft up; Discard throws it away.
 */
export function StoryDraftNotice() {
  const [drafts, setDrafts] = useState<SavedDraft[]>([]);
  // Read once the view is in place: the editor just left keeps its last keystrokes as it goes.
  useEffect(() => setDrafts(listDrafts()), []);
  if (drafts.length === 0) return null;
  return (
    <>
      {drafts.map((saved) => (
        <div key={saved.key} className="notice" role="status">
          <p>Restore your unsaved draft of {draftName(saved)}?</p>
          <div className="actions tight">
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
                setDrafts(listDrafts());
              }}
            >
              Discard
            </button>
          </div>
        </div>
      ))}
    </>
  );
}
