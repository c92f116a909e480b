import type { InterviewInput } from '@/lib/db/interviews';
import { type Interview, interviewStatusSchema, meetingUrlSchema } from '@/lib/schema';
import { instantToZonedParts, isTimeZone, zonedTimeToInstant } from '@/lib/time';

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
}

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
  };
}

export function interviewToForm(interview: Interview, companyName: string): InterviewFormValues {
  const parts =
    interview.startsAt === null ? { date: '', time: '' } : instantToZonedParts(interview.startsAt, interview.timeZone);
  return {
    companyName,
    role: interview.role,
    round: interview.round,
    ...parts,
    timeZone: interview.timeZone,
    durationMinutes: interview.durationMinutes === null ? '' : String(interview.durationMinutes),
    meetingUrl: interview.meetingUrl,
    status: interview.status,
  };
}

/**
 * Checks the form and turns it into what the database stores. Every problem is reported against its
 * field, in words the user can act on; nothing is saved unless all fields pass.
 */
export function parseInterviewForm(values: InterviewFormValues): InterviewFormResult {
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
  if (date || time) {
    if (!date) errors.date = 'Enter the date too, or clear the time.';
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.date = 'Enter a date such as 2026-12-03.';
    if (!time) errors.time = 'Enter the start time too, or clear the date.';
    else if (!/^\d{1,2}:\d{2}$/.test(time)) errors.time = 'Enter a time such as 14:30.';
    if (!errors.date && !errors.time && !errors.timeZone) {
      startsAt = zonedTimeToInstant(date, time, timeZone);
      if (startsAt === null) errors.date = `${date} at ${time} is not a date and time that exists.`;
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

  const meetingUrl = values.meetingUrl.trim();
  if (meetingUrl && !meetingUrlSchema.safeParse(meetingUrl).success) {
    errors.meetingUrl = 'Enter the full link, starting with https://';
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
      meetingUrl,
      status: status.data,
    },
  };
}
