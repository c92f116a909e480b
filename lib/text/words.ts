// Words as the matcher and the coach compare them: lower case, split on anything that is not a letter or
// digit, stop words dropped, English endings folded ("decided", "deciding", "decide" are one term).

const stopWords = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each either etc ever every few for from
  further had has have having he her here hers herself him himself his how however i if in into is it its
  itself just let me more most much must my myself no nor not now of off on once only or other our ours
  ourselves out over own per same she should so some such than that the their theirs them themselves then
  there these they this those through to too under until up upon very was we were what when where which
  while who whom why will with within without would you your yours yourself yourselves
  tell describe give example time times share walk talk something someone anything situation
  think thought like one ones got get make made way ways really lot lots kind sort around`.split(/\s+/),
);

/** Words kept whole: stemming would merge them with a different meaning. */
const keepWhole = new Set(['news', 'sales', 'series', 'ai', 'it', 'its', 'us', 'process', 'business']);

/** Irregular forms the suffix rules cannot fold, mapped to the stem of their base word. */
const irregular = new Map([
  // Plural "cultures" is nearly always countries' cultures, not a company's own.
  ['cultures', 'cultures'],
  ['failure', 'fail'],
  ['failures', 'fail'],
  ['decision', 'decid'],
  ['decisions', 'decid'],
  ['decisive', 'decid'],
  ['led', 'lead'],
  ['built', 'build'],
  ['grew', 'grow'],
  ['growth', 'grow'],
  ['grown', 'grow'],
  ['chose', 'choos'],
  ['chosen', 'choos'],
  ['choice', 'choos'],
  ['sold', 'sell'],
  ['won', 'win'],
  ['hired', 'hir'],
  ['taught', 'teach'],
  ['spoke', 'speak'],
  ['thought', 'think'],
  ['brought', 'bring'],
  ['kept', 'keep'],
  ['cut', 'cut'],
  ['lost', 'los'],
  ['loss', 'los'],
  ['losses', 'los'],
  ['found', 'find'],
  ['proudest', 'proud'],
  // Nouns and adjectives whose base verb or noun the suffix rules do not reach.
  ['acquisition', 'acquir'],
  ['acquisitions', 'acquir'],
  ['merger', 'merg'],
  ['mergers', 'merg'],
  ['reduction', 'reduc'],
  ['reductions', 'reduc'],
  ['resolution', 'resolv'],
  ['execution', 'execut'],
  ['promotion', 'promot'],
  ['promotions', 'promot'],
  ['retention', 'retain'],
  ['expansion', 'expand'],
  ['persuasion', 'persuad'],
  ['persuasive', 'persuad'],
  ['competition', 'compet'],
  ['competitive', 'compet'],
  ['competitor', 'compet'],
  ['competitors', 'compet'],
  ['delivery', 'deliver'],
  ['deliveries', 'deliver'],
  ['analysis', 'analyz'],
  ['analyses', 'analyz'],
  ['analytical', 'analyz'],
  ['analytics', 'analyz'],
  ['priority', 'prioritiz'],
  ['priorities', 'prioritiz'],
  ['strategic', 'strategi'],
  ['strategically', 'strategi'],
  ['innovative', 'innovat'],
  ['financial', 'financ'],
  ['financially', 'financ'],
  ['responsible', 'respons'],
  ['responsibility', 'respons'],
  ['responsibilities', 'respons'],
  ['accountable', 'accountabl'],
  ['accountability', 'accountabl'],
  ['sustainable', 'sustain'],
  ['sustainability', 'sustain'],
  ['diversity', 'divers'],
  ['inclusive', 'inclus'],
  ['inclusion', 'inclus'],
  ['ethical', 'ethic'],
  ['profitable', 'profit'],
  ['profitability', 'profit'],
  ['success', 'succeed'],
  ['successful', 'succeed'],
  ['successfully', 'succeed'],
  ['collaborative', 'collaborat'],
]);

/** Folds common English endings so inflections of one word meet. */
export function stem(word: string): string {
  const known = irregular.get(word);
  if (known) return known;
  if (word.length <= 3 || keepWhole.has(word) || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  for (const [suffix, replacement, minimum] of [
    ['izations', 'ize', 8],
    ['ization', 'ize', 8],
    ['isation', 'ize', 8],
    ['ational', 'ate', 8],
    ['ation', 'ate', 7],
    ['ement', '', 8],
    ['ment', '', 7],
    ['ness', '', 6],
    ['ingly', '', 7],
    ['edly', '', 7],
    ['ing', '', 6],
    ['ed', '', 5],
    ['ly', '', 6],
  ] as const) {
    if (w.length >= minimum && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length) + replacement;
      // "planned" → "plann" → "plan"
      if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  // British spelling meets American: "organised", "prioritising", "analyse" fold like "-ize", "-yze".
  if (/[iy]s$/.test(w) && /[iy]s(e|ed|es|ing|er|ers)$/.test(word)) w = `${w.slice(0, -1)}z`;
  return w;
}

const separators = /[^\p{L}\p{N}&'’-]+/u;

// A bank repeats the same few thousand words; stemming each once keeps indexing fast.
const stems = new Map<string, string>();
function cachedStem(word: string): string {
  let found = stems.get(word);
  if (found === undefined) {
    found = stem(word);
    if (stems.size < 200_000) stems.set(word, found);
  }
  return found;
}

/** Every word of a text in order, stop words included, lower case and stemmed. */
export function words(text: string): string[] {
  const found: string[] = [];
  for (const token of text.toLowerCase().split(separators)) {
    if (!token) continue;
    if (!/[-'’&]/.test(token)) {
      found.push(cachedStem(token));
      continue;
    }
    // "cross-functional" counts as its parts; "p&l" stays whole.
    for (const part of token.replace(/['’]s$/, '').split(/[-'’]/)) {
      if (/[\p{L}\p{N}]/u.test(part)) found.push(cachedStem(part));
    }
  }
  return found;
}

export function isStopWord(word: string): boolean {
  return stoppedStems.has(word);
}

/** Stop words as the tokenizer sees them, after stemming. */
const stoppedStems = new Set([...stopWords].map((word) => stem(word)));

/** The terms that carry meaning: the words without stop words. */
export function terms(text: string): string[] {
  return words(text).filter((word) => !stoppedStems.has(word));
}

/** The words of a text, as written, whose terms are among `wanted`: a match's reason in the user's words. */
export function wordsMatching(text: string, wanted: readonly string[]): string[] {
  const set = new Set(wanted);
  const found = text
    .split(separators)
    .filter((word) => word && set.has(cachedStem(word.toLowerCase().replace(/['’]s$/, ''))));
  return [...new Set(found.map((word) => word.toLowerCase()))];
}
