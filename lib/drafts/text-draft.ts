// What was typed into a one-field form (a new note, a new question) and not added yet, in the panel
// page's localStorage, as the interview form keeps its draft (lib/interviews/form-draft.ts): written on
// each change, so leaving the dossier, a capture or a closed panel does not lose it.
import { panelStorage } from './panel-storage';

const prefix = 'dossier.textDraft.';

/** `key` names the field and its interview: "note:<id>", "question:<id>". */
export function keepTextDraft(key: string, text: string): void {
  try {
    if (text) panelStorage()?.setItem(prefix + key, text);
    else panelStorage()?.removeItem(prefix + key);
  } catch {
    // Out of quota: the field keeps the text; only the copy for a closed panel is missing.
  }
}

export function loadTextDraft(key: string): string {
  try {
    return panelStorage()?.getItem(prefix + key) ?? '';
  } catch {
    return '';
  }
}
