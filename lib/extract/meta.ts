import type { PageMeta } from '@/lib/schema/page-reading';
import { labelledHeadquarters, postalAddress } from './places';
import { cleanText, MAX_LONG } from './text';

export type { PageMeta };

/**
 * What the page says about itself in <head> (OpenGraph, Twitter cards, plain meta tags), and its logo,
 * copyright line and postal address.
 */
export function readMeta(doc: Document): PageMeta {
  const all = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta')).slice(0, 500)) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    // A few sites write the value in `value` ("<meta name="og:type" value="article">"): browsers ignore it, readers need not.
    const content = cleanText(meta.getAttribute('content') ?? meta.getAttribute('value'), MAX_LONG);
    if (key && content && !all.has(key)) all.set(key, content);
  }
  const first = (...keys: string[]) => keys.map((key) => all.get(key)).find(Boolean) ?? '';
  const titleElement = cleanText(doc.querySelector('title')?.textContent);
  return {
    title: first('og:title', 'twitter:title') || titleElement,
    documentTitle: titleElement,
    siteName: first('og:site_name', 'application-name', 'apple-mobile-web-app-title'),
    description: first('og:description', 'description', 'twitter:description'),
    type: first('og:type').toLowerCase(),
    published: first(
      'article:published_time',
      'og:article:published_time',
      'og:published_time',
      'datepublished',
      'date',
      'pubdate',
      'publishdate',
      'publish-date',
      'dc.date.issued',
      'dc.date',
      'citation_publication_date',
      'parsely-pub-date',
      'sailthru.date',
      'article.published',
    ),
    author: first('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'),
    canonical: cleanText(doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? first('og:url')),
    language: cleanText(
      doc.documentElement?.getAttribute('lang') ?? first('og:locale', 'language', 'content-language'),
    ),
    logo: siteLogo(doc),
    copyright: copyrightLine(doc),
    address: siteAddress(doc),
  };
}

// Where a page shows other companies' logos: its customers, partners, awards and certificates.
const othersLogos =
  /customer|client|partner|sponsor|award|certif|testimonial|case-?stud|logo-?(?:wall|grid|list|carousel)|logos/i;

/**
 * The alt text of the site's own logo, without the word: the image that links to the home page, else
 * one in the page's header, else the first marked as a logo, never one of a customer or partner wall.
 */
function siteLogo(doc: Document): string {
  let best: { alt: string; score: number } | undefined;
  for (const img of Array.from(doc.querySelectorAll('img[alt]')).slice(0, 80)) {
    const alt = img.getAttribute('alt')?.trim();
    // An alt a template never filled ("post.name", "{{ site.title }}") names nothing.
    if (!alt || /\{\{|\$\{/.test(alt) || (/^[a-z_$][\w$]*\.[a-z_$][\w$]*$/.test(alt) && !/\.[a-z]{2,3}$/.test(alt)))
      continue;
    const link = img.closest('a')?.getAttribute('href') ?? '';
    const score =
      (/^(?:\/|\.\/|index\.html?|https?:\/\/[^/]+\/?)$/i.test(link) ? 3 : 0) +
      (img.closest('header, [role=banner]') ? 2 : 0) +
      (/logo/i.test(`${img.getAttribute('class')} ${img.getAttribute('src')} ${img.getAttribute('id')} ${alt}`)
        ? 1
        : 0);
    // Only an image that would be chosen is looked at further: its ancestors may be a wall of others' logos.
    if (score <= (best?.score ?? 0) || inOthersWall(img)) continue;
    best = { alt, score };
    if (score === 6) break;
  }
  return cleanText(best?.alt.replace(/\b(?:logo(?:type)?|emblem)\b/gi, '').replace(/^\s*(?:van|of|de|von|du)\s+/i, ''));
}

function inOthersWall(img: Element): boolean {
  for (let element: Element | null = img; element; element = element.parentElement) {
    if (othersLogos.test(`${element.id} ${element.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}

function copyrightLine(doc: Document): string {
  const footers = doc.querySelectorAll('footer,[class*=footer],[id*=footer],[class*=copyright]');
  const without: Element[] = [];
  for (const footer of Array.from(footers).slice(0, 30)) {
    // Inside a footer already read without one, there is none: its text is not read again.
    if (without.some((outer) => outer.contains(footer))) continue;
    const text = footer.textContent ?? '';
    const at = text.search(/©|\(c\)|copyright/i);
    if (at >= 0) return cleanText(text.slice(at, at + 200));
    without.push(footer);
  }
  return '';
}

// Where sites write their own address: footers, contact blocks, the <address> element, and the caption
// of a photo of their offices ("Apptricity Headquarters<br>Irving, TX").
const addressBlocks =
  'address,figcaption,[itemtype*=PostalAddress],footer,[class*=footer],[id*=footer],[class*=contact],[class*=address],[class*=adres]';
// A footer's text is read to this length: an address sits near its start, and a mega-footer is long.
const MAX_BLOCK_TEXT = 3_000;

/** The first postal address, or labelled headquarters, the site's footers and contact blocks write. */
function siteAddress(doc: Document): string {
  const read: Element[] = [];
  for (const block of Array.from(doc.querySelectorAll(addressBlocks)).slice(0, 30)) {
    if (read.some((outer) => outer.contains(block))) continue;
    read.push(block);
    const text = blockText(block);
    const found = postalAddress(text)?.address ?? labelledHeadquarters(text);
    if (found) return cleanText(found);
  }
  return '';
}

/** An element's text with a line break between its text nodes, so that "Broquin</p><p>69006" stays apart. */
function blockText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < MAX_BLOCK_TEXT; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    const value = node.nodeValue?.trim();
    if (value) text += `${value}\n`;
  }
  return text;
}
