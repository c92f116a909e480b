// npm run eval:match [-- DIR] [--verbose]: top-1 and top-3 accuracy of the matcher on a labelled set
// (tests/fixtures/matching by default: stories.json, and questions.json whose `picks` are the stories an
// interview coach would choose). A question counts as a hit when one of its picks is in the top 1 or 3.
import { join, resolve } from 'node:path';
import { createStoryIndex } from '@/lib/match/story-index';
import { projectRoot } from './build-extension';
import { readQuestions, readStories } from './match-input';

const arguments_ = process.argv.slice(2);
const verbose = arguments_.includes('--verbose');
const directory = resolve(
  arguments_.find((argument) => !argument.startsWith('--')) ?? join(projectRoot, 'tests/fixtures/matching'),
);
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
console.log(`\n${questions.length} questions, ${stories.length} stories`);
console.log(`top-1 accuracy: ${(top1 / questions.length).toFixed(3)}`);
console.log(`top-3 accuracy: ${(top3 / questions.length).toFixed(3)}`);
