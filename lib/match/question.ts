// Reads a behavioural question: its terms, the competencies it probes (named by the caller, signalled
// by its words, or close to the taxonomy's typical questions) and the kind of story it asks for.
import { competencies, competencySignals, resolveCompetencies } from '@/lib/coach/competencies';
import type { Story } from '@/lib/schema';
import { terms } from '../text/words';

export interface QuestionIntent {
  terms: Map<string, number>;
  /** Competency id → weight (the strongest is 1). */
  competencies: Map<string, number>;
  /** Kinds of story the question asks for ("your biggest failure" → failure). */
  kinds: Story['kind'][];
  /** Only those kinds answer it well. */
  wantsKindOnly: boolean;
}

const failurePattern =
  /\b(fail(ed|ure|ures|ing)?|mistakes?|regrets?|went wrong|go wrong|got wrong|gone wrong|mis(judg|read|pric|calculat|handl|manag|understood|step|fir|estimat|hir|jud)\w*|did ?n[o']t (work|go|pay off)|(not|never) pa(y|id) off|backfired|flopped|fell through|not go as planned|fell short|screwed up|wrong call|weakness(es)?|missed (its |the |a |an |our |your )?(deadline|target|date|forecast|budget|plan|goal)s?|over budget|ran late|(deal|customer|client|contract|bid|pitch)s? (that )?(you|we) lost|lost (a|an|the|your) (\w+ )?(deal|customer|client|contract|bid|pitch))\b/i;
/** "Turn around a failing business" asks for a turnaround the candidate led, not a failure of theirs. */
const failingOrganization =
  /\b(failing|struggling|loss-making) (organi[sz]ation|business|company|team|unit|division|department|function|school|plant|site|store|region|operation|brand)s?\b/gi;
const boardPattern =
  /\b(non-?profit|charit(y|ies)|volunteer\w*|trustees?|pro bono|civic|community organi[sz]ation|outside (of )?(your |my )?(day job|work|the office|job|career)|community (work|service|role))\b/i;
const achievementPattern =
  /\b(proudest|achievements?|accomplishments?|greatest success|biggest success|biggest win)\b/i;

/** Per competency, the terms of its typical questions, minus words every question shares. */
const questionTerms = (() => {
  const perCompetency = competencies.map((competency) => ({
    id: competency.id,
    terms: new Set(competency.questions.flatMap((question) => terms(question))),
  }));
  const frequency = new Map<string, number>();
  for (const { terms: set } of perCompetency)
    for (const term of set) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return perCompetency.map(({ id, terms: set }) => ({
    id,
    terms: new Set([...set].filter((term) => (frequency.get(term) ?? 0) <= 2)),
  }));
})();

export function readQuestion(text: string, named: readonly string[] = []): QuestionIntent {
  const readable = text.replace(failingOrganization, 'turnaround of a $2');
  const questionTermList = terms(text);
  const termWeights = new Map<string, number>();
  for (const term of questionTermList) termWeights.set(term, 1);

  const inferred = new Map<string, number>();
  for (const [id, signal] of competencySignals(readable)) inferred.set(id, signal.hits);
  const unique = new Set(questionTermList);
  for (const { id, terms: set } of questionTerms) {
    let overlap = 0;
    for (const term of unique) if (set.has(term)) overlap += 1;
    // One shared word ("significant") is chance; two start to say the question is of that type.
    if (overlap >= 2) inferred.set(id, (inferred.get(id) ?? 0) + 0.5 * overlap);
  }

  const kinds: Story['kind'][] = [];
  const failure = failurePattern.test(readable);
  const outsideWork = boardPattern.test(text);
  if (failure) kinds.push('failure');
  if (outsideWork) kinds.push('board', 'volunteer');
  if (!failure && achievementPattern.test(text)) kinds.push('achievement');
  if (failure) inferred.set('ownership-failure', Math.max(inferred.get('ownership-failure') ?? 0, 2));

  const weights = new Map<string, number>();
  const strongest = Math.max(0, ...inferred.values());
  for (const [id, hits] of inferred) {
    // A question probes one or two things; faint echoes of others would only add noise.
    if (hits / strongest < 0.34) continue;
    // One signal word is a hint, two or more a reading; the weight stays absolute so a hint counts less.
    const weight = Math.min(1, hits / 2);
    weights.set(id, named.length > 0 ? 0.5 * weight : weight);
  }
  for (const name of named) for (const id of resolveCompetencies(name)) weights.set(id, 1);
  return { terms: termWeights, competencies: weights, kinds, wantsKindOnly: failure || outsideWork };
}
