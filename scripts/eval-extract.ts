// npm run eval:extract [-- DIR...] [--verbose] [--flat]: scores the extractor on real pages against their hand-read
// truth, and prints for each corpus a table per page and per field with its mean, then the fields and
// the mean of all of them together. A corpus is a folder with pages/, manifest.json (each page's address)
// and truth.json. By default: ../shared/corpus, ../shared/corpus-2 and each folder of
// tests/fixtures/gathered (pages gathered for this project, each scored once before the rules changed).
// --flat scores each page at an address that says nothing of its kind (https://host/p1.html), as a site
// that serves its press releases and profiles at flat paths does: the page's own content must tell.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { projectRoot } from './build-extension';
import { mean, scoreCapture } from './extract-score';
import { loadPage } from './load-page';

const verbose = process.argv.includes('--verbose');
const flat = process.argv.includes('--flat');
/** The page's address, or with --flat the same host with a path that names no kind. */
const addressOf = (url: string | undefined, index: number) =>
  flat && url ? new URL(`/p${index + 1}.html`, url).href : url;
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const gathered = join(projectRoot, 'tests/fixtures/gathered');
const corpora = named.length
  ? named.map((dir) => resolve(dir))
  : [
      join(projectRoot, '../shared/corpus'),
      join(projectRoot, '../shared/corpus-2'),
      ...(existsSync(gathered)
        ? readdirSync(gathered, { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => join(gathered, entry.name))
        : []),
    ].filter((dir) => existsSync(join(dir, 'truth.json')));

type ByField = Map<string, number[]>;

function printFields(byField: ByField) {
  console.log(`${'field'.padEnd(28)}${'pages'.padStart(6)}${'mean'.padStart(7)}`);
  for (const [field, scores] of [...byField.entries()].sort()) {
    console.log(`${field.padEnd(28)}${String(scores.length).padStart(6)}${mean(scores).toFixed(2).padStart(7)}`);
  }
}

/** Scores one corpus, printing its tables; its page scores and field scores go to the totals too. */
function scoreCorpus(corpus: string, allPages: number[], allFields: ByField): number {
  const truth = JSON.parse(readFileSync(join(corpus, 'truth.json'), 'utf8')) as Record<string, unknown>[];
  const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as { file: string; url?: string }[];
  const urls = new Map(manifest.map((entry) => [entry.file, entry.url ?? undefined]));
  const pageScores: number[] = [];
  const byField: ByField = new Map();
  console.log(`\n## ${relative(process.cwd(), corpus) || basename(corpus)}\n`);
  console.log(`${'page'.padEnd(46)}${'score'.padStart(6)}  fields`);
  for (const [index, entry] of truth.entries()) {
    const file = String(entry.file);
    const page = loadPage(join(corpus, 'pages', file), addressOf(urls.get(file), index));
    const capture = captureSchema.parse(extractPage(page.document, page.url, { now: Date.now(), budgetMs: 5_000 }));
    const scores = scoreCapture(entry, capture);
    const pageScore = mean(Object.values(scores));
    pageScores.push(pageScore);
    for (const [field, score] of Object.entries(scores)) {
      for (const table of [byField, allFields]) table.set(field, [...(table.get(field) ?? []), score]);
    }
    const fields = Object.entries(scores)
      .map(([field, score]) => `${field} ${score.toFixed(2)}`)
      .join(', ');
    console.log(`${file.slice(0, 45).padEnd(46)}${pageScore.toFixed(2).padStart(6)}  ${fields}`);
    if (verbose) console.log(JSON.stringify(capture, null, 1).slice(0, 4000));
  }
  console.log('');
  printFields(byField);
  console.log(`\nmean over ${pageScores.length} pages: ${mean(pageScores).toFixed(3)}`);
  allPages.push(...pageScores);
  return mean(pageScores);
}

const allPages: number[] = [];
const allFields: ByField = new Map();
const means = corpora.map((corpus) => [corpus, scoreCorpus(corpus, allPages, allFields)] as const);
if (corpora.length > 1) {
  console.log('\n## all together\n');
  printFields(allFields);
  console.log('');
  for (const [corpus, score] of means) console.log(`${relative(process.cwd(), corpus).padEnd(40)}${score.toFixed(3)}`);
  console.log(`\nmean over all ${allPages.length} pages: ${mean(allPages).toFixed(3)}`);
}
