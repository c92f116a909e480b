import { z } from 'zod/mini';
import { capturedPersonSchema, educationSchema, positionSchema } from './capture';

// What the script injected into a page hands back to the extension: the page read once into plain data,
// which the readers of each kind of page then turn into a capture (lib/extract). It comes from a page
// that may be hostile, so it is checked like any other input, with the extractor's own caps.
const short = z.string().check(z.maxLength(500));
const long = z.string().check(z.maxLength(5_000));
const tag = z.string().check(z.maxLength(40));

export const textLineSchema = z.object({
  text: z.string().check(z.minLength(1), z.maxLength(5_000)),
  heading: z.int().check(z.minimum(0), z.maximum(6)),
  ownerTag: tag,
  blockTag: tag,
  inList: z.boolean(),
  datetime: z.optional(z.string().check(z.maxLength(100))),
});
export type TextLine = z.infer<typeof textLineSchema>;

export const pageMetaSchema = z.object({
  title: long,
  /** The <title> element itself, which often ends with the site's name when og:title does not. */
  documentTitle: long,
  siteName: long,
  description: long,
  /** og:type: "article", "website", "profile". */
  type: long,
  published: long,
  author: long,
  canonical: long,
  language: long,
  /** The alt text of the site's logo ("Acme logo" → "Acme"), a witness of the company's name. */
  logo: long,
  /** The copyright line of the footer, from its mark on: "© 2024 Acme Ltd. All rights reserved." */
  copyright: long,
  /** The postal address a footer, contact block or <address> writes: "Kampenringweg 45A 2803PE Gouda". */
  address: long,
});
export type PageMeta = z.infer<typeof pageMetaSchema>;

/** A schema.org node from JSON-LD or microdata, its strings already read as text. */
export const linkedNodeSchema = z.looseObject({
  '@type': z.array(z.string().check(z.maxLength(200))).check(z.maxLength(20)),
  '@from': z.enum(['json-ld', 'microdata']),
});
export type LinkedNode = z.infer<typeof linkedNodeSchema> & Record<string, unknown>;

/** A titled list, as a tabbed posting shows one: the tab's name and the items of its panel. */
const titledListSchema = z.tuple([long, z.array(long).check(z.maxLength(40))]);

export const pageReadingSchema = z.object({
  url: z.string().check(z.maxLength(100_000)),
  meta: pageMetaSchema,
  lines: z.array(textLineSchema).check(z.maxLength(60_000)),
  nodes: z.array(linkedNodeSchema).check(z.maxLength(2_000)),
  /** The people the page presents: found inside the page, where their cards' layout can be seen. */
  people: z.array(capturedPersonSchema).check(z.maxLength(5_000)),
  /** The page's hCard or vCard, when it has one. */
  card: z.optional(z.object({ name: short, headline: short, organization: short, location: short })),
  /** A profile's positions and schools as a social network lays them out. */
  platformProfile: z.optional(
    z.object({
      positions: z.array(positionSchema).check(z.maxLength(100)),
      education: z.array(educationSchema).check(z.maxLength(100)),
    }),
  ),
  /** A tabbed posting's panels ("Responsibilities | About you"). */
  tabs: z.array(titledListSchema).check(z.maxLength(20)),
  /** The lines of a JSON-LD job description's HTML, read in an inert document. */
  descriptionLines: z.array(textLineSchema).check(z.maxLength(60_000)),
  /** The first short text the page marks as a location, outside navigation and footers. */
  locationTag: short,
  /** The text the user had selected on the page when they captured it, if any. */
  selection: z.optional(z.string().check(z.maxLength(20_000))),
  /** True when the page was read in part: too big, or out of time. */
  partial: z.boolean(),
  /** True when the page broke the reading: its capture is then empty but for the people found before. */
  failed: z.boolean(),
  /** The milliseconds the reading took of the capture's budget. */
  spentMs: z.number().check(z.nonnegative()),
});
export type PageReading = z.infer<typeof pageReadingSchema>;
