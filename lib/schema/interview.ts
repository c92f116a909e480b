import { z } from 'zod';
import { idSchema, lineSchema, recordFields, timestampSchema } from './common';

export const interviewStatuses = ['preparing', 'scheduled', 'completed', 'offer', 'declined', 'cancelled'] as const;
export const interviewStatusSchema = z.enum(interviewStatuses);
export type InterviewStatus = z.infer<typeof interviewStatusSchema>;

/** One interview round: the unit a dossier is kept for. */
export const interviewSchema = z.object({
  ...recordFields,
  companyId: idSchema,
  role: lineSchema,
  /** Free text such as "Final round with the CEO". */
  round: lineSchema,
  /** The start as an instant; null while the date is not fixed yet. */
  startsAt: timestampSchema.nullable(),
  /** The IANA time zone the start was entered in, so it is shown as the invitation said it. */
  timeZone: lineSchema.min(1),
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60)
    .nullable(),
  /** The video-call link; empty when none. Only http(s) links are kept. */
  meetingUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2_000)]),
  status: interviewStatusSchema,
});
export type Interview = z.infer<typeof interviewSchema>;
