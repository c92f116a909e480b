import { browser } from 'wxt/browser';
import { type PendingCapture, pendingCaptureSchema } from '@/lib/schema/capture';

const KEY = 'pendingCapture';

/** Hands a capture to the panel. Session storage: gone when the browser closes, never synced. */
export async function setPendingCapture(pending: PendingCapture): Promise<void> {
  await browser.storage.session.set({ [KEY]: pending });
}

export async function getPendingCapture(): Promise<PendingCapture | undefined> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  const parsed = pendingCaptureSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

export async function clearPendingCapture(): Promise<void> {
  await browser.storage.session.remove(KEY);
}

/** Calls back with every new pending capture; returns the function that stops watching. */
export function watchPendingCapture(onChange: (pending: PendingCapture | undefined) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(KEY in changes)) return;
    const parsed = pendingCaptureSchema.safeParse(changes[KEY]?.newValue);
    onChange(parsed.success ? parsed.data : undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
