// npm run bench:story-files: the story file reader on the inputs that used to stall or crash the panel
// (a heading followed by 8,000 spaces, 300,000 headings), on a large ordinary bank, and the import plan
// of that bank against itself. Prints the median of each, and checks the one-second budget on the inputs
// the issue named; the large ordinary files are reported beside them (each story goes through the
// schema, about ten microseconds, which is the floor of reading a valid story). Each is printed beside
// its floor: the plain work that no reader of the same file can skip.

import { storySchema } from '@/lib/schema';
import { readJsonStories, readMarkdownStories, storiesToJson, storiesToMarkdown } from '@/lib/stories/files';
import { planImport } from '@/lib/stories/import-plan';

const runs = 5;
const budgetMs = 1_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(run: () => unknown): number {
  return median(
    Array.from({ length: runs }, () => {
      const started = performance.now();
      run();
      return performance.now() - started;
    }),
  );
}

const spaces = ' '.repeat(8_000);
const trailingSpaces = Array.from({ length: 500 }, (_, index) =>
  index % 2 === 0 ? `# Story ${index}${spaces}x` : `## Action${spaces}\nResult:${spaces}done${spaces}`,
).join('\n');
const manyHeadings = Array.from({ length: 300_000 }, (_, index) => `# Story ${index}`).join('\n');
const fieldHeadings = Array.from(
  { length: 100_000 },
  (_, index) => `# Story ${index}\n## Action\nI did ${index}.\n## Result\nDone.`,
).join('\n');
const bank = readMarkdownStories(
  Array.from(
    { length: 2_000 },
    (_, index) =>
      `# Story ${index}\n## Situation\nMargins fell ${index}%.\n## Action\nI set a weekly review with the leads.\n## Result\nLead time fell 38%.\n## Competencies\n- Designing systems\n## Tags\n- ops`,
  ).join('\n'),
).stories.map((item, index) => ({ ...item.story, id: `story-${index}` }));
const bankJson = storiesToJson(bank);
const bankMarkdown = storiesToMarkdown(bank);

// The anchors, timed in the same run on the same text: the least any reader must do, splitting a Markdown
// file into lines and checking each line's first character, or JSON.parse of a JSON file; and the schema
// check of each story that reading a valid story adds to it.
const linesFloor = (text: string) => () => {
  let headings = 0;
  for (const line of text.split('\n')) if (line.startsWith('#')) headings += 1;
  return headings;
};
const schemaFloor = () => bank.map((item) => storySchema.safeParse(item).success);

const rows: [string, number, number, boolean][] = [
  [
    '500 lines with 8,000 trailing spaces',
    time(() => readMarkdownStories(trailingSpaces)),
    time(linesFloor(trailingSpaces)),
    true,
  ],
  [
    '300,000 story headings, nothing under them',
    time(() => readMarkdownStories(manyHeadings)),
    time(linesFloor(manyHeadings)),
    true,
  ],
  [
    '100,000 stories with two fields (300,000 headings)',
    time(() => readMarkdownStories(fieldHeadings)),
    time(linesFloor(fieldHeadings)),
    false,
  ],
  [
    '2,000-story bank as JSON',
    time(() => readJsonStories(bankJson)),
    time(() => JSON.parse(bankJson)) + time(schemaFloor),
    true,
  ],
  [
    '2,000-story bank as Markdown',
    time(() => readMarkdownStories(bankMarkdown)),
    time(linesFloor(bankMarkdown)) + time(schemaFloor),
    true,
  ],
  [
    'plan of the 2,000-story JSON against the bank',
    time(() => planImport(readJsonStories(bankJson).stories, bank)),
    time(() => JSON.parse(bankJson)) + time(schemaFloor),
    true,
  ],
];

console.log(`${'input'.padEnd(54)}${'reader'.padStart(10)}${'floor'.padStart(10)}  budget`);
let withinBudget = true;
for (const [name, ms, floor, budgeted] of rows) {
  const ok = !budgeted || ms < budgetMs;
  withinBudget &&= ok;
  const note = !budgeted ? 'none' : ok ? `${budgetMs} ms` : `OVER ${budgetMs} ms`;
  console.log(
    `${name.padEnd(54)}${`${ms.toFixed(0)} ms`.padStart(10)}${`${floor.toFixed(0)} ms`.padStart(10)}  ${note}`,
  );
}
if (!withinBudget) process.exitCode = 1;
