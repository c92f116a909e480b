// Ranks stories for a question: BM25 over the story's fields (the title and hook weigh more than the
// body) plus a boost for shared competencies, tagged or read from the text, and for the kind of story a
// question asks for (a failure, board or volunteer work). Every part is kept so a match can say why.
//
// The index is updated story by story, so an edit re-indexes one story, not the bank.
import { competencySignals, executiveDefaults, resolveCompetencies } from '@/lib/coach/competencies';
import type { Story } from '@/lib/schema';
import { isStopWord, words } from '../text/words';
import { type QuestionIntent, readQuestion } from './question';

export type MatchableStory = Pick<
  Story,
  | 'id'
  | 'title'
  | 'hook'
  | 'situation'
  | 'challenge'
  | 'action'
  | 'result'
  | 'lesson'
  | 'kind'
  | 'competencies'
  | 'tags'
> & { archived?: boolean };

export type Rating = 'strong' | 'partial' | 'none';

export interface StoryMatch {
  storyId: string;
  rating: Rating;
  /** 0–1: how well the story answers the question. */
  score: number;
  /** Competency ids the question asks for and the story shows. */
  competencies: string[];
  /** The question's terms found in the story (stemmed). */
  terms: string[];
}

export interface MatchQuestion {
  id?: string;
  text: string;
  /** Competencies the question is known to probe (ids or names); more are read from its text. */
  competencies?: string[];
}

/** How much each field's words count: the title and hook name what the story is about. */
const fieldWeights = {
  title: 3,
  hook: 2,
  tags: 2,
  situation: 1,
  challenge: 1,
  action: 1.2,
  result: 1.2,
  lesson: 1,
} as const;

const k1 = 1.2;
const b = 0.75;
const lexicalWeight = 0.5;
const competencyWeight = 0.5;
const priorWeight = 0.1;
/** Read-from-text competencies are a hint; tagged ones are the user's word. */
const inferredStrengthCap = 0.7;

interface Slot {
  id: string;
  kind: Story['kind'];
  /** 0–1: how complete and broad the story is; it breaks ties for open questions ("your proudest achievement"). */
  prior: number;
  length: number;
  /** The story's distinct terms; kept as a plain list, since ten thousand maps would burden the heap. */
  terms: string[];
  competencies: Map<string, number>;
}

export interface StoryIndex {
  readonly size: number;
  /** Adds a story or replaces its earlier version. Archived stories are left out. */
  put(story: MatchableStory): void;
  remove(storyId: string): void;
  has(storyId: string): boolean;
  /** Stories for one question, best first; `limit` caps the list (default: every story). */
  rank(question: MatchQuestion | QuestionIntent, limit?: number): StoryMatch[];
}

/** The strength of each competency in a story: 1 when tagged, up to 0.7 when read from its text. */
export function storyCompetencies(story: MatchableStory, storyText?: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const [id, signal] of competencySignals(storyText ?? storyWords(story))) {
    // One stray word is not evidence; two or more are, growing with each.
    if (signal.hits >= 2) found.set(id, Math.min(inferredStrengthCap, 0.15 * signal.hits));
  }
  for (const name of story.competencies) for (const id of resolveCompetencies(name)) found.set(id, 1);
  if (story.kind === 'failure') found.set('ownership-failure', Math.max(found.get('ownership-failure') ?? 0, 0.8));
  return found;
}

function storyWords(story: MatchableStory): string[] {
  return Object.keys(fieldWeights).flatMap((field) => {
    const value = story[field as keyof typeof fieldWeights];
    return words(Array.isArray(value) ? value.join(' ') : (value ?? ''));
  });
}

/** A quantified result and breadth across the executive competencies make a story a safe default. */
function storyPrior(story: MatchableStory, found: Map<string, number>): number {
  const quantified = /\d/.test(story.result) ? 0.5 : 0;
  const broad = executiveDefaults.filter((id) => (found.get(id) ?? 0) >= 0.3).length;
  return quantified + 0.5 * Math.min(1, broad / 3);
}

