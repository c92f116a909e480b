/** Text as the extractor reads it: plain, trimmed, capped, and split into the lines a reader sees. */
import type { TextLine } from '@/lib/schema/page-reading';

export type { TextLine };

export const MAX_LINE = 500;
export const MAX_LONG = 5_000;

// Pages converted through the wrong code page carry C0 controls where typographic punctuation was
// (U+0019 for ’ is common): map them back, and drop every other control character.
const controlReplacements: Record<string, string> = {
  '\u0013': '–',
  '\u0014': '—',
  '\u0018': '‘',
  '\u0019': '’',
  '\u001c': '“',
  '\u001d': '”',
};
// Zero-width, bidirectional and soft-hyphen characters are invisible on the page but split a name from
// its twin ("Ada\u200bOkafor"), hide a word from every pattern, or turn a stored line around when it is
// shown (U+202E): the dossier keeps the text as read, without them.
const controlCharacters =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is repaired or removed.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Collapses white space, repairs stray control characters and caps the length. */
export function cleanText(text: string | null | undefined, max = MAX_LINE): string {
  if (!text) return '';
  // A 15 MB text node is cut before it is cleaned: the work stays bounded by what can be kept.
  const bounded = text.length > max * 4 + 1_000 ? text.slice(0, max * 4 + 1_000) : text;
  const cleaned = bounded
    .replace(controlCharacters, (char) => controlReplacements[char] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > max ? `${cleaned.slice(0, max - 1).trimEnd()}…` : cleaned;
}

/** One line of the page's text, with the elements it came from, as the readers inside the page see it. */
export interface Line extends TextLine {
  /** The nearest block element around the line. */
  block: Element;
  /** The element whose text is exactly this line (a <strong> name), else the block. */
  owner: Element;
}

const skipped = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'MATH',
]);
const blocks = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BUTTON',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const chromeTags = new Set(['NAV', 'FOOTER']);
const headingLevels: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
// Sites repeat a few class names thousands of times: each is tested once.
const chromeNameCache = new Map<string, boolean>();
const chromeRoles = new Set(['navigation', 'contentinfo', 'search', 'menu', 'menubar', 'banner']);
// Words that, in an id or class, name page furniture on any site rather than content; not where they
// describe the content's layout ("un-no-sidebar-layout", "has-sidebar", "sidebar-layout" on the wrapper
// of the page's whole text).
const chromeNames =
  /(?:^|[\s_-])(?<!(?:no|without|has|with)[_-])(?:cookie|consent|gdpr|breadcrumbs?|navbar|megamenu|menu|nav|footer|site-?header|sidebar|newsletter|share|social)(?![_-]layout)(?:$|[\s_-])/i;

/**
 * Whether the extraction has used up its time budget. Every reader that walks the page's lines or its
 * data asks it every few hundred steps and, past the budget, returns what it has found so far.
 */
export type OutOfTime = () => boolean;
export const neverOutOfTime: OutOfTime = () => false;

/** Every `every` steps (never at the first), whether time is up: the clock is read sparingly. */
export function timeUp(step: number, outOfTime: OutOfTime, every = 200): boolean {
  return step > 0 && step % every === 0 && outOfTime();
}

/** The first line that passes the test, among those read before time is up. */
export function findLine<L extends TextLine>(
  lines: L[],
  test: (line: L) => boolean,
  outOfTime: OutOfTime,
): L | undefined {
  for (let index = 0; index < lines.length && !timeUp(index, outOfTime); index++) {
    const line = lines[index] as L;
    if (test(line)) return line;
  }
  return undefined;
}

export interface LineOptions {
  /** Stop after this many elements (a page of 100,000 elements is read in part). */
  maxElements?: number;
  /** Called every few hundred elements; returning true stops the walk. */
  outOfTime?: () => boolean;
}

export interface LineResult {
  lines: Line[];
  /** True when the walk stopped early. */
  truncated: boolean;
}

/**
 * The page's own text as lines, in document order: block elements and <br> end a line; navigation,
 * footers and similar furniture are left out. Iterative, so a document nested 5,000 deep cannot
 * overflow the stack.
 */
