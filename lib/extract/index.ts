import type { Capture, CapturedFact, CapturedPerson, OrganizationInfo } from '@/lib/schema/capture';
import { classifyPage, urlKind } from './classify';
import { readCulture } from './culture';
import { countJobSections, jobPage } from './job';
import { readMeta } from './meta';
import { newsPage } from './news';
import { companyPage, readOrganization } from './organization';
import type { PageKindReader, PreparedPage } from './page';
import { findPeople, teamPage } from './people';
import { looksLikeProfile, profilePage } from './person';
import { isLinkedIn, isLinkedInProfile, readLinkedInEmployees } from './platforms/linkedin';
import { readStructuredData } from './structured-data';
import { cleanText, MAX_LONG, readLines } from './text';

export interface ExtractOptions {
  /** The capture time, in milliseconds since the epoch: the extractor reads no clock of its own for it. */
  now: number;
  /** Work budget in milliseconds; past it the extractor returns what it has, marked partial. */
  budgetMs?: number;
  /** Elapsed-time source for the budget. */
  clock?: () => number;
}

const MAX_FACTS = 200;

/**
 * The kinds of page, each one module with its detect and read. Listed in the order that settles a tie.
 * A new kind is a new module here.
 */
export const pageKinds: readonly PageKindReader[] = [teamPage, profilePage, jobPage, companyPage, newsPage];
/**
 * The share of the budget the walk over the page may take: the readers after it need the rest to turn
 * the lines it read into people and facts, so a huge page still gives its first people.
 */
const LINES_SHARE = 0.6;

/**
 * Reads one page into a capture: its kind, the people it presents, the person, company, job or news it
 * is about, its culture figures, and every fact with the snippet and method it came from. Pure: no
 * browser API, no storage, no network. Never throws: a page it cannot read gives an empty capture.
 */
export function extractPage(doc: Document, url: string, options: ExtractOptions): Capture {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const budget = options.budgetMs ?? 250;
  // Once any reader has seen the budget spent, every later one stops early too, and the capture says so.
  let ranOut = false;
  const outOfTime = () => {
    if (!ranOut && clock() - started > budget) ranOut = true;
    return ranOut;
  };
  const linesOutOfTime = () => clock() - started > budget * LINES_SHARE;
  const pageUrl = parseUrl(url);
  // Kept outside the try: people already found survive a later reader's failure.
  let people: CapturedPerson[] = [];
  try {
    const meta = readMeta(doc);
    const root = doc.body ?? doc.documentElement;
    const { lines, truncated } = root
      ? readLines(root, { outOfTime: linesOutOfTime })
      : { lines: [], truncated: false };

    // People first: they are what a capture is most often for, and they come before the page's data.
    // A profile's page lists other people only as suggestions ("People also viewed"): none are its own.
    const linkedInProfile = isLinkedInProfile(pageUrl);
    if (!linkedInProfile) people = findPeople(lines, outOfTime);
    if (isLinkedIn(pageUrl) && !linkedInProfile && people.length === 0) people = readLinkedInEmployees(doc, pageUrl);
    const data = readStructuredData(doc, outOfTime);
    const page: PreparedPage = {
      doc,
      url: pageUrl,
      meta,
      data,
      lines,
      people,
      hasProfile: looksLikeProfile(doc, data, lines),
      jobSections: countJobSections(lines),
      addressKind: pageUrl ? urlKind(pageUrl) : undefined,
      outOfTime,
    };
    const kind = classifyPage(page, pageKinds);
    const findings = pageKinds.find((reader) => reader.kind === kind)?.read(page) ?? { facts: [] };
    const organization = readOrganization(data, meta, lines, {
      preferredName: findings.organizationName,
      describesCompany: kind === 'company' || kind === 'team',
      host: pageUrl?.hostname,
      outOfTime,
    });
    const culture = readCulture(lines, meta.language, outOfTime);
    const { person, job, news } = findings;

    const facts: CapturedFact[] = [];
    const add = (fact: CapturedFact) => {
      if (facts.length < MAX_FACTS && fact.text) facts.push({ ...fact, snippet: cleanText(fact.snippet, MAX_LONG) });
    };
    if (organization.organization) addOrganizationFacts(organization, add);
    for (const fact of findings.facts) add(fact);

    return {
      url: cleanText(pageUrl?.href ?? url, 2_000),
      title: cleanText(meta.title || lines.find((line) => line.heading === 1)?.text),
      kind,
      ...(meta.language ? { language: meta.language.slice(0, 20) } : {}),
      partial: truncated || outOfTime(),
      people,
      ...(person ? { person } : {}),
      ...(organization.organization ? { organization: organization.organization } : {}),
      ...(job ? { job } : {}),
      ...(news ? { news } : {}),
      culture,
      facts,
    };
  } catch {
    // A page can break any assumption; the user still gets a capture, marked incomplete.
    return { ...emptyCapture(url, doc), people };
  }
}

function addOrganizationFacts(result: ReturnType<typeof readOrganization>, add: (fact: CapturedFact) => void) {
  const info = result.organization as OrganizationInfo;
  const fields = [
    'description',
    'mission',
    'vision',
    'founded',
    'headquarters',
    'industry',
    'size',
    'website',
  ] as const;
  for (const field of fields) {
    const value = info[field];
    if (!value) continue;
    add({
      type: field,
      text: value,
      snippet: result.snippets[field] ?? value,
      method: result.methods[field] ?? 'structure',
    });
  }
  for (const value of info.values) {
    add({
      type: 'value',
      text: value,
      snippet: result.snippets.values ?? value,
      method: result.methods.values ?? 'structure',
    });
  }
}

function emptyCapture(url: string, doc: Document): Capture {
  let title = '';
  try {
    title = cleanText(doc.querySelector?.('title')?.textContent);
  } catch {
    title = '';
  }
  return {
    url: cleanText(url, 2_000),
    title,
    kind: 'other',
    partial: true,
    people: [],
    culture: { words: 0, wePerThousand: 0, iPerThousand: 0, youPerThousand: 0, valuesWords: [] },
    facts: [],
  };
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
