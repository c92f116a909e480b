import { z } from 'zod';
import { lineSchema, recordFields } from './common';

/** A company being researched. Every interview round at one company shares it. */
export const companySchema = z.object({
  ...recordFields,
  name: lineSchema.min(1),
  /** Lower-cased, accent- and punctuation-free form of `name`: how a company is found again. */
  normalizedName: lineSchema,
  /** Home page, when known: `https://example.com`. */
  website: lineSchema.optional(),
});
export type Company = z.infer<typeof companySchema>;
