import { clearPendingCapture } from '@/lib/messages';
import type { PendingCapture } from '@/lib/schema/capture';
import { routeHref } from '../hooks/use-hash-route';

/**
 * Says a capture waits for review. Over a form being filled in it offers no way away from the form,
 * which would lose what was typed: the preview opens once the form is saved or left.
 */
export function PendingCaptureNotice({
  pending,
  fromInterviewId,
  overForm,
}: {
  pending: PendingCapture;
  fromInterviewId?: string;
  overForm: boolean;
}) {
  return (
    <div className="notice" role="status">
      <p>
        {describePending(pending)}
        {overForm && ' It opens when you have saved or left this form.'}
      </p>
      <div className="actions tight">
        {!overForm && (
          <a className="button primary" href={routeHref({ name: 'capture', id: fromInterviewId })}>
            Review it
          </a>
        )}
        <button type="button" onClick={() => void clearPendingCapture()}>
          Discard
        </button>
      </div>
    </div>
  );
}

function describePending(pending: PendingCapture): string {
  if (pending.status === 'failed') return 'The last capture did not work.';
  if (pending.status === 'selection')
    return `A selection from ${pending.title || hostOf(pending.url)} waits to be saved.`;
  return `A capture of ${pending.capture.title || hostOf(pending.capture.url)} waits to be saved.`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || 'a page';
  } catch {
    return 'a page';
  }
}
