import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { type PendingCapture, pendingCaptureSchema } from '@/lib/schema/capture';

/**
 * The one protocol between the extension's parts. One thing flows: a capture, read in the background
 * (on the shortcut, a context menu or the panel's Capture button), waiting in the browser's session
 * storage for the user to review it in the panel. Storage rather than a runtime message, so that a panel
 * the gesture is still opening, or one closed and opened again, finds it. Session storage is closed to
 * content scripts (Chrome's default access level) and never synced; whatever is read back is parsed,
 * like any input.
 *
 * Captures wait side by side, each under its own key: a second capture never replaces one the user has
 * not reviewed yet, and adding one (the background) never rewrites another's entry while removing one
 * (the panel, once it is saved or discarded) happens.
 */
const waitingPrefix = 'pendingCapture:';
/** More than a user reviews in one sitting; past it the oldest waiting capture makes room. */
const MAX_WAITING = 30;

export interface WaitingCapture {
  /** Its storage key: what the panel removes once the capture is saved or discarded. */
  key: string;
  pending: PendingCapture;
}

/**
 * Adds a capture to those waiting. A new reading of a page replaces a waiting one of the same page: the
 * user reviews the page once, as it is now. A failure says what went wrong with the last attempt, so
 * any later capture replaces it. Selections add up.
 */
export async function sendPendingCapture(pending: PendingCapture): Promise<void> {
  // Text selected on a captured page waits beside it, for the user to keep or not, as a selection would;
  // the page, newest, is reviewed first.
  if (pending.status === 'captured' && pending.selection) {
    const { selection, ...page } = pending;
    await sendPendingCapture({
      status: 'selection',
      text: selection,
      url: page.capture.url,
      title: page.capture.title,
      at: page.at - 1,
    });
    await sendPendingCapture(page);
    return;
  }
  const waiting = await readPendingCaptures();
  const superseded = waiting.filter(({ pending: earlier }) => supersedes(pending, earlier)).map(({ key }) => key);
  const kept = waiting.filter(({ key }) => !superseded.includes(key));
  const overflow = kept.slice(0, Math.max(0, kept.length + 1 - MAX_WAITING)).map(({ key }) => key);
  const key = `${waitingPrefix}${pending.at}:${Math.random().toString(36).slice(2, 10)}`;
  await browser.storage.session.set({ [key]: pending });
  if (superseded.length + overflow.length > 0) await browser.storage.session.remove([...superseded, ...overflow]);
}

function supersedes(next: PendingCapture, earlier: PendingCapture): boolean {
  if (next.status === 'selection' || earlier.status === 'selection') return false;
  return earlier.status === 'failed' || (!!pageOf(next) && pageOf(next) === pageOf(earlier));
}

/** The page a capture is of, as the capture names it. */
function pageOf(pending: PendingCapture): string | undefined {
  return pending.status === 'captured' ? pending.capture.url : pending.url;
}

/** The captures waiting for review, oldest first. */
export async function readPendingCaptures(): Promise<WaitingCapture[]> {
  const stored = await browser.storage.session.get(null);
  const waiting: WaitingCapture[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (!key.startsWith(waitingPrefix)) continue;
    const parsed = pendingCaptureSchema.safeParse(value);
    if (parsed.success) waiting.push({ key, pending: parsed.data });
  }
  return waiting.sort((a, b) => a.pending.at - b.pending.at || a.key.localeCompare(b.key));
}

export async function clearPendingCapture(key: string): Promise<void> {
  await browser.storage.session.remove(key);
}

/**
 * Puts a discarded capture back, under its own key, unless a newer reading of the same page arrived
 * meanwhile: that one is the page as it is now, and stays the only one.
 */
export async function restorePendingCapture({ key, pending }: WaitingCapture): Promise<void> {
  const waiting = await readPendingCaptures();
  if (waiting.some((entry) => entry.key === key || supersedes(entry.pending, pending))) return;
  await browser.storage.session.set({ [key]: pending });
}

/** Whether a `storage.onChanged` event is about the waiting captures. */
export function pendingCapturesChanged(changes: Record<string, unknown>, area: string): boolean {
  return area === 'session' && Object.keys(changes).some((key) => key.startsWith(waitingPrefix));
}

/**
 * The panel's Capture button asks the background to read the page open beside it, so that the reading
 * finishes and waits for review even when the panel is closed meanwhile.
 */
const captureRequestSchema = z.object({ type: z.literal('capture-active-tab'), windowId: z.optional(z.number()) });
export type CaptureRequest = z.infer<typeof captureRequestSchema>;

export async function requestCapture(): Promise<void> {
  const { id } = await browser.windows.getCurrent();
  const request: CaptureRequest = { type: 'capture-active-tab', ...(id !== undefined ? { windowId: id } : {}) };
  await browser.runtime.sendMessage(request);
}

export function parseCaptureRequest(message: unknown): CaptureRequest | undefined {
  const parsed = captureRequestSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}
