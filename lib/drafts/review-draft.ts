// What the user chose on a capture under review (interviewers ticked, where to save, the new interview's
// company), kept in the panel page's session storage: a reload of the panel (or the browser restoring it)
// gives it back, and it goes when the panel's session does.
const prefix = 'dossier.reviewDraft.';

export interface ReviewDraft {
  interviewers: string[];
  chosen?: string;
  /** The company of the interview the save creates, as the user corrected it. */
  newCompany?: string;
}

/** `key` is the waiting capture's key (lib/messages.ts). */
export function loadReviewDraft(key: string): ReviewDraft {
  try {
    const kept = JSON.parse(globalThis.sessionStorage.getItem(prefix + key) ?? 'null') as ReviewDraft | null;
    if (kept && Array.isArray(kept.interviewers) && kept.interviewers.every((name) => typeof name === 'string'))
      return kept;
  } catch {
    // Storage switched off or the copy unreadable: the review starts afresh.
  }
  return { interviewers: [] };
}

export function keepReviewDraft(key: string, draft: ReviewDraft): void {
  try {
    globalThis.sessionStorage.setItem(prefix + key, JSON.stringify(draft));
  } catch {
    // Out of quota or switched off: the review keeps it in memory while the panel is open.
  }
}
