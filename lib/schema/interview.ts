import { z } from 'zod/mini';
import { idSchema, lineSchema, recordFields, requiredLineSchema, timestampSchema } from './common';

export const interviewStatuses = ['preparing', 'scheduled', 'completed', 'offer', 'declined', 'cancelled'] as const;
export const interviewStatusSchema = z.enum(interviewStatuses);
export type InterviewStatus = z.infer<typeof interviewStatusSchema>;

/** The video-call link; empty when none. Only http(s) links are kept. */
export const meetingUrlSchema = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).check(z.maxLength(2_000))]);

/** One interview round: the unit a dossier is kept for. */
export const interviewSchema = z.object({
  ...recordFields,
  companyId: idSchema,
  role: lineSchema,
  /** Free text such as "Final round with the CEO". */
  round: lineSchema,
  /** The start as an instant; null while the date is not fixed yet. */
  startsAt: z.nullable(timestampSchema),
  /** The IANA time zone the start was entered in, so it is shown as the invitation said it. */
  timeZone: requiredLineSchema,
  durationMinutes: z.nullable(z.int().check(z.positive(), z.lte(24 * 60))),
  meetingUrl: meetingUrlSchema,
  status: interviewStatusSchema,
});
export type Interview = z.infer<typeof interviewSchema>;
