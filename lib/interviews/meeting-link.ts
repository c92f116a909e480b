import { meetingUrlSchema } from '@/lib/schema';

/** A scheme at the start ("https:", "javascript:"), but not a host and its port ("zoom.us:443"). */
const SCHEME = /^[a-z][a-z\d+.-]*:(?!\d)/i;

/**
 * The meeting link as it is stored, from the way the user typed or pasted it: calendars show links
 * without their scheme (meet.google.com/abc-defg-hij, zoom.us/j/123), so a host with a dot gets
 * https:// in front. A link that names its scheme keeps it, and only http(s) passes: javascript: and
 * data: links are refused, as are links with spaces in them. '' for no link, null when it is refused.
 */
export function readMeetingLink(text: string): string | null {
  let link = text.trim();
  if (!link) return '';
  if (/\s/.test(link)) return null;
  if (link.startsWith('//')) link = `https:${link}`;
  else if (!SCHEME.test(link) && /^[^/?#]+\.[^/?#]/.test(link)) link = `https://${link}`;
  return meetingUrlSchema.safeParse(link).success ? link : null;
}