export function createStoryIndex(stories: Iterable<MatchableStory> = []): StoryIndex {
  const slots: (Slot | undefined)[] = [];
  const freeSlots: number[] = [];
  const slotById = new Map<string, number>();
  const postings = new Map<string, PostingList>();
  const competencyPostings = new Map<string, PostingList>();
  const kindSlots = new Map<Story['kind'], Set<number>>();
  let totalLength = 0;
  let count = 0;
  let lexical = new Float64Array(0);
  let competency = new Float64Array(0);
  let seen = new Int32Array(0);
  let epoch = 0;

  function remove(storyId: string) {
    const index = slotById.get(storyId);
    if (index === undefined) return;
    const slot = slots[index] as Slot;
    for (const term of slot.terms) {
      const list = postings.get(term);
      list?.delete(index);
      if (list?.length === 0) postings.delete(term);
    }
    for (const id of slot.competencies.keys()) competencyPostings.get(id)?.delete(index);
    kindSlots.get(slot.kind)?.delete(index);
    totalLength -= slot.length;
    count -= 1;
    slots[index] = undefined;
    slotById.delete(storyId);
    freeSlots.push(index);
  }

  function put(story: MatchableStory) {
    remove(story.id);
    if (story.archived) return;
    const weighted = new Map<string, number>();
    const all: string[] = [];
    let length = 0;
    for (const [field, weight] of Object.entries(fieldWeights)) {
      const value = story[field as keyof typeof fieldWeights];
      const fieldWords = words(Array.isArray(value) ? value.join(' ') : (value ?? ''));
      for (const word of fieldWords) {
        all.push(word);
        if (isStopWord(word)) continue;
        weighted.set(word, (weighted.get(word) ?? 0) + weight);
        length += weight;
      }
      all.push('');
    }
    const index = freeSlots.pop() ?? slots.length;
    const found = storyCompetencies(story, all);
    const slot: Slot = {
      id: story.id,
      kind: story.kind,
      prior: storyPrior(story, found),
      length,
      terms: [...weighted.keys()],
      competencies: found,
    };
    slots[index] = slot;
    slotById.set(story.id, index);
    for (const [term, tf] of weighted) {
      getOrAdd(postings, term, () => new PostingList()).add(index, tf);
    }
    for (const [id, strength] of slot.competencies) {
      getOrAdd(competencyPostings, id, () => new PostingList()).add(index, strength);
    }
    getOrAdd(kindSlots, story.kind, () => new Set()).add(index);
    totalLength += length;
    count += 1;
  }

  function rank(input: MatchQuestion | QuestionIntent, limit = Number.POSITIVE_INFINITY): StoryMatch[] {
    const question = 'terms' in input ? input : readQuestion(input.text, input.competencies);
    if (lexical.length < slots.length) {
      const capacity = Math.max(slots.length, lexical.length * 2);
      lexical = new Float64Array(capacity);
      competency = new Float64Array(capacity);
      seen = new Int32Array(capacity);
    }
    // `seen` marks the stories this question touched, so nothing is cleared between questions.
    epoch += 1;
    const candidates: number[] = [];
    const touch = (index: number) => {
      if (seen[index] === epoch) return;
      seen[index] = epoch;
      lexical[index] = 0;
      competency[index] = 0;
      candidates.push(index);
    };

    // BM25: rare terms weigh more, repeats saturate, long stories do not win by length alone.
    const averageLength = count ? totalLength / count : 1;
    let ceiling = 0;
    for (const [term, queryWeight] of question.terms) {
      const list = postings.get(term);
      const df = list?.length ?? 0;
      const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
      ceiling += queryWeight * idf * (k1 + 1);
      if (!list) continue;
      for (let at = 0; at < df; at++) {
        const index = list.slots[at] as number;
        const tf = list.weights[at] as number;
        touch(index);
        const norm = tf + k1 * (1 - b + (b * (slots[index] as Slot).length) / averageLength);
        lexical[index] = (lexical[index] as number) + (queryWeight * idf * tf * (k1 + 1)) / norm;
      }
    }
    // Scaled to the best story, unless even the best covers under half of what the question asks:
    // one shared common word should not look like a full match.
    let best = 0.5 * ceiling;
    for (const index of candidates) best = Math.max(best, lexical[index] as number);

    let competencyTotal = 0;
    for (const weight of question.competencies.values()) competencyTotal += weight;
    // A faint hint (weights under 1 in total) keeps the competency part below its full share.
    competencyTotal = Math.max(1, competencyTotal);
    for (const [id, weight] of question.competencies) {
      const list = competencyPostings.get(id);
      for (let at = 0; at < (list?.length ?? 0); at++) {
        const index = list?.slots[at] as number;
        const strength = list?.weights[at] as number;
        touch(index);
        competency[index] = (competency[index] as number) + (weight * strength) / competencyTotal;
      }
    }
    for (const kind of question.kinds) for (const index of kindSlots.get(kind) ?? []) touch(index);

    const top = new TopList(limit);
    for (const index of candidates) {
      const slot = slots[index] as Slot;
      let score =
        (lexicalWeight * (lexical[index] as number)) / (best || 1) +
        competencyWeight * (competency[index] as number) +
        priorWeight * slot.prior;
      // A question that asks for a failure wants a failure story; one that asks for a success does not.
      if (question.kinds.includes(slot.kind)) score += 0.3;
      else if (question.wantsKindOnly) score *= 0.6;
      if (slot.kind === 'failure' && !question.kinds.includes('failure')) score *= 0.8;
      top.offer(index, Math.min(1, score), slot.id);
    }

    const matches: StoryMatch[] = top.entries().map(({ index, score }) => {
      const slot = slots[index] as Slot;
      return {
        storyId: slot.id,
        rating: rate(score, competency[index] as number, (lexical[index] as number) / (best || 1)),
        score: Math.round(score * 1000) / 1000,
        competencies: [...question.competencies.keys()].filter((id) => (slot.competencies.get(id) ?? 0) >= 0.3),
        terms: [...question.terms.keys()].filter((term) => slot.terms.includes(term)),
      };
    });
    // Stories with nothing in common with the question close the list, in a stable order.
    if (matches.length < limit) {
      const rest = slots.filter((slot, index): slot is Slot => slot !== undefined && seen[index] !== epoch);
      for (const slot of rest.sort((x, y) => (x.id < y.id ? -1 : 1)).slice(0, limit - matches.length)) {
        matches.push({ storyId: slot.id, rating: 'none', score: 0, competencies: [], terms: [] });
      }
    }
    return matches;
  }

  for (const story of stories) put(story);
  return {
    get size() {
      return count;
    },
    put,
    remove,
    has: (storyId) => slotById.has(storyId),
    rank,
  };
}

