import { z } from 'zod/mini';
import { idSchema, recordFields, requiredTextSchema } from './common';

/** A note on one interview round: preparation, or taken during the call (its createdAt is the time). */
export const noteSchema = z.object({
  ...recordFields,
  interviewId: idSchema,
  text: requiredTextSchema,
});
export type Note = z.infer<typeof noteSchema>;
