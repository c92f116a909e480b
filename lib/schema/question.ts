import { z } from 'zod/mini';
import { idSchema, recordFields, requiredTextSchema, textSchema, timestampSchema } from './common';

export const questionOrigins = ['manual', 'suggested', 'bank'] as const;

/** A question the candidate means to ask in one interview round. */
export const questionSchema = z.object({
  ...recordFields,
  interviewId: idSchema,
  text: requiredTextSchema,
  /** Why to ask it: the fact or concern behind it. */
  reason: textSchema,
  /** The fact that prompted a suggested question. */
  factId: z.optional(idSchema),
  /** The interviewer it is meant for; absent for anyone on the panel. */
  personId: z.optional(idSchema),
  /** Position in the user's list, lowest first. */
  rank: z.number(),
  starred: z.boolean(),
  askedAt: z.nullable(timestampSchema),
  origin: z.enum(questionOrigins),
});
export type Question = z.infer<typeof questionSchema>;
