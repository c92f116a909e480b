// One sentence for every write the panel could not make, so the user learns what was not kept and,
// where the cause is theirs to fix (a full disk), what to do about it.

/** The message when the browser refuses to store more for the extension. */
export const storageFullReason = "your browser's storage for Dossier is full. Free space or export a backup.";

/**
 * Says what was not written and why: "Not saved: your browser's storage for Dossier is full. Free space
 * or export a backup." `outcome` names the write ("Not saved", "Not deleted", "Not moved"…).
 */
export function writeErrorMessage(error: unknown, outcome = 'Not saved'): string {
  return `${outcome}: ${writeErrorReason(error)}`;
}

/** The reason alone, as the end of a sentence. */
export function writeErrorReason(error: unknown): string {
  if (causes(error).some(isQuotaError)) return storageFullReason;
  // Dossier's own errors are sentences for the user; the database's ("UnknownError", "AbortError") are not.
  const name = error instanceof Error || isErrorLike(error) ? String(error.name ?? '') : '';
  if (/.Error$/.test(name) && name !== 'TypeError') {
    return `the browser's database refused the write (${name}). Try again, or reload the panel.`;
  }
  const message = error instanceof Error || isErrorLike(error) ? error.message : String(error ?? '');
  const text = message.trim() || 'the browser could not write it. Try again, or reload the panel.';
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

interface ErrorLike {
  name?: unknown;
  message: string;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null && typeof (value as ErrorLike).message === 'string';
}

/**
 * The error and what it wraps: Dexie aborts a transaction with an AbortError whose `inner` is the
 * browser's QuotaExceededError, and a bulk write collects its errors in `failures`.
 */
function causes(error: unknown, depth = 0): unknown[] {
  if (!isErrorLike(error) && !(error instanceof Error)) return error === undefined ? [] : [error];
  if (depth > 5) return [error];
  const found: unknown[] = [error];
  const { inner, cause, failures } = error as ErrorLike;
  for (const wrapped of [inner, cause]) if (wrapped) found.push(...causes(wrapped, depth + 1));
  const nested = Array.isArray(failures)
    ? failures
    : failures && typeof failures === 'object'
      ? Object.values(failures)
      : [];
  for (const failure of nested) found.push(...causes(failure, depth + 1));
  return found;
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  // Firefox once named it NS_ERROR_DOM_QUOTA_REACHED; Safari and Chrome say QuotaExceededError.
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    (typeof message === 'string' && /quota ?exceeded/i.test(message))
  );
}