/** Strong: the story shows what the question probes, in its words; partial: one of the two; none. */
function rate(score: number, competency: number, lexical: number): Rating {
  if (score >= 0.5 && competency >= 0.3) return 'strong';
  if (score >= 0.25 && (competency >= 0.15 || lexical >= 0.3)) return 'partial';
  return 'none';
}

/**
 * The best `limit` entries by score (ties by id). A short list is kept sorted as candidates arrive, so
 * the panel's top ten does not sort the whole bank; a long one is sorted once at the end.
 */
class TopList {
  private readonly items: { index: number; score: number; id: string }[] = [];
  private readonly insert: boolean;
  constructor(private readonly limit: number) {
    this.insert = limit <= 50;
  }

  offer(index: number, score: number, id: string) {
    const items = this.items;
    if (!this.insert) {
      items.push({ index, score, id });
      return;
    }
    const last = items[items.length - 1];
    if (items.length >= this.limit && last && !before(score, id, last)) return;
    let position = items.length;
    while (position > 0 && before(score, id, items[position - 1] as (typeof items)[0])) position -= 1;
    items.splice(position, 0, { index, score, id });
    if (items.length > this.limit) items.pop();
  }

  entries() {
    if (this.insert) return this.items;
    return this.items.sort((x, y) => (before(x.score, x.id, y) ? -1 : 1)).slice(0, this.limit);
  }
}

function before(score: number, id: string, other: { score: number; id: string }): boolean {
  return score > other.score || (score === other.score && id < other.id);
}

/**
 * The stories holding one term or competency, with its weight in each. Typed arrays: at 10,000 stories
 * the postings are flat buffers the garbage collector does not have to walk.
 */
class PostingList {
  slots = new Int32Array(2);
  weights = new Float64Array(2);
  length = 0;

  add(slot: number, weight: number) {
    if (this.length === this.slots.length) {
      const slots = new Int32Array(this.length * 2);
      slots.set(this.slots);
      this.slots = slots;
      const weights = new Float64Array(this.length * 2);
      weights.set(this.weights);
      this.weights = weights;
    }
    this.slots[this.length] = slot;
    this.weights[this.length] = weight;
    this.length += 1;
  }

  delete(slot: number) {
    const at = this.slots.subarray(0, this.length).indexOf(slot);
    if (at < 0) return;
    this.length -= 1;
    this.slots[at] = this.slots[this.length] as number;
    this.weights[at] = this.weights[this.length] as number;
  }
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
