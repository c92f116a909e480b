import { z } from 'zod/mini';
import { idSchema, lineSchema, recordFields, requiredLineSchema, timestampSchema } from './common';

export const pageKinds = ['team', 'person', 'job', 'company', 'news', 'other'] as const;
export const pageKindSchema = z.enum(pageKinds);
export type PageKind = z.infer<typeof pageKindSchema>;

/** A page the user captured: where facts come from. */
export const sourceSchema = z.object({
  ...recordFields,
  companyId: idSchema,
  url: requiredLineSchema,
  title: lineSchema,
  kind: pageKindSchema,
  capturedAt: timestampSchema,
  /** The page's own date (a news story's publication, a job's posting), when it gives one. */
  publishedAt: z.optional(timestampSchema),
  /** True when extraction stopped at its time budget and kept what it had. */
  partial: z.boolean(),
  /**
   * Facts of this page the user deleted (lib/db/captures.ts dismissalKey): a later capture of the page
   * does not bring them back.
   */
  dismissedFacts: z.optional(z.array(z.string().check(z.maxLength(6_000)))),
});
export type Source = z.infer<typeof sourceSchema>;
