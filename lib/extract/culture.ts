import type { Culture } from '@/lib/schema/capture';
import { neverOutOfTime, type OutOfTime, type TextLine, timeUp } from './text';

// First person plural, first person singular and second person, in the languages Dossier reads.
const we = new Set([
  'we',
  'our',
  'us',
  'ours',
  "we're",
  'we’re',
  "we've",
  'we’ve',
  'wir',
  'unser',
  'unsere',
  'unserer',
  'unseren',
  'uns',
  'nós',
  'nosso',
  'nossa',
  'nossos',
  'nossas',
  'my',
  'nasz',
  'nasza',
  'nasze',
  'nas',
  'nous',
  'notre',
  'nos',
  'nosotros',
  'nuestro',
  'nuestra',
]);
const me = new Set([
  'i',
  'my',
  'me',
  'mine',
  "i'm",
  'i’m',
  "i've",
  'i’ve',
  'ich',
  'mein',
  'meine',
  'mich',
  'mir',
  'eu',
  'meu',
  'minha',
  'ja',
  'mój',
  'moja',
  'mnie',
  'je',
  'moi',
  'mon',
  'ma',
  'yo',
  'mi',
]);
const you = new Set([
  'you',
  'your',
  'yours',
  "you're",
  'you’re',
  'du',
  'dein',
  'deine',
  'sie',
  'ihr',
  'ihre',
  'você',
  'seu',
  'sua',
  'ty',
  'twój',
  'wy',
  'vous',
  'votre',
  'tu',
  'usted',
  'tú',
]);
// Polish "my" means "we": count it with we only when the page is Polish.
const valueWords = [
  'integrity',
  'innovation',
  'collaboration',
  'excellence',
  'respect',
  'trust',
  'transparency',
  'ownership',
  'diversity',
  'inclusion',
  'accountability',
  'teamwork',
  'passion',
  'sustainability',
  'customer',
  'quality',
  'courage',
  'curiosity',
  'empathy',
  'impact',
  'humility',
  'openness',
  'fairness',
  'resilience',
  'agility',
  'responsibility',
  'honesty',
  'community',
  'learning',
  'growth',
  'purpose',
  'care',
  'kindness',
  'performance',
  'vertrauen',
  'verantwortung',
  'nachhaltigkeit',
  'offenheit',
  'respekt',
  'innovation',
  'qualität',
  'fairness',
  'integridade',
  'inovação',
  'respeito',
  'confiança',
  'transparência',
  'colaboração',
  'sustentabilidade',
  'uczciwość',
  'innowacyjność',
  'szacunek',
  'zaufanie',
  'odpowiedzialność',
  'współpraca',
  'jakość',
];
const valueWordSet = new Set(valueWords);

// Every word counted, in one pass: the pronouns and the values words, bounded by anything not a letter.
const counted = [...new Set([...we, ...me, ...you, ...valueWords])].sort((a, b) => b.length - a.length);
const countedWords = new RegExp(`(?<![\\p{L}\\p{N}])(?:${counted.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

const wordPattern = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;

/** How the page's own text speaks: "we" or "I", and which values words it uses. */
export function readCulture(lines: TextLine[], language: string, outOfTime: OutOfTime = neverOutOfTime): Culture {
  const polish = language.toLowerCase().startsWith('pl');
  let total = 0;
  let weCount = 0;
  let meCount = 0;
  let youCount = 0;
  const used = new Map<string, number>();
  // Line by line, so that past the budget the figures stand for the text read so far.
  for (let index = 0; index < lines.length && !timeUp(index, outOfTime); index++) {
    const text = (lines[index] as TextLine).text.toLowerCase();
    // A word is a run of non-space holding a letter or a digit: counted in one pass over the line.
    total += text.match(wordPattern)?.length ?? 0;
    for (const [token] of text.matchAll(countedWords)) {
      if (we.has(token) && (token !== 'my' || polish)) weCount++;
      else if (me.has(token) && !(token === 'my' && polish)) meCount++;
      else if (you.has(token)) youCount++;
      if (valueWordSet.has(token)) used.set(token, (used.get(token) ?? 0) + 1);
    }
  }
  const perThousand = (count: number) => (total ? Math.round((count / total) * 10_000) / 10 : 0);
  return {
    words: total,
    wePerThousand: perThousand(weCount),
    iPerThousand: perThousand(meCount),
    youPerThousand: perThousand(youCount),
    valuesWords: [...used.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([word]) => word)
      .slice(0, 20),
  };
}
