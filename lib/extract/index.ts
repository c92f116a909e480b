import type { Capture, CapturedFact, CapturedPerson, OrganizationInfo } from '@/lib/schema/capture';
import { classifyPage } from './classify';
import { readCulture } from './culture';
import { countJobSections, readJob } from './job';
import { readMeta } from './meta';
import { readNews } from './news';
import { readOrganization } from './organization';
import { findPeople } from './people';
import { looksLikeProfile, readProfile } from './person';
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
    const profilePage = isLinkedInProfile(pageUrl);
    if (!profilePage) people = findPeople(lines, outOfTime);
    if (isLinkedIn(pageUrl) && !profilePage && people.length === 0) people = readLinkedInEmployees(doc, pageUrl);
    const data = readStructuredData(doc, outOfTime);
    const jobSections = countJobSections(lines);
    const hasProfile = looksLikeProfile(doc, data, lines);
    const kind = classifyPage({ url: pageUrl, meta, data, lines, people, hasProfile, jobSections });
    const profile = kind === 'person' ? readProfile(doc, pageUrl, data, lines) : undefined;

    const siteName = meta.siteName;
    const news = kind === 'news' ? readNews(data, meta, lines, siteName) : undefined;
    const job = kind === 'job' ? readJob(data, meta, lines, outOfTime) : undefined;
    const organization = readOrganization(data, meta, lines, {
      preferredName: news?.organization ?? job?.job?.company,
      describesCompany: kind === 'company' || kind === 'team',
      host: pageUrl?.hostname,
      outOfTime,
    });
    const culture = readCulture(lines, meta.language, outOfTime);
    const person = profile?.profile;

    const facts: CapturedFact[] = [];
    const add = (fact: CapturedFact) => {
      if (facts.length < MAX_FACTS && fact.text) facts.push({ ...fact, snippet: cleanText(fact.snippet, MAX_LONG) });
    };
    if (organization.organization) addOrganizationFacts(organization, add);
    if (job?.job) {
      const { title, company, location } = job.job;
      add({
        type: 'job',
        text: [title, company, location].filter(Boolean).join(' · '),
        snippet: title,
        method: job.method,
      });
      for (const item of job.job.responsibilities)
        add({ type: 'responsibility', text: item, snippet: item, method: 'structure' });
      for (const item of job.job.requirements)
        add({ type: 'requirement', text: item, snippet: item, method: 'structure' });
    }
    if (news) {
      const text = [news.datePublished, news.headline].filter(Boolean).join(': ');
      add({ type: 'news', text, snippet: news.headline, method: data.nodes.length ? 'json-ld' : 'structure' });
    }
    if (person) {
      for (const position of person.positions) {
        const text = [position.title, position.organization].filter(Boolean).join(', ');
        add({ type: 'position', text, snippet: text, method: profile?.method ?? 'structure' });
      }
      for (const entry of person.education) {
        const text = [entry.degree, entry.school].filter(Boolean).join(', ');
        add({ type: 'education', text, snippet: text, method: profile?.method ?? 'structure' });
      }
    }

    return {
      url: cleanText(pageUrl?.href ?? url, 2_000),
      title: cleanText(meta.title || lines.find((line) => line.heading === 1)?.text),
      kind,
      ...(meta.language ? { language: meta.language.slice(0, 20) } : {}),
      partial: truncated || outOfTime(),
      people,
      ...(person ? { person } : {}),
      ...(organization.organization ? { organization: organization.organization } : {}),
      ...(job?.job ? { job: job.job } : {}),
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
