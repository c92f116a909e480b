import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage, readCapture, readPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { pageReadingSchema } from '@/lib/schema/page-reading';
import { mean, scoreCapture } from '@/scripts/extract-score';
import { loadPage } from '@/scripts/load-page';

const dir = join(import.meta.dirname, '../fixtures/pages');
const urls = JSON.parse(readFileSync(join(dir, 'urls.json'), 'utf8')) as Record<string, string>;
const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Record<string, unknown>[];
const NOW = Date.UTC(2026, 10, 1);

function capture(file: string) {
  const page = loadPage(join(dir, file), urls[file]);
  // A generous budget: these tests check what is read, not how fast (npm run bench:extract does that).
  return captureSchema.parse(extractPage(page.document, page.url, { now: NOW, budgetMs: 10_000 }));
}

describe.each(truth.map((entry) => [String(entry.file), entry] as const))('%s', (file, entry) => {
  const result = capture(file);

  it('matches its golden capture', async () => {
    await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(
      join(dir, 'captures', file.replace(/\.html$/, '.json')),
    );
  });

  it('gives the same capture when its reading crosses from the page to the extension', () => {
    const page = loadPage(join(dir, file), urls[file]);
    const reading = readPage(page.document, page.url, { budgetMs: 10_000 });
    // The browser hands the injected script's result over as JSON would; the extension checks it.
    const crossed = pageReadingSchema.parse(JSON.parse(JSON.stringify(reading)));
    expect(captureSchema.parse(readCapture(crossed, { budgetMs: 10_000 }))).toEqual(result);
  });

  it('states what the page states, by its hand-read truth', () => {
    const scores = scoreCapture(entry, result);
    expect(scores.kind).toBe(1);
    expect(mean(Object.values(scores))).toBeGreaterThanOrEqual(0.6);
  });
});

it('reads the saved pages with a mean score of at least 0.9 against their truth', () => {
  const scores = truth.map((entry) => mean(Object.values(scoreCapture(entry, capture(String(entry.file))))));
  expect(mean(scores)).toBeGreaterThanOrEqual(0.9);
  // Reads every page again: on a busy 2-core machine that takes several seconds.
}, 60_000);
