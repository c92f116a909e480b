import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Decodes a saved page the way a browser would settle it: a byte-order mark first, then UTF-8 when the
 * bytes are valid UTF-8 (saved pages often keep a stale charset declaration), then the declared charset,
 * then windows-1252.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.slice(0, 4096));
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    try {
      return new TextDecoder(declared ?? 'windows-1252').decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

export interface LoadedPage {
  document: Document;
  /** The address given, else the page's canonical link, else the file's own URL. */
  url: string;
}

/** A saved HTML file as a document: scripts do not run and nothing is fetched. */
export function loadPage(path: string, url?: string): LoadedPage {
  const html = decodeHtml(readFileSync(path));
  const fileUrl = pathToFileURL(resolve(path)).href;
  const dom = new JSDOM(html, { url: url ?? fileUrl, virtualConsole: new VirtualConsole() });
  const document = dom.window.document;
  if (url) return { document, url };
  const canonical = document.querySelector('link[rel="canonical" i]')?.getAttribute('href');
  const absolute = canonical && /^https?:\/\//i.test(canonical) ? canonical : undefined;
  return { document, url: absolute ?? fileUrl };
}
