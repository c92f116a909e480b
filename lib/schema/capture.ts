import { z } from 'zod/mini';
import { factMethodSchema, factTypeSchema } from './fact';
import { pageKindSchema } from './source';

// What the extractor reads off one page. Everything in it is plain text, trimmed and length-capped by
// the extractor; the schema enforces the caps again at every boundary (the page, a file, a message).
const short = z.string().check(z.maxLength(500));
const line = z.string().check(z.minLength(1), z.maxLength(500));
const long = z.string().check(z.maxLength(5_000));
/**
 * A page's address as the browser gives it. Bounded, but above what a record keeps (2,000): a very long
 * address must reach the save, which shortens it, rather than have the capture or selection refused.
 */
const pageUrl = z.string().check(z.maxLength(100_000));

export const capturedPersonSchema = z.object({
  name: line,
  title: short,
  organization: z.optional(short),
  /** The heading the person is listed under: "Board of Directors". */
  section: z.optional(short),
  bio: z.optional(long),
  profileUrl: z.optional(short),
});
export type CapturedPerson = z.infer<typeof capturedPersonSchema>;

export const positionSchema = z.object({
  title: short,
  organization: short,
  /** As the page gives them: "2008", "June 2004", "Present". */
  start: z.optional(short),
  end: z.optional(short),
});
export type Position = z.infer<typeof positionSchema>;

export const educationSchema = z.object({
  school: line,
  degree: z.optional(short),
  years: z.optional(short),
});

export const profileSchema = z.object({
  name: line,
  headline: z.optional(short),
  title: z.optional(short),
  organization: z.optional(short),
  location: z.optional(short),
  positions: z.array(positionSchema),
  education: z.array(educationSchema),
});
export type Profile = z.infer<typeof profileSchema>;

export const organizationInfoSchema = z.object({
  name: line,
  description: z.optional(long),
  mission: z.optional(long),
  vision: z.optional(long),
  values: z.array(short),
  founded: z.optional(short),
  headquarters: z.optional(short),
  industry: z.optional(short),
  size: z.optional(short),
  website: z.optional(short),
});
export type OrganizationInfo = z.infer<typeof organizationInfoSchema>;

export const jobSchema = z.object({
  title: line,
  company: z.optional(short),
  location: z.optional(short),
  employmentType: z.optional(short),
  /** ISO date (YYYY-MM-DD) when the page gives one that parses. */
  datePosted: z.optional(short),
  salary: z.optional(short),
  responsibilities: z.array(long),
  requirements: z.array(long),
});
export type Job = z.infer<typeof jobSchema>;

export const newsEventTypes = [
  'hire',
  'departure',
  'funding',
  'acquisition',
  'launch',
  'partnership',
  'results',
  'other',
] as const;

export const newsSchema = z.object({
  headline: line,
  /** ISO date (YYYY-MM-DD). */
  datePublished: z.optional(short),
  author: z.optional(short),
  organization: z.optional(short),
  eventType: z.optional(z.enum(newsEventTypes)),
  people: z.array(z.object({ name: line, title: z.optional(short) })),
});
export type News = z.infer<typeof newsSchema>;

export const cultureSchema = z.object({
  /** Words in the page's own text (navigation, footers and scripts left out). */
  words: z.int().check(z.nonnegative()),
  /** Occurrences per thousand words. */
  wePerThousand: z.number(),
  iPerThousand: z.number(),
  youPerThousand: z.number(),
  valuesWords: z.array(short),
});
export type Culture = z.infer<typeof cultureSchema>;

export const capturedFactSchema = z.object({
  type: factTypeSchema,
  text: z.string().check(z.minLength(1), z.maxLength(5_000)),
  /** The verbatim text the fact was read from. */
  snippet: z.string().check(z.maxLength(5_000)),
  method: factMethodSchema,
});
export type CapturedFact = z.infer<typeof capturedFactSchema>;

export const captureSchema = z.object({
  url: pageUrl,
  title: short,
  kind: pageKindSchema,
  language: z.optional(short),
  /** True when extraction ran out of its time budget and returned what it had. */
  partial: z.boolean(),
  people: z.array(capturedPersonSchema),
  person: z.optional(profileSchema),
  organization: z.optional(organizationInfoSchema),
  job: z.optional(jobSchema),
  news: z.optional(newsSchema),
  culture: cultureSchema,
  facts: z.array(capturedFactSchema),
});
export type Capture = z.infer<typeof captureSchema>;

export const captureProblems = ['no-access', 'restricted', 'no-tab', 'timeout', 'failed'] as const;

/**
 * What the last capture gesture produced, handed from the background (shortcut, context menu) or the
 * panel's button to the panel's preview through the browser's session storage.
 */
export const pendingCaptureSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('captured'),
    capture: captureSchema,
    at: z.number(),
    /** Text the user had selected on the page: it waits beside the page, as a selection of its own. */
    selection: z.optional(z.string().check(z.minLength(1), z.maxLength(20_000))),
  }),
  z.object({
    status: z.literal('failed'),
    problem: z.enum(captureProblems),
    message: z.string().check(z.maxLength(1_000)),
    url: z.optional(pageUrl),
    /** The browser was asked to offer the user access to the site: a grant is worth waiting for. */
    accessRequested: z.optional(z.boolean()),
    at: z.number(),
  }),
  z.object({
    status: z.literal('selection'),
    text: z.string().check(z.minLength(1), z.maxLength(20_000)),
    url: pageUrl,
    title: short,
    at: z.number(),
  }),
]);
export type PendingCapture = z.infer<typeof pendingCaptureSchema>;
