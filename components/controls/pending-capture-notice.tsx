import { clearPendingCapture, type WaitingCapture } from '@/lib/messages';
import type { PendingCapture } from '@/lib/schema/capture';
import { routeHref } from '../hooks/use-hash-route';

/**
 * Says captures wait for review. Over a form being filled in it offers no way away from the form,
 * which would lose what was typed: the preview opens once the form is saved or left.
 */
export function PendingCaptureNotice({
  waiting,
  fromInterviewId,
  overForm,
  overTyping = false,
}: {
  /** Oldest first, at least one. */
  waiting: WaitingCapture[];
  fromInterviewId?: string;
  overForm: boolean;
  /** It was held back because the user was typing in the view: reviewing it now leaves what is typed. */
  overTyping?: boolean;
}) {
  const newest = waiting.at(-1) as WaitingCapture;
  const others = waiting.length - 1;
  return (
    <div className="notice" role="status">
      <p>
        {describePending(newest.pending)}
        {others > 0 && ` ${others === 1 ? 'One more waits' : `${others} more wait`} after it.`}
        {overForm && ' It opens when you have saved or left this form.'}
        {!overForm && overTyping && ' It waits so that what you are typing is not lost: save it first.'}
      </p>
      <div className="actions tight">
        {!overForm && (
          <a className="button primary" href={routeHref({ name: 'capture', id: fromInterviewId })}>
            Review it
          </a>
        )}
        <button type="button" onClick={() => void clearPendingCapture(newest.key)}>
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

export function hostOf(url: string): string {
  try {
    return new URL(url).host || 'a page';
  } catch {
    return 'a page';
  }
}
