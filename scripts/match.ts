// npm run --silent match -- STORIES.json QUESTIONS.json: ranks the stories for each question and prints
// one JSON line per question: { questionId, ranked: [{ storyId, rating, score }] }, best first.
import { createStoryIndex } from '@/lib/match/story-index';
import { readQuestions, readStories } from './match-input';

const [storiesPath, questionsPath] = process.argv.slice(2);
if (!storiesPath || !questionsPath) {
  console.error('usage: npm run --silent match -- STORIES.json QUESTIONS.json');
  process.exit(2);
}
const index = createStoryIndex(readStories(storiesPath));
for (const question of readQuestions(questionsPath)) {
  const ranked = index.rank(question).map(({ storyId, rating, score }) => ({ storyId, rating, score }));
  console.log(JSON.stringify({ questionId: question.id, ranked }));
}
