import { z } from 'zod/mini';
import { idSchema, lineSchema, recordFields, requiredTextSchema, textSchema, timestampSchema } from './common';

export const factTypes = [
  'description',
  'mission',
  'vision',
  'value',
  'founded',
  'headquarters',
  'industry',
  'size',
  'website',
  'position',
  /** The title a captured page gives a person; the person's `title` is the newest of them. */
  'title',
  'education',
  'job',
  'responsibility',
  'requirement',
  'news',
  'culture',
  'selection',
  'other',
] as const;
export const factTypeSchema = z.enum(factTypes);

/** The rung of the extraction ladder that found a fact, or how the user added it. */
export const factMethods = ['json-ld', 'microdata', 'meta', 'structure', 'text', 'selection', 'manual'] as const;
export const factMethodSchema = z.enum(factMethods);

/** Where a fact came from; kept with the fact so it can always be checked. */
export const provenanceSchema = z.object({
  url: lineSchema,
  capturedAt: timestampSchema,
  /** The verbatim text the fact was read from. */
  snippet: textSchema,
  method: factMethodSchema,
});

/** One sourced statement about a company or a person. */
export const factSchema = z.object({
  ...recordFields,
  companyId: idSchema,
  /** Set when the fact is about one person (a position, education). */
  personId: z.optional(idSchema),
  /** The captured page; absent for facts the user typed. */
  sourceId: z.optional(idSchema),
  type: factTypeSchema,
  text: requiredTextSchema,
  provenance: provenanceSchema,
});
export type Fact = z.infer<typeof factSchema>;
