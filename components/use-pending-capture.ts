import { useEffect, useState } from 'react';
import { getPendingCapture, watchPendingCapture } from '@/lib/pending-capture';
import type { PendingCapture } from '@/lib/schema/capture';

/** The capture waiting for the user's review; `undefined` while it is read, `null` when there is none. */
export function usePendingCapture(): PendingCapture | null | undefined {
  const [pending, setPending] = useState<PendingCapture | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void getPendingCapture().then((stored) => {
      if (live) setPending((current) => (current === undefined ? (stored ?? null) : current));
    });
    const stop = watchPendingCapture((next) => setPending(next ?? null));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return pending;
}
