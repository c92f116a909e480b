// Scores a capture against the hand-read truth of tests/fixtures or ../shared/corpus. Tolerant by design:
// the truth is prose-like ("2026-08-06 (JSON-LD)", "iterate (advertiser/recruiter); ..."), so strings are
// compared by word overlap against the truth's main part, names by their words.

import type { Capture } from '@/lib/schema/capture';
import { normalizeName } from '@/lib/text/normalize-name';

export type FieldScores = Record<string, number>;
type Truth = Record<string, unknown>;

const expectedKind: Record<string, Capture['kind']> = {
  team_page: 'team',
  person_profile: 'person',
  job_posting: 'job',
  company_about: 'company',
  careers_page: 'company',
  news_article: 'news',
  news_press_release: 'news',
};

function tokens(text: string): string[] {
  return normalizeName(text).split(' ').filter(Boolean);
}

function tokenF1(a: string, b: string): number {
  const left = tokens(a);
  const right = tokens(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = [...right];
  let overlap = 0;
  for (const token of left) {
    const at = pool.indexOf(token);
    if (at >= 0) {
      overlap++;
      pool.splice(at, 1);
    }
  }
  return (2 * overlap) / (left.length + right.length);
}

/** The part of a truth value before its annotations: "X (note); Y" → "X". */
function mainPart(truth: string): string {
  return truth.split(/\s+\(|;\s/)[0] ?? truth;
}

/** How close a found value is to the truth, 0 to 1. */
export function similarity(truth: string, found: string | undefined): number {
  if (!found) return 0;
  return Math.max(tokenF1(mainPart(truth), found), tokenF1(truth, found));
}

/** Whether two names are one person's: equal, or one's words all in the other ("Corey Thomas"). */
export function sameName(a: string, b: string): boolean {
  const left = tokens(a).filter((token) => token.length > 1);
  const right = tokens(b).filter((token) => token.length > 1);
  if (left.length === 0 || right.length === 0) return false;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.every((token) => longer.includes(token)) && shorter.length >= Math.min(2, longer.length);
}

/** F1 of the people found against the truth's, and the mean title similarity of those matched. */
function scorePeople(truth: { name: string; title?: string | null }[], found: { name: string; title?: string }[]) {
  const pool = [...found];
  let matched = 0;
  let titleTotal = 0;
  let titled = 0;
  for (const person of truth) {
    const at = pool.findIndex((candidate) => sameName(person.name, candidate.name));
    if (at < 0) continue;
    const [candidate] = pool.splice(at, 1);
    matched++;
    if (person.title) {
      titled++;
      titleTotal += similarity(person.title, candidate?.title);
    }
  }
  const precision = found.length ? matched / found.length : 0;
  const recall = truth.length ? matched / truth.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, titles: titled ? titleTotal / titled : undefined, recall };
}

function recallOf(truth: string[], found: string[], threshold = 0.5): number {
  if (truth.length === 0) return 1;
  const hits = truth.filter((item) => found.some((candidate) => similarity(item, candidate) >= threshold));
  return hits.length / truth.length;
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** Every field the truth states, scored 0 to 1. */
export function scoreCapture(truth: Truth, capture: Capture): FieldScores {
  const scores: FieldScores = {};
  const category = String(truth.category);
  scores.kind = capture.kind === expectedKind[category] ? 1 : 0;

  const truthPeople = truth.people as { name: string; title?: string | null }[] | undefined;
  if (truthPeople && truthPeople.length > 0) {
    const people = scorePeople(truthPeople, capture.people);
    scores.people = people.f1;
    if (people.titles !== undefined) scores.titles = people.titles;
  }
  if (typeof truth.organization === 'string' && category === 'team_page') {
    scores.organization = similarity(truth.organization, capture.organization?.name);
  }

  const person = truth.person as Truth | undefined;
  if (person) {
    const found = capture.person;
    const organizations = [
      found?.organization,
      ...(found?.positions.map((position) => position.organization) ?? []),
    ].filter((value): value is string => !!value);
    scores['person.name'] = found && sameName(String(person.name), found.name) ? 1 : 0;
    if (typeof person.headline === 'string')
      scores['person.headline'] = similarity(person.headline, found?.headline ?? found?.title);
    if (typeof person.title === 'string') {
      scores['person.title'] = Math.max(
        similarity(person.title, found?.title),
        similarity(person.title, found?.headline),
      );
    }
    if (person.organization) scores['person.organization'] = recallOf(asList(person.organization), organizations);
    if (person.previous_employers)
      scores['person.previousEmployers'] = recallOf(asList(person.previous_employers), organizations);
    if (typeof person.location === 'string') scores['person.location'] = similarity(person.location, found?.location);
    if (person.education) {
      const schools = found?.education.map((entry) => `${entry.school} ${entry.degree ?? ''}`) ?? [];
      scores['person.education'] = recallOf(
        asList(person.education).map((entry) => entry.split(',').pop() ?? entry),
        schools,
      );
    }
  }

  const job = truth.job as Truth | undefined;
  if (job) {
    const found = capture.job;
    scores['job.title'] = similarity(String(job.title), found?.title);
    if (job.company) scores['job.company'] = similarity(String(job.company), found?.company);
    if (job.location) scores['job.location'] = similarity(String(job.location), found?.location);
    if (job.employment_type)
      scores['job.employmentType'] = similarity(String(job.employment_type), found?.employmentType);
    if (job.salary) scores['job.salary'] = similarity(String(job.salary), found?.salary);
    if (job.date_posted)
      scores['job.datePosted'] = mainPart(String(job.date_posted)).slice(0, 10) === found?.datePosted ? 1 : 0;
    if (job.key_requirements) {
      scores['job.requirements'] = recallOf(
        asList(job.key_requirements),
        [...(found?.requirements ?? []), ...(found?.responsibilities ?? [])],
        0.35,
      );
    }
  }

  const company = truth.company as Truth | undefined;
  if (company) {
    const found = capture.organization;
    scores['company.name'] = similarity(String(company.name), found?.name);
    if (typeof company.mission_sentence === 'string')
      scores['company.mission'] = similarity(company.mission_sentence, found?.mission);
    if (typeof company.vision === 'string') scores['company.vision'] = similarity(company.vision, found?.vision);
    if (Array.isArray(company.values)) {
      const truthValues = asList(company.values);
      const foundValues = found?.values ?? [];
      const recall = recallOf(truthValues, foundValues, 0.6);
      const precision = foundValues.length
        ? foundValues.filter((value) => truthValues.some((item) => similarity(item, value) >= 0.6)).length /
          foundValues.length
        : 0;
      scores['company.values'] = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
    }
    for (const [field, key] of [
      ['founded', 'founded'],
      ['headquarters', 'headquarters'],
      ['industry', 'industry'],
      ['company_size', 'size'],
      ['website', 'website'],
    ] as const) {
      if (typeof company[field] === 'string')
        scores[`company.${key}`] = similarity(company[field] as string, found?.[key]);
    }
  }

  const news = truth.news as Truth | undefined;
  if (news) {
    const found = capture.news;
    scores['news.headline'] = similarity(String(news.headline), found?.headline);
    if (news.date) scores['news.date'] = String(news.date).slice(0, 10) === found?.datePublished ? 1 : 0;
    if (news.organization) scores['news.organization'] = similarity(String(news.organization), found?.organization);
    if (news.author) scores['news.author'] = similarity(String(news.author), found?.author);
    const people = news.people as { name: string; title?: string }[] | undefined;
    if (people?.length) {
      const result = scorePeople(people, found?.people ?? []);
      scores['news.people'] = result.f1;
      if (result.titles !== undefined) scores['news.titles'] = result.titles;
    }
  }
  return scores;
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}
