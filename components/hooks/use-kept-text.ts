import { useState } from 'react';
import { keepTextDraft, loadTextDraft } from '@/lib/drafts/text-draft';

/**
 * A field's text, kept as it is typed (lib/drafts/text-draft.ts) and given back when the field returns;
 * another key (another interview's dossier) reads that one's own.
 */
export function useKeptText(key: string): [string, (text: string) => void] {
  const [kept, setKept] = useState(() => ({ key, text: loadTextDraft(key) }));
  const text = kept.key === key ? kept.text : loadTextDraft(key);
  return [
    text,
    (next: string) => {
      setKept({ key, text: next });
      keepTextDraft(key, next);
    },
  ];
}
