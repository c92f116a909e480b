import { z } from 'zod/mini';
import { idSchema, lineSchema, recordFields, requiredLineSchema, textSchema, timestampSchema } from './common';

/** Someone at (or around) the company: an interviewer, a leader, a board member. */
export const personSchema = z.object({
  ...recordFields,
  /** The company whose research this person belongs to. */
  companyId: idSchema,
  name: requiredLineSchema,
  /** Lower-cased, accent- and punctuation-free form of `name`, to merge captures of one person. */
  normalizedName: lineSchema,
  title: lineSchema,
  /**
   * Where `title` came from: 'manual' when the user typed it, else the id of the captured page that gave
   * it ('' while there is no title). A capture never replaces a manual title.
   */
  titleSource: lineSchema,
  /**
   * The date the title was true as of: the page's publication date when it gives one, else its capture
   * time (the typing time for a manual title). A page only replaces a title with one as new or newer.
   */
  titleAsOf: timestampSchema,
  /**
   * Who brought the person into the research: 'manual' when the user added them, else the id of the
   * first page that listed them. Deleting that page takes the person only if nothing else brought them.
   */
  addedBy: lineSchema,
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
