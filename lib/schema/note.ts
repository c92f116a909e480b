import { z } from 'zod';
import { idSchema, recordFields, textSchema } from './common';

/** A note on one interview round: preparation, or taken during the call (its createdAt is the time). */
export const noteSchema = z.object({
  ...recordFields,
  interviewId: idSchema,
  text: textSchema.min(1),
});
export type Note = z.infer<typeof noteSchema>;
