import type { CapturedPerson } from '@/lib/schema/capture';
import type { PageReading } from '@/lib/schema/page-reading';
import { readMeta } from './meta';
import { findPeople } from './people';
import { isLinkedIn, isLinkedInProfile, readLinkedInEmployees, readLinkedInProfile } from './platforms/linkedin';
import { inertBody, nodesOfType, plainNodes, readStructuredData, unescapeMarkup } from './structured-data';
import { cleanText, type Line, MAX_LONG, type OutOfTime, readLines, type TextLine } from './text';

export interface ReadOptions {
  /** Work budget in milliseconds; past it the reading returns what it has, marked partial. */
  budgetMs?: number;
  /** Elapsed-time source for the budget. */
  clock?: () => number;
}

/** The capture's whole budget, shared by the reading in the page and the readers after it. */
export const CAPTURE_BUDGET_MS = 250;
/**
 * The share of the budget the walk over the page may take: the readers after it need the rest to turn
 * the lines it read into people and facts, so a huge page still gives its first people.
 */
const LINES_SHARE = 0.6;
// A description longer than this is read in part: postings run to a few thousand characters, and a
// DOM without native parsing (jsdom) takes a millisecond for every few elements.
const MAX_DESCRIPTION = 20_000;
// The most lines and characters of text a reading hands on (lib/schema/page-reading.ts): a 15 MB page
// is read in part.
const MAX_READING_LINES = 60_000;
const MAX_READING_CHARS = 2_000_000;

/**
 * The part of a capture that runs inside the page, injected only when the user asks: reads the document
 * once into plain data (its meta, lines of text, structured data, the people it presents and the few
 * things only its elements show) for the readers in the extension (./index.ts) to make a capture of.
 * Kept to what needs the page's DOM, so the script injected stays small. Never throws.
 */
export function readPage(doc: Document, url: string, options: ReadOptions = {}): PageReading {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const budget = options.budgetMs ?? CAPTURE_BUDGET_MS;
  let ranOut = false;
  const outOfTime: OutOfTime = () => {
    if (!ranOut && clock() - started > budget) ranOut = true;
    return ranOut;
  };
  const pageUrl = parseUrl(url);
  // Kept outside the try: people already found survive a later step's failure.
  let people: CapturedPerson[] = [];
  const reading = emptyReading(url);
  try {
    reading.meta = readMeta(doc);
    const root = doc.body ?? doc.documentElement;
    const { lines, truncated } = root
      ? readLines(root, { outOfTime: () => clock() - started > budget * LINES_SHARE })
      : { lines: [], truncated: false };
    // A profile's page lists other people only as suggestions ("People also viewed"): none are its own.
    const linkedInProfile = isLinkedInProfile(pageUrl);
    if (!linkedInProfile) people = findPeople(lines, outOfTime);
    if (isLinkedIn(pageUrl) && !linkedInProfile && people.length === 0) people = readLinkedInEmployees(doc, pageUrl);
    reading.people = people;
    const { nodes } = readStructuredData(doc, outOfTime);
    reading.descriptionLines = descriptionLines(nodesOfType({ nodes }, 'JobPosting')[0]?.description, doc, outOfTime);
    reading.nodes = plainNodes(nodes, outOfTime);
    const text = textLines(lines);
    reading.lines = text.lines;
    reading.card = card(doc);
    if (isLinkedIn(pageUrl)) reading.platformProfile = readLinkedInProfile(doc);
    reading.tabs = tabLists(doc);
    const selected = cleanText(doc.getSelection?.()?.toString(), 20_000);
    if (selected) reading.selection = selected;
    reading.locationTag = taggedText(doc, '[class*=ocation],[data-automation*=ocation],[data-automation-id*=ocation]');
    reading.partial = truncated || text.cut || outOfTime();
  } catch {
    // A page can break any assumption; the user still gets what was read, marked incomplete.
    reading.people = people;
    reading.partial = true;
    reading.failed = true;
    if (!reading.meta.documentTitle) reading.meta.documentTitle = documentTitle(doc);
  }
  reading.spentMs = Math.max(0, clock() - started);
  return reading;
}

/** The lines as plain data, without their elements, within what a reading carries. */
function textLines(lines: Line[]): { lines: TextLine[]; cut: boolean } {
  const plain: TextLine[] = [];
  let chars = 0;
  for (const { text, heading, ownerTag, blockTag, inList, datetime } of lines) {
    chars += text.length;
    if (plain.length >= MAX_READING_LINES || chars > MAX_READING_CHARS) return { lines: plain, cut: true };
    plain.push(
      datetime === undefined
        ? { text, heading, ownerTag, blockTag, inList }
        : { text, heading, ownerTag, blockTag, inList, datetime },
    );
  }
  return { lines: plain, cut: false };
}

/**
 * Job descriptions in JSON-LD are HTML in a string, often escaped once more ("&lt;li&gt;"): read in an
 * inert document, which runs no script and fetches nothing, as lines of text, never as markup.
 */
function descriptionLines(raw: unknown, doc: Document, outOfTime: OutOfTime): TextLine[] {
  if (typeof raw !== 'string') return [];
  const body = inertBody(unescapeMarkup(raw.slice(0, MAX_DESCRIPTION)), doc);
  return body ? textLines(readLines(body, { maxElements: 5_000, outOfTime }).lines).lines : [];
}

/** The page's hCard or vCard (microformats), when it has one. */
function card(doc: Document): PageReading['card'] {
  const element = doc.querySelector('.vcard, .h-card');
  if (!element) return undefined;
  const text = (selector: string) => cleanText(element.querySelector(selector)?.textContent);
  return {
    name: text('.fn, .p-name'),
    headline: text('.headline, .p-job-title, .title'),
    organization: text('.org, .p-org'),
    location: text('.locality, .p-locality, .adr'),
  };
}

/** Tabbed postings ("Responsibilities | About you"): each tab panel's items, headed by the tab naming it. */
function tabLists(doc: Document): PageReading['tabs'] {
  const tabs = new Map(
    Array.from(doc.querySelectorAll('[aria-controls]'), (tab) => [tab.getAttribute('aria-controls'), tab.textContent]),
  );
  return Array.from(doc.querySelectorAll('[role=tabpanel]'))
    .slice(0, 20)
    .map((panel) => [
      cleanText(tabs.get(panel.id), MAX_LONG),
      Array.from(panel.querySelectorAll('li'))
        .slice(0, 40)
        .map((item) => cleanText(item.textContent, MAX_LONG)),
    ]);
}

/** The short text of the first element the selector finds outside navigation and footers. */
function taggedText(doc: Document, selector: string): string {
  for (const element of Array.from(doc.querySelectorAll(selector)).slice(0, 30)) {
    const text = cleanText(element.textContent);
    if (text && text.length <= 80 && !element.closest('nav, footer, [role=navigation]')) return text;
  }
  return '';
}

function documentTitle(doc: Document): string {
  try {
    return cleanText(doc.querySelector?.('title')?.textContent);
  } catch {
    return '';
  }
}

function emptyReading(url: string): PageReading {
  return {
    url: url.slice(0, 100_000),
    meta: {
      title: '',
      documentTitle: '',
      siteName: '',
      description: '',
      type: '',
      published: '',
      author: '',
      canonical: '',
      language: '',
      logo: '',
      copyright: '',
      address: '',
    },
    lines: [],
    nodes: [],
    people: [],
    tabs: [],
    descriptionLines: [],
    locationTag: '',
    partial: false,
    failed: false,
    spentMs: 0,
  };
}

/** The page's address as a URL, or undefined for one that does not parse. */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
