import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A saved page of a gathered set (tests/fixtures/gathered/SET) by its number, with the address it was saved from. */
export function gatheredPage(set: string, prefix: string): { html: string; url: string } {
  const dir = join(import.meta.dirname, 'fixtures/gathered', set);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { file: string; url: string }[];
  const entry = manifest.find((page) => page.file.startsWith(prefix));
  if (!entry) throw new Error(`No page ${prefix} in the gathered set ${set}`);
  return { html: readFileSync(join(dir, 'pages', entry.file), 'utf8'), url: entry.url };
}