export function readLines(root: Element, options: LineOptions = {}): LineResult {
  const maxElements = options.maxElements ?? 60_000;
  const lines: Line[] = [];
  let parts: string[] = [];
  let visited = 0;
  let truncated = false;

  // What the text of a node belongs to: its block, the heading level it is under, and whether it is in a
  // list. Shared by all of an element's children, so the walk makes at most one per element, not one per node.
  type Context = { block: Element; heading: number; inList: boolean };
  // Two stacks side by side: the node to read next (null: the end of a block, whose text is then
  // flushed as a line of it), and its context.
  const nodes: (Node | null)[] = [root];
  const contexts: Context[] = [{ block: root, heading: 0, inList: false }];

  // The line's owner is the element whose text is exactly the line: every text node of the line has
  // it as parent, and it has no other children. Checked by counting, without reading textContent.
  let ownerCandidate: Element | undefined;
  let ownerNodes = 0;
  let mixed = false;
  let datetime: string | undefined;
  const flush = ({ block, heading, inList }: Context) => {
    const text = cleanText(parts.join(''), MAX_LONG);
    if (text) {
      const owner =
        !mixed && ownerCandidate && ownerCandidate.childNodes.length === ownerNodes ? ownerCandidate : block;
      const line: Line = { text, block, owner, heading, ownerTag: tagOf(owner), blockTag: tagOf(block), inList };
      if (datetime !== undefined) line.datetime = datetime;
      lines.push(line);
    }
    parts = [];
    ownerCandidate = undefined;
    ownerNodes = 0;
    mixed = false;
    datetime = undefined;
  };

  while (nodes.length > 0) {
    const node = nodes.pop() as Node | null;
    const context = contexts.pop() as Context;
    if (node === null) {
      flush(context);
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      const parent = node.parentElement ?? undefined;
      const blank = !/\S/.test(value);
      if (parts.length === 0 && blank) continue;
      parts.push(value);
      if (ownerCandidate === undefined && !mixed) ownerCandidate = parent;
      if (parent === ownerCandidate) ownerNodes++;
      // White space between elements belongs to no one's text.
      else if (!blank) mixed = true;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const element = node as Element;
    const tag = tagOf(element);
    if (skipped.has(tag)) continue;
    if (++visited > maxElements || (visited % 500 === 0 && options.outOfTime?.())) {
      truncated = true;
      break;
    }
    if (tag === 'BR') {
      // A break after one word of a heading is a poster's ("Giovane<br>Boschetti"): the heading is one line.
      if (context.heading > 0 && parts.length > 0 && !/\S\s+\S/.test(parts.join('').trim())) parts.push(' ');
      else flush(context);
      continue;
    }
    if (tag === 'TIME') datetime ??= cleanText(element.getAttribute('datetime'), 100);
    // Navigation, footers, banners and cookie notices are never read: their whole subtree is skipped.
    if (isChrome(element, tag)) continue;
    const isBlock = blocks.has(tag);
    const heading = headingLevels[tag] ?? context.heading;
    const inList = context.inList || tag === 'LI';
    const inner =
      isBlock || heading !== context.heading || inList !== context.inList
        ? { block: isBlock ? element : context.block, heading, inList }
        : context;
    if (isBlock) {
      flush(context);
      // The text gathered inside this block is flushed when it closes, as a line of this block.
      nodes.push(null);
      contexts.push(inner);
    }
    // Sibling pointers, not the live childNodes list: much cheaper on large pages.
    for (let child = node.lastChild; child; child = child.previousSibling) {
      nodes.push(child);
      contexts.push(inner);
    }
  }
  flush({ block: root, heading: 0, inList: false });
  return { lines, truncated };
}

function tagOf(element: Element): string {
  const tag = element.tagName ?? '';
  return tag.charCodeAt(0) >= 97 ? tag.toUpperCase() : tag;
}

function isChrome(element: Element, tag: string): boolean {
  if (chromeTags.has(tag)) return true;
  if (!element.hasAttributes()) return tag === 'HEADER' && !element.closest('article, main, section');
  const role = element.getAttribute('role');
  if (role && chromeRoles.has(role)) return true;
  if (tag === 'HEADER' && !element.closest('article, main, section')) return true;
  // The page itself is never furniture, whatever its classes say ("nav-float-right" on a theme's body).
  if (tag === 'BODY') return false;
  const names = `${element.id ?? ''} ${typeof element.className === 'string' ? element.className : ''}`;
  if (names.length <= 1) return false;
  let named = chromeNameCache.get(names);
  if (named === undefined) {
    named = chromeNames.test(names);
    if (chromeNameCache.size < 5_000) chromeNameCache.set(names, named);
  }
  // A wrapper named like furniture that holds the article itself is layout (often left unclosed).
  return named && !element.querySelector('article, main, h1');
}

/** The first sentence of a paragraph, or the paragraph when it is one sentence. */
export function firstSentence(text: string): string {
  const match = /^(.{20,}?[.!?])(?:\s+\p{Lu}|$)/u.exec(text);
  return match?.[1] ?? text;
}

/**
 * A percent-encoded piece of an address as text. Addresses in the wild carry stray `%` signs and bytes
 * of a legacy code page (`%E9quipe`), on which decodeURIComponent throws: each run of escapes that is
 * not UTF-8 is read as Latin-1, and a `%` that escapes nothing stays as it is.
 */
export function decodeUrlPart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
      }
    });
  }
}

/**
 * A web address fit to store and to open: absolute http(s) only, so that a `javascript:`, `data:` or
 * `vbscript:` link, or a relative path that means nothing away from its page, never becomes a link in
 * the dossier. With a base, a relative reference is resolved against it; with `bareDomain`, a text such
 * as "www.acme.example" (a "Website" label on an about page) is taken for its https address.
 */
export function webAddress(
  value: string | null | undefined,
  options: { base?: URL | string; bareDomain?: boolean } = {},
): string | undefined {
  const text = cleanText(value, MAX_LONG);
  // A cut address leads nowhere: one longer than a stored line is dropped, not shortened.
  if (!text || text.length > MAX_LINE || /\s/.test(text)) return undefined;
  const candidate =
    options.bareDomain && /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:[/?#]\S*)?$/u.test(text) ? `https://${text}` : text;
  let url: URL;
  try {
    url = options.base ? new URL(candidate, options.base) : new URL(candidate);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return undefined;
  return url.href.length > MAX_LINE ? undefined : url.href;
}
