// npm run eval:extract [-- DIR]: scores the extractor on real pages against their hand-read truth
// (../shared/corpus by default: pages/, manifest.json for each page's address, truth.json), and prints
// a table per page, one per field, and the mean.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { projectRoot } from './build-extension';
import { mean, scoreCapture } from './extract-score';
import { loadPage } from './load-page';

const corpus = resolve(process.argv[2] ?? join(projectRoot, '../shared/corpus'));
const truth = JSON.parse(readFileSync(join(corpus, 'truth.json'), 'utf8')) as Record<string, unknown>[];
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { file: string; url?: string }[];
const urls = new Map(manifest.map((entry) => [entry.file, entry.url]));

const verbose = process.argv.includes('--verbose');
const pageScores: number[] = [];
const byField = new Map<string, number[]>();
console.log(`${'page'.padEnd(46)}${'score'.padStart(6)}  fields`);
for (const entry of truth) {
  const file = String(entry.file);
  const page = loadPage(join(corpus, 'pages', file), urls.get(file));
  const capture = captureSchema.parse(extractPage(page.document, page.url, { now: Date.now(), budgetMs: 5_000 }));
  const scores = scoreCapture(entry, capture);
  const pageScore = mean(Object.values(scores));
  pageScores.push(pageScore);
  for (const [field, score] of Object.entries(scores)) byField.set(field, [...(byField.get(field) ?? []), score]);
  const fields = Object.entries(scores)
    .map(([field, score]) => `${field} ${score.toFixed(2)}`)
    .join(', ');
  console.log(`${file.slice(0, 45).padEnd(46)}${pageScore.toFixed(2).padStart(6)}  ${fields}`);
  if (verbose) console.log(JSON.stringify(capture, null, 1).slice(0, 4000));
}
console.log(`\n${'field'.padEnd(28)}${'pages'.padStart(6)}${'mean'.padStart(7)}`);
for (const [field, scores] of [...byField.entries()].sort()) {
  console.log(`${field.padEnd(28)}${String(scores.length).padStart(6)}${mean(scores).toFixed(2).padStart(7)}`);
}
console.log(`\nmean over ${pageScores.length} pages: ${mean(pageScores).toFixed(3)}`);
