import type { Capture, CapturedFact, CapturedPerson } from '@/lib/schema/capture';
import type { PageReading } from '@/lib/schema/page-reading';
import type { PageKind } from '@/lib/schema/source';
import type { PageMeta } from './meta';
import type { StructuredData } from './structured-data';
import type { OutOfTime, TextLine } from './text';

/** One page, read once into what every kind of page is judged and read from. */
export interface PreparedPage {
  url: URL | undefined;
  meta: PageMeta;
  data: StructuredData;
  lines: TextLine[];
  /** The people the page presents (found before its kind is known: every kind may list some). */
  people: CapturedPerson[];
  /** What only the page's elements showed, read inside the page: its contact card, tabs, logo. */
  reading: PageReading;
  /** Whether the page looks like one person's: person data, a contact card, a name as main heading. */
  hasProfile: boolean;
  /** The kind the address names by a path segment or its host, if any. */
  addressKind: PageKind | undefined;
  outOfTime: OutOfTime;
}

/** What only a page of one kind gives the capture, and the facts it brings. */
export interface KindFindings extends Partial<Pick<Capture, 'job' | 'news' | 'person'>> {
  facts: CapturedFact[];
  /** The company the page is about as this kind names it (a posting's employer, a story's subject). */
  organizationName?: string;
}

/**
 * One kind of page, as one module: how much a page looks like one (detect), and what it gives when it
 * is one (read). The page is the kind with the most evidence, when it has at least 2.
 */
export interface PageKindReader {
  kind: Exclude<PageKind, 'other'>;
  detect(page: PreparedPage): number;
  read(page: PreparedPage): KindFindings;
}
