import { z } from 'zod/mini';
import { idSchema, recordFields, textSchema, timestampSchema } from './common';

/** The ledger: a story told in an interview round, to one person or to the whole panel. */
export const storyUseSchema = z.object({
  ...recordFields,
  storyId: idSchema,
  interviewId: idSchema,
  personId: z.optional(idSchema),
  toldAt: timestampSchema,
  notes: textSchema,
});
export type StoryUse = z.infer<typeof storyUseSchema>;
