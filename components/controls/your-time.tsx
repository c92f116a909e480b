import { formatInYourTime } from '@/lib/time';

/** Beside a time set in another zone, the same moment on the user's clock; nothing in the user's own zone. */
export function YourTime({ instant, timeZone }: { instant: number; timeZone: string }) {
  const yours = formatInYourTime(instant, timeZone);
  return yours ? <span className="your-time">({yours})</span> : null;
}
