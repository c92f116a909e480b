import { z } from 'zod/mini';
import { idSchema, lineSchema, recordFields, requiredLineSchema, textSchema } from './common';

/** Someone at (or around) the company: an interviewer, a leader, a board member. */
export const personSchema = z.object({
  ...recordFields,
  /** The company whose research this person belongs to. */
  companyId: idSchema,
  name: requiredLineSchema,
  /** Lower-cased, accent- and punctuation-free form of `name`, to merge captures of one person. */
  normalizedName: lineSchema,
  title: lineSchema,
  /** Where the person works as the page said it; may differ from the company (an outside director). */
  organization: lineSchema,
  /** Previous roles and education, in the user's words or as captured. */
  background: textSchema,
  notes: textSchema,
  profileUrl: z.optional(lineSchema),
  /** The interview rounds this person sits on as an interviewer. */
  interviewIds: z.array(idSchema),
});
export type Person = z.infer<typeof personSchema>;
