// One interview's story plan: the competencies it will probe (from the job posting, the interviewers'
// functions and the executive defaults), the questions likely asked, the best stories for each with the
// reason, a coverage matrix with its gaps, and warnings from the ledger of stories already told.
import { competencyById, executiveDefaults, suggestCompetencies } from '@/lib/coach/competencies';
import type { Fact, Person, Story, StoryUse } from '@/lib/schema';
import { interviewerFunction } from './functions';
import { createStoryIndex, type StoryIndex, type StoryMatch, storyCompetencies } from './story-index';

export type TargetOrigin =
  | { kind: 'job'; text: string }
  | { kind: 'interviewer'; personId: string; name: string; function: string }
  | { kind: 'default' };

export interface Target {
  competencyId: string;
  label: string;
  weight: number;
  origins: TargetOrigin[];
}

export interface LikelyQuestion {
  id: string;
  text: string;
  competencyId: string;
  /** "Job posting", "Ada Okafor (CFO)" or "Executive default". */
  origin: string;
  personId?: string;
  /** The best stories, best first. */
  matches: StoryMatch[];
  /** The story to tell: the best one not already suggested elsewhere and not already heard. */
  suggestedStoryId?: string;
  /** Why a story near the top should not be told here (heard before by this person or panel). */
  warnings: { storyId: string; message: string }[];
}

export interface CoverageRow {
  competencyId: string;
  label: string;
  /** Story id → strong (tagged) or partial (read from its text). */
  cells: Map<string, 'strong' | 'partial'>;
}

export interface StoryPlan {
  targets: Target[];
  questions: LikelyQuestion[];
  coverage: CoverageRow[];
  /** Ids of the stories that cover any target, the broadest first (strong counts twice, partial once). */
  coveringStoryIds: string[];
  gaps: { competencyId: string; label: string; message: string }[];
}

export interface PlanInput {
  interviewId: string;
  stories: Story[];
  /** The company's people; those with this interview in `interviewIds` are its interviewers. */
  people: Person[];
  /** The company's facts; job requirements and responsibilities set targets. */
  facts: Fact[];
  /** The whole ledger. */
  uses: StoryUse[];
  /** Reused across renders so an edit re-indexes one story rather than the bank. */
  index?: StoryIndex;
}

const maxQuestions = 12;

function label(id: string): string {
  return competencyById.get(id)?.label ?? id;
}

export function interviewTargets(interviewId: string, people: Person[], facts: Fact[]): Target[] {
  const targets = new Map<string, Target>();
  const add = (id: string, weight: number, origin: TargetOrigin) => {
    const target = targets.get(id) ?? { competencyId: id, label: label(id), weight: 0, origins: [] };
    target.weight += weight;
    target.origins.push(origin);
    targets.set(id, target);
  };
  for (const fact of facts) {
    if (fact.type !== 'requirement' && fact.type !== 'responsibility') continue;
    for (const { id } of suggestCompetencies(fact.text, 2)) add(id, 1, { kind: 'job', text: fact.text });
  }
  for (const person of people) {
    if (!person.interviewIds.includes(interviewId)) continue;
    const role = interviewerFunction(person.title);
    role?.probes.forEach((id, rank) => {
      add(id, 2 - rank * 0.4, { kind: 'interviewer', personId: person.id, name: person.name, function: role.label });
    });
  }
  for (const id of executiveDefaults) add(id, 0.25, { kind: 'default' });
  return [...targets.values()].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
}

function likelyQuestions(interviewId: string, people: Person[], targets: Target[]) {
  const found: Omit<LikelyQuestion, 'matches' | 'warnings' | 'suggestedStoryId'>[] = [];
  const texts = new Set<string>();
  const add = (question: (typeof found)[0]) => {
    if (texts.has(question.text) || found.length >= maxQuestions) return;
    texts.add(question.text);
    found.push(question);
  };
  // Each interviewer's own questions first: they are the most certain.
  for (const person of people) {
    if (!person.interviewIds.includes(interviewId)) continue;
    const role = interviewerFunction(person.title);
    if (!role) continue;
    const origin = `${person.name} (${role.label})`;
    role.questions.forEach((question, at) => {
      add({
        id: `${person.id}:${at}`,
        text: question.text,
        competencyId: question.competency,
        origin,
        personId: person.id,
      });
    });
  }
  // Then one typical question per target not asked about yet, strongest target first.
  for (const target of targets) {
    if (found.some((question) => question.competencyId === target.competencyId)) continue;
    const competency = competencyById.get(target.competencyId);
    const text = competency?.questions[0];
    if (!text) continue;
    const fromJob = target.origins.some((origin) => origin.kind === 'job');
    const interviewer = target.origins.find((origin) => origin.kind === 'interviewer');
    add({
      id: `${target.competencyId}:0`,
      text,
      competencyId: target.competencyId,
      origin: fromJob
        ? 'Job posting'
        : interviewer?.kind === 'interviewer'
          ? `${interviewer.name} (${interviewer.function})`
          : 'Executive default',
      personId: interviewer?.kind === 'interviewer' && !fromJob ? interviewer.personId : undefined,
    });
  }
  return found;
}

