import type { Job } from '@/lib/schema/capture';
import { toIsoDate } from './dates';
import type { PageMeta } from './meta';
import type { PageKindReader } from './page';
import { sectionItems, sectionsMatching } from './sections';
import { nodesOfType, type StructuredData, textOf, textsOf } from './structured-data';
import { cleanText, findLine, type Line, MAX_LONG, neverOutOfTime, type OutOfTime } from './text';

const responsibilitiesHeading =
  /responsibilit|what you(?:'|’)?ll do|what you will do|duties|your role|the role|role overview|day to day|your impact|aufgaben|deine rolle|ihre rolle|responsabilidades|atividades|obowiązki|zakres obowiązków|twoje zadania|missions|vos missions|tâches|funciones/i;
const requirementsHeading =
  /requirement|qualification|what you(?:'|’)?ll (?:bring|need)|what you (?:bring|need|have)|what we(?:'|’)?re looking for|what we are looking for|skills|experience|about you|who you are|you have|you are|must have|nice to have|anforderungen|ihr profil|dein profil|qualifikation|was du mitbringst|was sie mitbringen|requisitos|perfil|wymagania|oczekujemy|nasze wymagania|compétences|profil recherché/i;
const employmentTypes =
  /\b(?:full[- ]time|part[- ]time|contract(?:or)?|temporary|permanent|casual|freelance|internship|apprenticeship|full time employee|vollzeit|teilzeit|befristet|unbefristet|tempo integral|meio período|pełny etat|umowa o pracę|cdi|cdd)\b/i;
const salaryPattern =
  /(?:[$€£]|\b(?:usd|eur|gbp|aud|chf|pln|zł)\s?)\s?\d[\d,.]*\s?k?(?:\s*(?:-|–|to|bis)\s*(?:[$€£]|\b(?:usd|eur|gbp|aud|chf|pln)\s?)?\s?\d[\d,.]*\s?k?)?(?:\s*(?:a|per|\/)\s*(?:year|annum|yr|hour|hr|month|week|day))?/i;
const locationLabel =
  /^(?:location|job location|work location|standort|arbeitsort|localização|local|lokalizacja|miejsce pracy|lieu)\s*:?\s*/i;

// The headings a posting is made of, in the languages Dossier reads: how many a page has says how
// much it looks like a job posting.
const postingHeadings =
  /responsibilit|requirement|qualification|what you(?:'|’)?ll do|what you(?:'|’)?ll bring|about the job|job description|aufgaben|anforderungen|ihr profil|requisitos|responsabilidades|wymagania|obowiązki/i;

/** How many sections of the page are headed like a job posting's (responsibilities, requirements…). */
export function countJobSections(lines: Line[]): number {
  return sectionsMatching(lines, postingHeadings).length;
}

export interface JobResult {
  job?: Job;
  method: 'json-ld' | 'microdata' | 'structure';
}

/** A job posting: from schema.org JobPosting when the page has it, else from its headings and lists. */
export function readJob(
  data: StructuredData,
  meta: PageMeta,
  lines: Line[],
  outOfTime: OutOfTime = neverOutOfTime,
): JobResult {
  const node = nodesOfType(data, 'JobPosting')[0];
  const fromData = node ? (data.method.get(node) ?? 'json-ld') : undefined;
  const description = node ? htmlToLines(textOf(node.description, 200_000)) : [];

  const pageLines = lines;
  const responsibilities =
    listUnder(pageLines, responsibilitiesHeading) ?? listUnder(description, responsibilitiesHeading);
  const requirements = listUnder(pageLines, requirementsHeading) ?? listUnder(description, requirementsHeading);

  const h1 = pageLines.find((line) => line.heading === 1)?.text;
  const title = cleanText(textOf(node?.title) || h1 || meta.title.split(/\s+[|–—-]\s+/)[0]);
  if (!title) return { method: 'structure' };

  const company =
    textOf((node?.hiringOrganization as Record<string, unknown> | undefined)?.name ?? node?.hiringOrganization) ||
    companyNearTitle(pageLines, title);
  const location = jobLocation(node?.jobLocation) || labelledValue(pageLines, locationLabel);
  const employmentType =
    textsOf(node?.employmentType).map(humanize).join(', ') ||
    pageLines
      .find((line) => line.text.length <= 60 && employmentTypes.test(line.text))
      ?.text.match(employmentTypes)?.[0];
  const salary =
    salaryText(node?.baseSalary) ||
    findLine(pageLines, (line) => salaryPattern.test(line.text), outOfTime)?.text.match(salaryPattern)?.[0];
  const datePosted = toIsoDate(textOf(node?.datePosted)) ?? toIsoDate(meta.published);

  return {
    method: fromData ?? 'structure',
    job: {
      title,
      ...(company ? { company: cleanText(company) } : {}),
      ...(location ? { location: cleanText(location) } : {}),
      ...(employmentType ? { employmentType: cleanText(employmentType) } : {}),
      ...(datePosted ? { datePosted } : {}),
      ...(salary ? { salary: cleanText(salary) } : {}),
      responsibilities: (responsibilities ?? []).map((item) => cleanText(item, MAX_LONG)),
      requirements: (requirements ?? []).map((item) => cleanText(item, MAX_LONG)),
    },
  };
}

/** Job descriptions in JSON-LD are HTML in a string: read them as lines of text, never as markup. */
function htmlToLines(html: string): Line[] {
  if (!html) return [];
  const text = html
    .replace(/<(?:script|style)[^>]*>[\s\S]*?<\/(?:script|style)>/gi, ' ')
    .replace(/<li[^>]*>/gi, '\n\u2022 ')
    .replace(/<\/?(?:p|div|ul|ol|h[1-6]|br|tr|section|strong|b)[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"');
  // Lines from a string have no elements of their own: give them stand-ins that read as what they were.
  const stub = (tag: string) => ({ tagName: tag, textContent: '' }) as unknown as Element;
  return text
    .split('\n')
    .map((raw) => ({ raw, text: cleanText(raw) }))
    .filter((line) => line.text)
    .map(({ raw, text }) => {
      const isItem = raw.trimStart().startsWith('\u2022');
      const isLabel = !isItem && text.length <= 60 && (/:$/.test(text) || text.split(' ').length <= 5);
      const element = stub(isItem ? 'LI' : isLabel ? 'STRONG' : 'P');
      return { text: text.replace(/^\u2022\s*/, ''), block: element, owner: element, heading: 0 };
    });
}

function listUnder(lines: Line[], heading: RegExp): string[] | undefined {
  for (const section of sectionsMatching(lines, heading)) {
    const items = sectionItems(section).filter((item) => item.length >= 8);
    if (items.length > 0) return items;
  }
  return undefined;
}

function companyNearTitle(lines: Line[], title: string): string {
  const index = lines.findIndex((line) => line.heading === 1 && line.text === title);
  if (index < 0) return '';
  const next = lines.slice(index + 1, index + 4).find((line) => line.text.length <= 60 && !/\d/.test(line.text));
  return next && !employmentTypes.test(next.text) && !salaryPattern.test(next.text) ? next.text : '';
}

function jobLocation(value: unknown): string {
  const place = (Array.isArray(value) ? value[0] : value) as Record<string, unknown> | undefined;
  if (!place || typeof place !== 'object') return textOf(value);
  const address = place.address as Record<string, unknown> | string | undefined;
  if (!address || typeof address === 'string') return textOf(address ?? place.name);
  const locality = [address.addressLocality, address.addressRegion, address.postalCode]
    .map((part) => textOf(part))
    .filter(Boolean)
    .join(' ');
  const country = textOf(address.addressCountry);
  return [locality, country].filter(Boolean).join(', ');
}

function labelledValue(lines: Line[], label: RegExp): string {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.text.length > 120 || !label.test(line.text)) continue;
    const inline = line.text.replace(label, '').trim();
    if (inline) return inline;
    const next = lines[index + 1];
    if (next && next.text.length <= 120) return next.text;
  }
  return '';
}

function salaryText(value: unknown): string {
  if (!value || typeof value !== 'object') return textOf(value);
  const record = value as Record<string, unknown>;
  const currency = textOf(record.currency);
  const amount = (record.value ?? {}) as Record<string, unknown>;
  const format = (number: unknown) => {
    const parsed = Number(textOf(number));
    return Number.isFinite(parsed) && parsed > 0 ? parsed.toLocaleString('en-US') : '';
  };
  const low = format(amount.minValue ?? amount.value);
  const high = format(amount.maxValue);
  if (!low) return '';
  const unit = textOf(amount.unitText).toLowerCase();
  return `${[low, high].filter(Boolean).join(' - ')}${currency ? ` ${currency}` : ''}${unit ? ` a ${unit}` : ''}`;
}

function humanize(value: string): string {
  return value
    .replace(/_/g, '-')
    .toLowerCase()
    .replace(/^\w/, (first) => first.toUpperCase());
}

/** A job posting: its employer, location, terms, responsibilities and requirements. */
export const jobPage: PageKindReader = {
  kind: 'job',
  detect: (page) =>
    (nodesOfType(page.data, 'JobPosting').length ? 6 : 0) +
    (page.jobSections >= 2 ? 4 : page.jobSections === 1 ? 1 : 0),
  read: (page) => {
    const { job, method } = readJob(page.data, page.meta, page.lines, page.outOfTime);
    if (!job) return { facts: [] };
    const { title, company, location } = job;
    return {
      job,
      organizationName: company,
      facts: [
        { type: 'job', text: [title, company, location].filter(Boolean).join(' · '), snippet: title, method },
        ...job.responsibilities.map((item) => ({
          type: 'responsibility' as const,
          text: item,
          snippet: item,
          method: 'structure' as const,
        })),
        ...job.requirements.map((item) => ({
          type: 'requirement' as const,
          text: item,
          snippet: item,
          method: 'structure' as const,
        })),
      ],
    };
  },
};
