import type { LinkedNode } from '@/lib/schema/page-reading';
import { cleanText, MAX_LONG, neverOutOfTime, type OutOfTime, readLines } from './text';

export type { LinkedNode };

/** The page's schema.org nodes, each with where it came from (`@from`, for the fact's `method`). */
export interface StructuredData {
  nodes: LinkedNode[];
}

const MAX_SCRIPT_CHARS = 2_000_000;
const MAX_NODES = 2_000;
const MAX_DEPTH = 12;
// A property holds a handful of values on real pages; the rest of a list of thousands is not read.
const MAX_VALUES = 50;

/** Every schema.org node the page embeds as JSON-LD or microdata, nested ones included. */
export function readStructuredData(doc: Document, outOfTime: OutOfTime = neverOutOfTime): StructuredData {
  owner = doc;
  const walk: Walk = { nodes: [], steps: 0, outOfTime, stopped: false };
  // Past the budget, the nodes read so far are kept; the first script (usually the page's own) is
  // always read.
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json" i]')).slice(0, 50);
  for (const [index, script] of scripts.entries()) {
    if (index > 0 && outOfTime()) break;
    const parsed = parseJsonLd(script.textContent ?? '');
    if (parsed !== undefined) collect(parsed, 0, walk, 'json-ld');
  }
  for (const item of Array.from(doc.querySelectorAll('[itemscope][itemtype]')).slice(0, 500)) {
    if (walk.stopped || outOfTime()) break;
    if (item.parentElement?.closest('[itemscope]')) continue; // nested items are read with their parent
    collect(readMicrodataItem(item, 0), 0, walk, 'microdata');
  }
  return { nodes: walk.nodes };
}

interface Walk extends StructuredData {
  steps: number;
  outOfTime: OutOfTime;
  stopped: boolean;
}

/** JSON-LD as sites write it: with HTML comments, CDATA, trailing commas and raw line breaks. */
export function parseJsonLd(text: string): unknown {
  if (!text.trim() || text.length > MAX_SCRIPT_CHARS) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    // Some sites encode their JSON-LD twice: a JSON string that holds the JSON ("\"{\\n  \\"@type\\"…\"").
    return typeof parsed === 'string' && /^\s*[{[]/.test(parsed) ? parseJsonLd(parsed) : parsed;
  } catch {
    const repaired = text
      .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters break JSON strings.
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1')
      // Single-quoted strings, as in JavaScript object literals.
      .replace(
        /([:[,{]\s*)'((?:[^'\\]|\\.)*)'/g,
        (_, before: string, body: string) => `${before}${JSON.stringify(body.replace(/\\'/g, "'"))}`,
      );
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, depth: number, walk: Walk, from: 'json-ld' | 'microdata'): void {
  const { nodes } = walk;
  if (depth > MAX_DEPTH || nodes.length >= MAX_NODES || value === null || typeof value !== 'object') return;
  if (walk.stopped || (++walk.steps % 500 === 0 && walk.outOfTime())) {
    walk.stopped = true;
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 500)) collect(item, depth + 1, walk, from);
    return;
  }
  const record = value as Record<string, unknown>;
  const types = typesOf(record['@type']);
  if (types.length > 0) {
    nodes.push({ ...record, '@type': types, '@from': from });
  }
  for (const [key, child] of Object.entries(record)) {
    if (key !== '@context' && child && typeof child === 'object') collect(child, depth + 1, walk, from);
  }
}

function typesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

function readMicrodataItem(item: Element, depth: number): Record<string, unknown> {
  const record: Record<string, unknown> = {
    '@type': (item.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean),
  };
  if (depth > MAX_DEPTH) return record;
  const properties = Array.from(item.querySelectorAll('[itemprop]')).slice(0, 500);
  for (const element of properties) {
    // A property belongs to its closest item only.
    if (element.parentElement?.closest('[itemscope]') !== item) continue;
    const value = element.hasAttribute('itemscope') ? readMicrodataItem(element, depth + 1) : microdataValue(element);
    for (const name of (element.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      if (!(name in record)) record[name] = value;
    }
  }
  return record;
}

function microdataValue(element: Element): string {
  const tag = element.tagName.toUpperCase();
  const attribute =
    tag === 'META'
      ? 'content'
      : tag === 'A' || tag === 'LINK' || tag === 'AREA'
        ? 'href'
        : tag === 'IMG' || tag === 'SOURCE' || tag === 'AUDIO' || tag === 'VIDEO'
          ? 'src'
          : tag === 'TIME'
            ? 'datetime'
            : tag === 'DATA' || tag === 'METER'
              ? 'value'
              : undefined;
  const fromAttribute = attribute ? element.getAttribute(attribute) : null;
  return cleanText(fromAttribute ?? element.getAttribute('content') ?? element.textContent, MAX_LONG);
}

/** The nodes of any of these types, in page order. */
export function nodesOfType(data: StructuredData, ...types: string[]): LinkedNode[] {
  return data.nodes.filter((node) => node['@type'].some((type) => types.includes(type)));
}

// How far a property's value is followed into nested nodes and lists for its text: real pages nest a
// name two or three levels deep ({"name": {"@value": …}}); a page nested 100,000 deep gets no name.
const MAX_VALUE_DEPTH = 8;

/** A property as text: a string, the first of a list, or the name or value of a nested node. */
export function textOf(value: unknown, max = 500, depth = 0): string {
  if (value === null || value === undefined || depth > MAX_VALUE_DEPTH) return '';
  if (typeof value === 'string') return cleanText(value, max);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (Array.isArray(value)) return textOf(value[0], max, depth + 1);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return textOf(record.name ?? record['@value'] ?? record.value ?? record.text, max, depth + 1);
  }
  return '';
}

