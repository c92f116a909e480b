import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { pendingCaptureChange, readPendingCapture } from '@/lib/messages';
import type { PendingCapture } from '@/lib/schema/capture';

/** The capture waiting for the user's review; `undefined` while it is read, `null` when there is none. */
export function usePendingCapture(): PendingCapture | null | undefined {
  const [pending, setPending] = useState<PendingCapture | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void readPendingCapture().then((stored) => {
      if (live) setPending((current) => (current === undefined ? (stored ?? null) : current));
    });
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = pendingCaptureChange(changes, area);
      if (next !== undefined) setPending(next);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return pending;
}
