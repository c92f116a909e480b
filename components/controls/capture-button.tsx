import { useState } from 'react';
import { failed } from '@/lib/capture/capture-tab';
import { requestCapture, sendPendingCapture } from '@/lib/messages';
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
          await requestCapture();
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          await sendPendingCapture(
            failed('failed', `Dossier could not start the capture: ${reason}`, undefined, Date.now()),
          );
        } finally {
          navigate(interviewId ? { name: 'capture', id: interviewId } : { name: 'capture' });
          setBusy(false);
        }
      }}
    >
      {busy ? 'Reading the page…' : 'Capture this page'}
    </button>
  );
}
