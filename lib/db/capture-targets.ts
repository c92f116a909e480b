import { companyKey, hostOf, type PageIdentity } from '@/lib/capture/page-model';
import { normalizeName } from '@/lib/text/normalize-name';
import { shortenUrl } from './captures';
import { db } from './database';

/** Why a page belongs with an interview's company, strongest first. */
export type MatchReason = 'page' | 'name' | 'site' | 'title' | 'people';

export interface InterviewMatch {
  interviewId: string;
  companyId: string;
  reason: MatchReason;
}

const reasonRank: Record<MatchReason, number> = { page: 0, name: 1, site: 2, title: 3, people: 4 };

/**
 * The interviews whose company a captured page is about, best first: the company the user filed the page
 * under before, the company the page names, the company whose own site it is on, the company its title
 * names, or the company where the people it presents are already known. Among one company's rounds, the
 * next to come first, then those without a date, then past ones, latest first.
 * A page that matches none belongs with no interview yet; the preview never assumes it.
 */
export async function matchInterviews(page: PageIdentity, now = Date.now()): Promise<InterviewMatch[]> {
  const keys = new Set(page.companyNames.map(companyKey).filter(Boolean));
  const host = hostOf(page.url);
  const names = [...new Set(page.peopleNames.map(normalizeName))];
  const [companies, ownPages, namesakes, filed] = await db.transaction('r', db.companies, db.sources, db.people, () =>
    Promise.all([
      db.companies.toArray(),
      // Only a company's own pages (about, team) tell its site: a news site covers many companies.
      db.sources.filter((source) => source.kind === 'company' || source.kind === 'team').toArray(),
      names.length ? db.people.filter((person) => names.includes(person.normalizedName)).toArray() : [],
      db.sources.where('url').equals(shortenUrl(page.url)).toArray(),
    ]),
  );
  const reasons = new Map<string, MatchReason>();
  const note = (companyId: string, reason: MatchReason) => {
    const known = reasons.get(companyId);
    if (!known || reasonRank[reason] < reasonRank[known]) reasons.set(companyId, reason);
  };
  const named = (name: string) => [...keys].some((key) => sameCompanyKey(key, companyKey(name)));
  const title = ` ${normalizeName(page.title ?? '')} `;
  for (const company of companies) {
    if (named(company.name)) note(company.id, 'name');
    const key = companyKey(company.name);
    // Whole words only, and not a name so short that it is a common word ("Box", "One").
    if (key.length >= 4 && title.includes(` ${key} `)) note(company.id, 'title');
    if (host && company.website && hostOf(company.website) === host) note(company.id, 'site');
  }
  for (const source of ownPages) if (host && hostOf(source.url) === host) note(source.companyId, 'site');
  // Where the user filed this very page before is where it goes again, whatever name they gave the company.
  for (const source of filed) note(source.companyId, 'page');
  // One shared name is chance on a page of many; on a profile, or where most of the page is known, it is not.
  const knownAt = new Map<string, number>();
  for (const person of namesakes) knownAt.set(person.companyId, (knownAt.get(person.companyId) ?? 0) + 1);
  for (const [companyId, count] of knownAt) {
    if (count >= Math.min(2, names.length)) note(companyId, 'people');
  }
  // A page that names its company is about that company, even on another's site or beside its people
  // (a job board, a partner's press release): what it says outranks where it is.
  if (keys.size > 0) {
    const byId = new Map(companies.map((company) => [company.id, company]));
    for (const companyId of reasons.keys()) {
      const company = byId.get(companyId);
      if (!company || (!named(company.name) && reasons.get(companyId) !== 'page')) reasons.delete(companyId);
    }
  }
  if (reasons.size === 0) return [];
  const interviews = await db.interviews
    .where('companyId')
    .anyOf([...reasons.keys()])
    .toArray();
  return interviews
    .map((interview) => ({
      interviewId: interview.id,
      companyId: interview.companyId,
      reason: reasons.get(interview.companyId) as MatchReason,
      startsAt: interview.startsAt,
    }))
    .sort(
      (a, b) =>
        reasonRank[a.reason] - reasonRank[b.reason] || roundOrder(a.startsAt, now) - roundOrder(b.startsAt, now),
    )
    .map(({ startsAt: _, ...match }) => match);
}

/** Rounds to come first, soonest first; then those without a date; then past ones, latest first. */
function roundOrder(startsAt: number | null, now: number): number {
  if (startsAt === null) return Number.MAX_SAFE_INTEGER / 2;
  return startsAt >= now ? startsAt - now : Number.MAX_SAFE_INTEGER / 2 + (now - startsAt);
}

/** "rapid7" and "rapid7 blog" name one company: one is the other followed by more words. */
function sameCompanyKey(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/**
 * Where a page is saved unless the user picks otherwise: the interview they came from only when it
 * matches the page; else the best match; else, for a page that names a company, a new interview there
 * (''); else the interview they came from. Research of one company never defaults into another's dossier.
 */
export function defaultTarget(matches: InterviewMatch[], fromInterviewId: string | undefined, namesCompany: boolean) {
  if (fromInterviewId && matches.some((match) => match.interviewId === fromInterviewId)) return fromInterviewId;
  if (matches[0]) return matches[0].interviewId;
  if (namesCompany) return '';
  return fromInterviewId ?? '';
}

/** Who of a company is known already, by normalized name: on the round's panel, or known there only. */
export async function knownPeopleFor(interviewId: string): Promise<Map<string, 'panel' | 'known'>> {
  const interview = await db.interviews.get(interviewId);
  if (!interview) return new Map();
  const people = await db.people.where('companyId').equals(interview.companyId).toArray();
  return new Map(
    people.map((person) => [person.normalizedName, person.interviewIds.includes(interviewId) ? 'panel' : 'known']),
  );
}
