import { JSDOM, VirtualConsole } from 'jsdom';

/** A document from HTML, as the extractor sees a page: scripts do not run and nothing is fetched. */
export function htmlDocument(html: string, url = 'https://example.com/'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}
