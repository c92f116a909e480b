import type { InterviewInput } from '@/lib/db/interviews';
import { type Interview, interviewStatusSchema } from '@/lib/schema';
import {
  currentZoneName,
  formatClockTimeWithZone,
  formatWallTime,
  instantToZonedParts,
  isCalendarDate,
  isClockTime,
  isTimeZone,
  zonedTimeToInstant,
} from '@/lib/time';
import { readMeetingLink } from './meeting-link';

/** The interview form's fields, as the inputs hold them. */
export interface InterviewFormValues {
  companyName: string;
  role: string;
  round: string;
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: string;
  meetingUrl: string;
  status: string;
  /**
   * Which of the two instants a time in the hour that repeats when clocks go back means: '' until the
   * user chooses, and ignored for every other time.
   */
  repeatedTime: '' | RepeatedTimeChoice;
}

export type RepeatedTimeChoice = 'first' | 'second';

export type InterviewFormErrors = Partial<Record<keyof InterviewFormValues, string>>;

export type InterviewFormResult = { ok: true; input: InterviewInput } | { ok: false; errors: InterviewFormErrors };

export function emptyInterviewForm(timeZone: string): InterviewFormValues {
  return {
    companyName: '',
    role: '',
    round: '',
    date: '',
    time: '',
    timeZone,
    durationMinutes: '60',
    meetingUrl: '',
    status: 'preparing',
    repeatedTime: '',
  };
}

export function interviewToForm(interview: Interview, companyName: string): InterviewFormValues {
  const parts =
    interview.startsAt === null ? { date: '', time: '' } : instantToZonedParts(interview.startsAt, interview.timeZone);
  const reading = zonedTimeToInstant(parts.date, parts.time, interview.timeZone);
  const repeatedTime =
    reading.kind === 'ambiguous' ? (reading.earlier === interview.startsAt ? 'first' : 'second') : '';
  return {
    companyName,
    role: interview.role,
    round: interview.round,
    ...parts,
    timeZone: currentZoneName(interview.timeZone),
    durationMinutes: interview.durationMinutes === null ? '' : String(interview.durationMinutes),
    meetingUrl: interview.meetingUrl,
    status: interview.status,
    repeatedTime,
  };
}

/** The two readings of a time in the hour that repeats, for the user to choose from. */
export interface RepeatedTimeQuestion {
  /** "1:30 AM comes twice that night in New York: clocks go back an hour. Which one is it?" */
  question: string;
  options: { choice: RepeatedTimeChoice; instant: number; label: string }[];
}

/** The question to ask when the form's date and time fall in the hour that repeats; null otherwise. */
export function repeatedTimeQuestion(values: InterviewFormValues, locale?: string): RepeatedTimeQuestion | null {
  const reading = zonedTimeToInstant(values.date, values.time, values.timeZone.trim());
  if (reading.kind !== 'ambiguous') return null;
  const zone = values.timeZone.trim();
  const shift = Math.round((reading.later - reading.earlier) / 60_000);
  const back = shift === 60 ? 'an hour' : `${shift} minutes`;
  return {
    question: `${formatWallTime(values.time, locale)} comes twice that night in ${placeName(zone)}: clocks go back ${back}. Which one is it?`,
    options: [
      {
        choice: 'first',
        instant: reading.earlier,
        label: `${formatClockTimeWithZone(reading.earlier, zone, locale)} (first)`,
      },
      {
        choice: 'second',
        instant: reading.later,
        label: `${formatClockTimeWithZone(reading.later, zone, locale)} (second)`,
      },
    ],
  };
}

/** "New York" for America/New_York: the place a zone is named after. */
function placeName(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/** What the user typed, quoted in a message, cut short when it is long. */
function quoted(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

/**
 * Checks the form and turns it into what the database stores. Every problem is reported against its
 * field, in words the user can act on; nothing is saved unless all fields pass.
 */
export function parseInterviewForm(
  values: InterviewFormValues,
  /** Fields the browser holds a partly typed value in: its date and time inputs then report '' as the value. */
  incomplete: { date?: boolean; time?: boolean } = {},
): InterviewFormResult {
  const errors: InterviewFormErrors = {};
  const companyName = values.companyName.trim();
  if (!companyName) errors.companyName = 'Enter the company you are interviewing with.';
  else if (companyName.length > 2_000) errors.companyName = 'Shorten the company name to 2,000 characters.';

  for (const field of ['role', 'round'] as const) {
    if (values[field].trim().length > 2_000) errors[field] = 'Shorten this to 2,000 characters.';
  }

  const timeZone = values.timeZone.trim();
  if (!isTimeZone(timeZone)) errors.timeZone = 'Choose a time zone from the list, such as Europe/Berlin.';

  const date = values.date.trim();
  const time = values.time.trim();
  let startsAt: number | null = null;
  // A partly typed date or time reaches the form as '': say what it lacks, not that it is missing.
  if (incomplete.date) errors.date = 'This date is incomplete: fill in the day, the month and the year.';
  if (incomplete.time) errors.time = 'This time is incomplete: fill in the hours and the minutes.';
  if (date || time || incomplete.date || incomplete.time) {
    // Beside a partly typed one, "enter the date too" would only repeat what to do.
    if (!date && !errors.date && !errors.time) errors.date = 'Enter the date too, or clear the time.';
    else if (date && !isCalendarDate(date))
      errors.date = `Enter a date such as 2026-12-03 — ${quoted(date)} is not a date.`;
    if (!time && !errors.time && !incomplete.date) errors.time = 'Enter the start time too, or clear the date.';
    else if (time && !isClockTime(time)) errors.time = `Enter a time such as 14:30 — ${quoted(time)} is not a time.`;
    if (!errors.date && !errors.time && !errors.timeZone) {
      const reading = zonedTimeToInstant(date, time, timeZone);
      if (reading.kind === 'ok') startsAt = reading.instant;
      else if (reading.kind === 'ambiguous' && values.repeatedTime) {
        startsAt = values.repeatedTime === 'first' ? reading.earlier : reading.later;
      } else if (reading.kind === 'ambiguous') {
        errors.repeatedTime = `Choose which ${formatWallTime(time)} you mean.`;
      } else if (reading.kind === 'gap') {
        const [from, to] = [formatWallTime(reading.clocksJumpFrom), formatWallTime(reading.clocksJumpTo)];
        // The date is beside the time in the form: "that night" keeps the message short in a narrow panel.
        errors.time = `${formatWallTime(time)} does not exist that night in ${placeName(timeZone)}: clocks go forward from ${from} to ${to}.`;
      } else errors.date = `${date} at ${time} is not a date and time that exists.`;
    }
  }

  const durationText = values.durationMinutes.trim();
  let durationMinutes: number | null = null;
  if (durationText) {
    durationMinutes = Number(durationText);
    if (!Number.isInteger(durationMinutes) || durationMinutes <= 0 || durationMinutes > 1440) {
      errors.durationMinutes = 'Enter the length in whole minutes, from 1 to 1440.';
    }
  }

  const meetingUrl = readMeetingLink(values.meetingUrl);
  if (meetingUrl === null) {
    errors.meetingUrl = 'Enter a web link such as meet.google.com/abc-defg-hij or https://zoom.us/j/123.';
  }

  const status = interviewStatusSchema.safeParse(values.status);
  if (!status.success) errors.status = 'Choose a status from the list.';

  if (!status.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      companyName,
      role: values.role.trim(),
      round: values.round.trim(),
      startsAt,
      timeZone,
      durationMinutes,
      meetingUrl: meetingUrl ?? '',
      status: status.data,
    },
  };
}
