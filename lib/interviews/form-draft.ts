// What was typed into the interview form and not saved yet, one copy per interview (or "new"), in the
// panel page's localStorage: written synchronously on each change, so closing the panel keeps it, and a
// reopened form takes it back. As the inputs held it: nothing is parsed on the way.
import { panelStorage } from '@/lib/drafts/panel-storage';
import type { InterviewFormValues } from './form';

const prefix = 'dossier.interviewDraft.';

interface KeptForm {
  values: InterviewFormValues;
  savedAt: number;
}

/** `key` is the interview's id, or "new". */
export function keepInterviewDraft(key: string, values: InterviewFormValues, now = Date.now()): void {
  try {
    panelStorage()?.setItem(prefix + key, JSON.stringify({ values, savedAt: now } satisfies KeptForm));
  } catch {
    // Out of quota: the form keeps the text; only the copy for a closed panel is missing.
  }
}

export function loadInterviewDraft(key: string): KeptForm | undefined {
  try {
    const kept = JSON.parse(panelStorage()?.getItem(prefix + key) ?? 'null') as KeptForm | null;
    return typeof kept?.values?.companyName === 'string' && typeof kept.savedAt === 'number' ? kept : undefined;
  } catch {
    return undefined;
  }
}

export function dropInterviewDraft(key: string): void {
  panelStorage()?.removeItem(prefix + key);
}
