// npm run bench:match: the matcher on generated banks of 100, 1,000 and 10,000 stories, for an interview
// with 30 likely questions. Prints the medians of building the index, ranking all 30 questions, and
// updating one edited story, side by side with two anchors on the same data in the same run: a plain
// BM25 over an inverted index (the floor) and MiniSearch, a popular general-purpose search library.
import MiniSearch from 'minisearch';
import { competencies } from '@/lib/coach/competencies';
import { createStoryIndex, type MatchableStory } from '@/lib/match/story-index';
import { terms } from '@/lib/text/words';
import fixtureStories from '@/tests/fixtures/matching/stories.json';

const sizes = [100, 1_000, 10_000];
const runs = 7;
const budgets: Record<number, { build: number; rank: number }> = {
  1000: { build: 100, rank: 20 },
  10000: { build: 1_000, rank: 100 },
};

/** A deterministic random source, so every run measures the same bank. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const textFields = ['situation', 'challenge', 'action', 'result', 'lesson'] as const;

/** Stories recombined from the labelled bank's sentences, with their own numbers: about 150 words each. */
function generateBank(size: number): MatchableStory[] {
  const next = random(size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const sentences = Object.fromEntries(
    textFields.map((field) => [
      field,
      fixtureStories.flatMap((story) => story[field].split(/(?<=\.)\s+/).filter(Boolean)),
    ]),
  ) as Record<(typeof textFields)[number], string[]>;
  return Array.from({ length: size }, (_, index) => {
    const base = pick(fixtureStories);
    const field = (name: (typeof textFields)[number], count: number) =>
      Array.from({ length: count }, () => pick(sentences[name]))
        .join(' ')
        .replace(/\d+/g, () => String(Math.floor(next() * 90) + 2));
    return {
      id: `story-${index}`,
      title: `${base.title} (${index})`,
      hook: base.hook,
      situation: field('situation', 1),
      challenge: field('challenge', 1),
      action: field('action', 2),
      result: field('result', 1),
      lesson: next() < 0.4 ? field('lesson', 1) : '',
      kind: base.kind as MatchableStory['kind'],
      competencies: next() < 0.6 ? [pick(competencies).id] : [],
      tags: [],
    };
  });
}

/** 30 likely questions: the taxonomy's typical questions, as an interview's plan would list them. */
const questions = competencies
  .flatMap((competency) => competency.questions.map((text) => ({ text, competencies: [competency.id] })))
  .filter((_, index) => index % 2 === 0)
  .slice(0, 30);

/** The floor: BM25 over an inverted index of the same terms, nothing else. */
function plainBm25(bank: MatchableStory[]) {
  const postings = new Map<string, Map<number, number>>();
  const lengths: number[] = [];
  bank.forEach((story, index) => {
    const words = terms([story.title, story.hook, ...textFields.map((name) => story[name])].join(' '));
    lengths.push(words.length);
    for (const word of words) {
      const list = postings.get(word) ?? new Map<number, number>();
      postings.set(word, list.set(index, (list.get(index) ?? 0) + 1));
    }
  });
  const average = lengths.reduce((sum, length) => sum + length, 0) / bank.length;
  return (text: string) => {
    const scores = new Float64Array(bank.length);
    for (const word of new Set(terms(text))) {
      const list = postings.get(word);
      if (!list) continue;
      const idf = Math.log(1 + (bank.length - list.size + 0.5) / (list.size + 0.5));
      for (const [index, tf] of list) {
        scores[index] =
          (scores[index] ?? 0) + (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * (lengths[index] ?? 0)) / average));
      }
    }
    return scores;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function measure(run: () => void): number {
  run(); // warm up
  return median(Array.from({ length: runs }, () => time(run)));
}

const format = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`.padStart(11);
const rows: { size: number; build: number; rank: number }[] = [];
console.log(
  `${'stories'.padStart(8)}${'build'.padStart(11)}${'rank 30'.padStart(11)}${'edit one'.padStart(11)}` +
    `${'bm25 build'.padStart(12)}${'bm25 rank'.padStart(11)}${'minisearch'.padStart(12)}${'ms rank'.padStart(11)}`,
);
for (const size of sizes) {
  const bank = generateBank(size);
  const build = measure(() => createStoryIndex(bank));
  const index = createStoryIndex(bank);
  const rank = measure(() => {
    for (const question of questions) index.rank(question, 10);
  });
  let edits = 0;
  const edit = measure(() => {
    const story = bank[edits++ % bank.length] as MatchableStory;
    index.put({ ...story, result: `${story.result} Revenue grew ${edits}%.` });
  });

  const plainBuild = measure(() => plainBm25(bank));
  const plain = plainBm25(bank);
  const plainRank = measure(() => {
    for (const question of questions) plain(question.text);
  });

  const miniFields = ['title', 'hook', ...textFields];
  const buildMini = () => {
    const mini = new MiniSearch({ fields: miniFields, storeFields: [] });
    mini.addAll(bank);
    return mini;
  };
  const miniBuild = measure(buildMini);
  const mini = buildMini();
  const miniRank = measure(() => {
    for (const question of questions) mini.search(question.text);
  });

  rows.push({ size, build, rank });
  console.log(
    `${String(size).padStart(8)}${format(build)}${format(rank)}${format(edit)}` +
      `${format(plainBuild).padStart(12)}${format(plainRank)}${format(miniBuild).padStart(12)}${format(miniRank)}`,
  );
}

console.log('');
let withinBudget = true;
for (const row of rows) {
  const budget = budgets[row.size];
  if (!budget) continue;
  const ok = row.build < budget.build && row.rank < budget.rank;
  withinBudget &&= ok;
  console.log(
    `${row.size} stories: build ${row.build.toFixed(1)} ms (budget ${budget.build}), rank 30 ${row.rank.toFixed(1)} ms (budget ${budget.rank}): ${ok ? 'within' : 'OVER'}`,
  );
}
for (let i = 1; i < rows.length; i++) {
  const [before, after] = [rows[i - 1], rows[i]] as [(typeof rows)[0], (typeof rows)[0]];
  const factor = after.size / before.size;
  console.log(
    `${before.size} → ${after.size} stories (×${factor}): build ×${(after.build / before.build).toFixed(1)}, rank ×${(after.rank / before.rank).toFixed(1)}`,
  );
}
if (!withinBudget) process.exitCode = 1;
