// npm run eval:match [-- DIR] [--verbose]: top-1 and top-3 accuracy of the matcher on labelled sets, each a
// folder with stories.json and questions.json whose `picks` are the stories an interview coach would
// choose. A question counts as a hit when one of its picks is in the top 1 or 3. By default it scores
// tests/fixtures/matching and the banks in its sub-folders (each a different bank, written separately), then
// all of them together; with DIR, that set alone.
import { existsSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createStoryIndex } from '@/lib/match/story-index';
import { projectRoot } from './build-extension';
import { readQuestions, readStories } from './match-input';

const arguments_ = process.argv.slice(2);
const verbose = arguments_.includes('--verbose');
const chosen = arguments_.find((argument) => !argument.startsWith('--'));
const root = join(projectRoot, 'tests/fixtures/matching');
const sets = chosen
  ? [resolve(chosen)]
  : [
      root,
      ...readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'questions.json')))
        .map((entry) => join(root, entry.name))
        .sort(),
    ];

function evaluate(directory: string) {
  const stories = readStories(join(directory, 'stories.json'));
  const questions = readQuestions(join(directory, 'questions.json')).filter((question) => question.picks.length > 0);
  const index = createStoryIndex(stories);
  const titles = new Map(stories.map((story) => [story.id, story.title]));
  let top1 = 0;
  let top3 = 0;
  for (const question of questions) {
    const ranked = index.rank(question, 3);
    const hit1 = question.picks.includes(ranked[0]?.storyId ?? '');
    const hit3 = ranked.some((match) => question.picks.includes(match.storyId));
    top1 += Number(hit1);
    top3 += Number(hit3);
    if (verbose || !hit3) {
      console.log(`${hit3 ? (hit1 ? '  ' : '3 ') : 'x '}${question.id} ${question.text}`);
      for (const match of ranked) {
        console.log(
          `     ${match.score.toFixed(3)} ${match.rating.padEnd(7)} ${match.storyId} ${titles.get(match.storyId)}  [${match.competencies.join(', ')}] {${match.terms.join(' ')}}`,
        );
      }
      if (!hit3) console.log(`     wanted: ${question.picks.join(', ')}`);
    }
  }
  return {
    name: directory === root ? 'matching' : basename(directory),
    questions: questions.length,
    stories: stories.length,
    top1,
    top3,
  };
}

const results = sets.map(evaluate);
const ratio = (hits: number, total: number) => (total ? hits / total : 0).toFixed(3);
console.log('');
for (const result of results) {
  console.log(
    `${result.name.padEnd(10)} ${String(result.questions).padStart(3)} questions, ${String(result.stories).padStart(3)} stories: top-1 ${ratio(result.top1, result.questions)}, top-3 ${ratio(result.top3, result.questions)}`,
  );
}
const total = results.reduce((sum, result) => sum + result.questions, 0);
const top1 = results.reduce((sum, result) => sum + result.top1, 0);
const top3 = results.reduce((sum, result) => sum + result.top3, 0);
console.log(`\n${total} questions in ${results.length} set${results.length === 1 ? '' : 's'}`);
console.log(`top-1 accuracy: ${ratio(top1, total)}`);
console.log(`top-3 accuracy: ${ratio(top3, total)}`);
