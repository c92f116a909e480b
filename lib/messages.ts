import { browser } from 'wxt/browser';
import { type PendingCapture, pendingCaptureSchema } from '@/lib/schema/capture';

/**
 * The one protocol between the extension's parts. One thing flows: a capture, read by a gesture in the
 * background (shortcut, context menu) or by the panel's button, handed to the panel's preview. It goes
 * through session storage rather than a runtime message so that a panel the gesture is still opening
 * finds it when it starts. Session storage is closed to content scripts (Chrome's default access level)
 * and never synced; whatever is read back is parsed, like any input.
 */
const pendingCaptureKey = 'pendingCapture';

export async function sendPendingCapture(pending: PendingCapture): Promise<void> {
  await browser.storage.session.set({ [pendingCaptureKey]: pending });
}

export async function readPendingCapture(): Promise<PendingCapture | undefined> {
  return parsePendingCapture((await browser.storage.session.get(pendingCaptureKey))[pendingCaptureKey]);
}

export async function clearPendingCapture(): Promise<void> {
  await browser.storage.session.remove(pendingCaptureKey);
}

/**
 * The pending capture a `storage.onChanged` event carries: `undefined` when the event is not about it,
 * `null` when it was cleared (or is unreadable).
 */
export function pendingCaptureChange(
  changes: Record<string, { newValue?: unknown }>,
  area: string,
): PendingCapture | null | undefined {
  if (area !== 'session' || !(pendingCaptureKey in changes)) return undefined;
  return parsePendingCapture(changes[pendingCaptureKey]?.newValue) ?? null;
}

function parsePendingCapture(stored: unknown): PendingCapture | undefined {
  const parsed = pendingCaptureSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}