/** Ledger warnings: a story told in this round (the same panel) or to the same person before. */
function heardBefore(storyId: string, personId: string | undefined, input: PlanInput, names: Map<string, string>) {
  const messages: string[] = [];
  for (const use of input.uses) {
    if (use.storyId !== storyId) continue;
    if (use.interviewId === input.interviewId) messages.push('Already told to this panel.');
    else if (personId && use.personId === personId)
      messages.push(`${names.get(personId) ?? 'This interviewer'} heard it in an earlier round.`);
  }
  return [...new Set(messages)];
}

export function storyPlan(input: PlanInput): StoryPlan {
  const active = input.stories.filter((story) => !story.archived);
  const index = input.index ?? createStoryIndex(active);
  const targets = interviewTargets(input.interviewId, input.people, input.facts);
  const names = new Map(input.people.map((person) => [person.id, person.name]));
  const suggestedCount = new Map<string, number>();

  const questions: LikelyQuestion[] = likelyQuestions(input.interviewId, input.people, targets).map((question) => {
    const matches = index.rank({ text: question.text, competencies: [question.competencyId] }, 5);
    const warnings = matches.flatMap((match) =>
      heardBefore(match.storyId, question.personId, input, names).map((message) => ({
        storyId: match.storyId,
        message,
      })),
    );
    // Spread the bank: a story already suggested for another question gives way to the next one
    // unless it is clearly better; one this person or panel already heard, to any other.
    let best: StoryMatch | undefined;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const match of matches) {
      if (match.rating === 'none') continue;
      const heard = warnings.some((warning) => warning.storyId === match.storyId);
      const value = match.score - 0.15 * (suggestedCount.get(match.storyId) ?? 0) - (heard ? 1 : 0);
      if (value > bestValue) {
        best = match;
        bestValue = value;
      }
    }
    if (best) suggestedCount.set(best.storyId, (suggestedCount.get(best.storyId) ?? 0) + 1);
    return { ...question, matches, warnings, suggestedStoryId: best?.storyId };
  });

  const strengths = new Map(active.map((story) => [story.id, storyCompetencies(story)]));
  const coverage: CoverageRow[] = targets.map((target) => {
    const cells = new Map<string, 'strong' | 'partial'>();
    for (const story of active) {
      const strength = strengths.get(story.id)?.get(target.competencyId) ?? 0;
      if (strength >= 1) cells.set(story.id, 'strong');
      else if (strength >= 0.3) cells.set(story.id, 'partial');
    }
    return { competencyId: target.competencyId, label: target.label, cells };
  });
  const breadth = (storyId: string) =>
    coverage.reduce((sum, row) => {
      const cell = row.cells.get(storyId);
      return sum + (cell === 'strong' ? 2 : cell === 'partial' ? 1 : 0);
    }, 0);
  const coveringStoryIds = active
    .map((story) => ({ id: story.id, breadth: breadth(story.id) }))
    .filter((story) => story.breadth > 0)
    .sort((x, y) => y.breadth - x.breadth)
    .map((story) => story.id);
  const gaps = coverage
    .filter((row) => ![...row.cells.values()].includes('strong'))
    .map((row) => ({
      competencyId: row.competencyId,
      label: row.label,
      message:
        row.cells.size > 0
          ? `Only partial stories for ${row.label.toLowerCase()}: tag one that shows it, or write one.`
          : `No story yet for ${row.label.toLowerCase()}.`,
    }));
  return { targets, questions, coverage, coveringStoryIds, gaps };
}
