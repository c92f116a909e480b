import { z } from 'zod';
import { idSchema, recordFields, textSchema, timestampSchema } from './common';

export const questionOrigins = ['manual', 'suggested', 'bank'] as const;

/** A question the candidate means to ask in one interview round. */
export const questionSchema = z.object({
  ...recordFields,
  interviewId: idSchema,
  text: textSchema.min(1),
  /** Why to ask it: the fact or concern behind it. */
  reason: textSchema,
  /** The fact that prompted a suggested question. */
  factId: idSchema.optional(),
  /** The interviewer it is meant for; absent for anyone on the panel. */
  personId: idSchema.optional(),
  /** Position in the user's list, lowest first. */
  rank: z.number(),
  starred: z.boolean(),
  askedAt: timestampSchema.nullable(),
  origin: z.enum(questionOrigins),
});
export type Question = z.infer<typeof questionSchema>;
