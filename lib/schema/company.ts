import { z } from 'zod/mini';
import { lineSchema, recordFields, requiredLineSchema } from './common';

/** A company being researched. Every interview round at one company shares it. */
export const companySchema = z.object({
  ...recordFields,
  name: requiredLineSchema,
  /** Lower-cased, accent- and punctuation-free form of `name`: how a company is found again. */
  normalizedName: lineSchema,
  /** Home page, when known: `https://example.com`. */
  website: z.optional(lineSchema),
});
export type Company = z.infer<typeof companySchema>;
