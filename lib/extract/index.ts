import type { Capture, CapturedFact, OrganizationInfo } from '@/lib/schema/capture';
import type { PageReading } from '@/lib/schema/page-reading';
import { classifyPage, urlKind } from './classify';
import { readCulture } from './culture';
import { jobPage } from './job';
import { newsPage } from './news';
import { companyPage, readOrganization } from './organization';
import type { PageKindReader, PreparedPage } from './page';
import { teamPage } from './people';
import { looksLikeProfile, profilePage } from './person';
import { CAPTURE_BUDGET_MS, parseUrl, type ReadOptions, readPage } from './read-page';
import { cleanText, MAX_LONG } from './text';

export { readPage };

export interface ExtractOptions extends ReadOptions {
  /** The capture time, in milliseconds since the epoch: the extractor reads no clock of its own for it. */
  now: number;
}

const MAX_FACTS = 200;

/**
 * The kinds of page, each one module with its detect and read. Listed in the order that settles a tie.
 * A new kind is a new module here.
 */
export const pageKinds: readonly PageKindReader[] = [teamPage, profilePage, jobPage, companyPage, newsPage];

/**
 * Reads one page into a capture: its kind, the people it presents, the person, company, job or news it
 * is about, its culture figures, and every fact with the snippet and method it came from. Pure: no
 * browser API, no storage, no network. Never throws: a page it cannot read gives an empty capture.
 * In the extension the two halves run apart: readPage inside the page, readCapture in the extension.
 */
export function extractPage(doc: Document, url: string, options: ExtractOptions): Capture {
  return readCapture(readPage(doc, url, options), options);
}

/**
 * A capture from a page's reading: its kind, and what the reader of that kind, the organization's and
 * the culture's readers find in it, within what is left of the capture's budget. Never throws.
 */
export function readCapture(reading: PageReading, options: ReadOptions = {}): Capture {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const budget = (options.budgetMs ?? CAPTURE_BUDGET_MS) - reading.spentMs;
  // Once any reader has seen the budget spent, every later one stops early too, and the capture says so.
  let ranOut = false;
  const outOfTime = () => {
    if (!ranOut && clock() - started > budget) ranOut = true;
    return ranOut;
  };
  const pageUrl = parseUrl(reading.url);
  const { meta, lines, people } = reading;
  if (reading.failed) return { ...emptyCapture(reading.url, meta.documentTitle), people };
  // A "page not found" is the site's, not the page the user meant: nothing on it is kept as research.
  if (isErrorPage(meta.documentTitle, lines))
    return { ...emptyCapture(reading.url, meta.documentTitle), partial: false };
  try {
    const data = { nodes: reading.nodes };
    const page: PreparedPage = {
      url: pageUrl,
      meta,
      data,
      lines,
      people,
      reading,
      hasProfile: looksLikeProfile(data, lines, reading.card, meta.documentTitle),
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
      url: cleanText(pageUrl?.href ?? reading.url, 2_000),
      title: cleanText(meta.title || lines.find((line) => line.heading === 1)?.text),
      kind,
      ...(meta.language ? { language: meta.language.slice(0, 20) } : {}),
      partial: reading.partial || outOfTime(),
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
    return { ...emptyCapture(reading.url, meta.documentTitle), people };
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

const errorPageTitle =
  /^(?:error\s*)?404\b|^(?:page|file)?\s*not found\b|^seite nicht gefunden|^page (?:introuvable|non trouvée)|^página no encontrada|^pagina niet gevonden|^nie znaleziono strony|^página não encontrada/i;

/** Whether the page is a site's error page: its title, or its main heading, is that the page was not found. */
function isErrorPage(documentTitle: string, lines: PageReading['lines']): boolean {
  const heading = lines.find((line) => line.heading === 1)?.text ?? '';
  return [documentTitle.split(/\s+[|–—·:-]\s+/)[0] ?? '', heading].some(
    (text) => text.length <= 40 && errorPageTitle.test(text.trim()),
  );
}

function emptyCapture(url: string, title: string): Capture {
  return {
    url: cleanText(url, 2_000),
    title: cleanText(title),
    kind: 'other',
    partial: true,
    people: [],
    culture: { words: 0, wePerThousand: 0, iPerThousand: 0, youPerThousand: 0, valuesWords: [] },
    facts: [],
  };
}
