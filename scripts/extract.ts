// npm run --silent extract -- [--url URL] FILE...
// Reads saved HTML pages and prints, for each, one line of JSON: the capture, checked by its schema.
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { loadPage } from './load-page';

const args = process.argv.slice(2);
let url: string | undefined;
const files: string[] = [];
for (let index = 0; index < args.length; index++) {
  const arg = args[index] as string;
  if (arg === '--url') url = args[++index];
  else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
  else if (arg === '--help' || arg === '-h') {
    console.log('Usage: npm run --silent extract -- [--url URL] FILE...');
    process.exit(0);
  } else files.push(arg);
}
if (files.length === 0 || (args.includes('--url') && !url)) {
  console.error('Usage: npm run --silent extract -- [--url URL] FILE...');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  try {
    const page = loadPage(file, url);
    const capture = captureSchema.parse(extractPage(page.document, page.url, { now: Date.now(), budgetMs: 2_000 }));
    console.log(JSON.stringify(capture));
  } catch (error) {
    failed = true;
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
