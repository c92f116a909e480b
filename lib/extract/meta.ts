import type { PageMeta } from '@/lib/schema/page-reading';
import { cleanText, MAX_LONG } from './text';

export type { PageMeta };

/** What the page says about itself in <head> (OpenGraph, Twitter cards, plain meta tags), and its logo and copyright line. */
export function readMeta(doc: Document): PageMeta {
  const all = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta')).slice(0, 500)) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = cleanText(meta.getAttribute('content'), MAX_LONG);
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
    logo: cleanText(
      doc
        .querySelector('header img[alt],img[class*=logo i],img[src*=logo i]')
        ?.getAttribute('alt')
        ?.replace(/\b(?:logo(?:type)?|emblem)\b/gi, ''),
    ),
    copyright: copyrightLine(doc),
  };
}

function copyrightLine(doc: Document): string {
  const footers = doc.querySelectorAll('footer,[class*=footer],[id*=footer],[class*=copyright]');
  for (const footer of Array.from(footers).slice(0, 30)) {
    const text = footer.textContent ?? '';
    const at = text.search(/©|\(c\)|copyright/i);
    if (at >= 0) return cleanText(text.slice(at, at + 200));
  }
  return '';
}
