import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { pendingCapturesChanged, readPendingCaptures, type WaitingCapture } from '@/lib/messages';

/** The captures waiting for the user's review, oldest first; `undefined` while they are read. */
export function usePendingCaptures(): WaitingCapture[] | undefined {
  const [waiting, setWaiting] = useState<WaitingCapture[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // Every change is read afresh, in order: a slow read never overwrites the answer of a later one.
    let reads = 0;
    const read = () => {
      const asked = ++reads;
      void readPendingCaptures().then((stored) => {
        if (live && asked === reads) setWaiting(stored);
      });
    };
    read();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (pendingCapturesChanged(changes, area)) read();
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  return waiting;
}
