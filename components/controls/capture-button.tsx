import { useState } from 'react';
import { captureActiveTab } from '@/lib/capture/capture-tab';
import { sendPendingCapture } from '@/lib/messages';
import { navigate } from '../hooks/use-hash-route';

/** Reads the page open beside the panel and shows what it found, for the user to review and keep. */
export function CaptureButton({ interviewId }: { interviewId?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      title="Read the page open beside the panel (Alt+Shift+S)"
      onClick={async () => {
        setBusy(true);
        try {
          await sendPendingCapture(await captureActiveTab());
          navigate(interviewId ? { name: 'capture', id: interviewId } : { name: 'capture' });
        } finally {
          setBusy(false);
        }
      }}
    >
      {busy ? 'Reading the page…' : 'Capture this page'}
    </button>
  );
}