/** Every text value of a property that may be a list. */
export function textsOf(value: unknown, max = 500): string[] {
  const list = Array.isArray(value) ? value.slice(0, MAX_VALUES) : [value];
  return list.map((item) => textOf(item, max, 1)).filter(Boolean);
}

// The document being read, whose DOM parses the markup its JSON-LD strings carry (set by readStructuredData).
let owner: Document | undefined;
const markup = /<[a-z/!]/i;

/**
 * HTML held in a JSON-LD string, parsed into an inert document: one made by `DOMParser` has no browsing
 * context, so its scripts never run and its images, styles and frames are never fetched. What it gives
 * is read as text, never shown as markup, and nothing is written into the page.
 */
export function inertBody(html: string, from = owner): HTMLElement | undefined {
  const Parser = from?.defaultView?.DOMParser ?? globalThis.DOMParser;
  return from && Parser ? new Parser().parseFromString(html, 'text/html').body : undefined;
}

/** Markup a site escaped once more ("&lt;li&gt;") unescaped, entities decoded; tags of its own kept. */
export function unescapeMarkup(text: string): string {
  return markup.test(text) || !text.includes('&') ? text : (inertBody(text)?.textContent ?? text);
}

// How much of the nodes' values is handed on: real pages hold a few thousand values; past this a page's
// data is read in part.
const MAX_PLAIN_VALUES = 100_000;

/**
 * The nodes as plain data for the readers outside the page: every string read as text (JSON-LD strings
 * carry HTML entities and markup, which only the page's DOM parses), lists and nesting cut to what a
 * reader follows. Past the budget, strings that would need parsing are left out.
 */
export function plainNodes(nodes: LinkedNode[], outOfTime: OutOfTime = neverOutOfTime): LinkedNode[] {
  const known = new Map<string, string>();
  let values = 0;
  let late = false;
  const plain = (value: unknown, depth: number): unknown => {
    if (++values > MAX_PLAIN_VALUES || depth > MAX_VALUE_DEPTH) return undefined;
    if (!late && values % 64 === 0) late = outOfTime();
    if (typeof value === 'string') {
      const text = value.slice(0, MAX_LONG * 4);
      if (!markup.test(text) && !text.includes('&')) return text;
      let read = known.get(text);
      if (read === undefined && !late) {
        read = plainText(text).slice(0, MAX_LONG * 4);
        known.set(text, read);
      }
      return read;
    }
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    if (!value || typeof value !== 'object') return undefined;
    if (Array.isArray(value)) {
      return value
        .slice(0, MAX_VALUES)
        .map((item) => plain(item, depth + 1))
        .filter((item) => item !== undefined);
    }
    const record: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value).slice(0, MAX_VALUES * 2)) {
      const copied = key === '@context' ? undefined : plain(child, depth + 1);
      if (copied !== undefined) record[key] = copied;
    }
    return record;
  };
  return nodes.map((node) => ({ ...(plain(node, 0) as object), '@type': node['@type'], '@from': node['@from'] }));
}

// JSON-LD strings sometimes carry HTML entities or markup; they are text, never markup.
function plainText(text: string): string {
  const html = unescapeMarkup(text);
  const body = markup.test(html) && inertBody(html);
  // Read as the page's own text is, line by line: blocks ("<p>a</p><p>b</p>") must not run together.
  return body
    ? readLines(body, { maxElements: 5_000 })
        .lines.map((line) => line.text)
        .join(' ')
    : html;
}
