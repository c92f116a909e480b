import type { Job } from '@/lib/schema/capture';
import { urlKind } from './classify';
import { toIsoDate } from './dates';
import type { PageMeta } from './meta';
import type { PageKindReader, PreparedPage } from './page';
import { placeInText, postalAddress } from './places';
import { sectionItems, sectionsMatching } from './sections';
import { type LinkedNode, nodesOfType, type StructuredData, textOf, textsOf } from './structured-data';
import { cleanText, findLine, MAX_LONG, neverOutOfTime, type OutOfTime, type TextLine } from './text';
import { hasTitleWord } from './titles';

// Headings of duties and of requirements, whatever the wording, in the languages Dossier reads.
const responsibilitiesHeading =
  /respons[ai]bil|what you.{0,6}do\b|what you.{0,12}working on|duties|your role|the role|role overview|day to day|your impact|involve|aufgaben|rolle|atividades|obowiąz|zadania|missions|(?:votre|ta|vos|your) missions?|tâches|du poste|funciones|wat ga je doen/i;
const requirementsHeading =
  /requi|quali|what you.{0,5}(?:bring|need|have)|looking for|skills|exper|about you|who you are|you (?:have|are)|must.?have|nice to|attributes|anforderung|mitbring|profi|perfil|wymagania|oczekujemy|compétences|savoir-faire|savoir-être/i;
const employmentTypes =
  /\b(?:full[- ]?time|part[- ]?time|contract(?:or)?|temporary|permanent|casual|freelance|internship|apprenticeship|vollzeit|teilzeit|befristet|unbefristet|tempo integral|meio período|pełny etat|umowa o pracę|cdi|cdd)\b/i;
const salaryPattern =
  /(?:[$€£]|\b(?:usd|eur|gbp|aud|chf|pln|zł)\s?)\s?\d[\d,.]*\s?k?(?:\s*(?:-|–|to|bis)\s*[$€£]?\s?\d[\d,.]*\s?k?)?(?:\s*(?:a|per|\/)\s*(?:year|annum|yr|hour|hr|month|week|day))?/i;
/**
 * An amount in a line that is pay: not a price per unit ("$0.02 per GB"), not funding ("$30 million"),
 * and at least what an hour of work pays.
 */
function payIn(text: string): string | undefined {
  const match = salaryPattern.exec(text);
  if (!match) return undefined;
  const after = text.slice((match.index ?? 0) + match[0].length);
  if (/^\s*(?:per|\/|a)\s*(?!year|annum|yr|hour|hr|month|week|day)\p{L}/iu.test(after)) return undefined;
  if (/^\s*(?:m|mn|mm|million|b|bn|billion|mio|mrd|milliard)\b/i.test(after)) return undefined;
  const amount = Number(
    /\d[\d,.]*/
      .exec(match[0])?.[0]
      .replace(/,(?=\d{3}\b)/g, '')
      .replace(/,/g, '.'),
  );
  return /\d\s?k/i.test(match[0]) || amount >= 7 ? match[0] : undefined;
}
const hours =
  /\b(?:full[- ]?time|part[- ]?time|vollzeit|teilzeit|temps (?:plein|partiel)|tiempo (?:completo|parcial)|voltijd|deeltijd)\b/i;
const workplaceLine =
  /^(?:fully |100\s?% )?(?:remote|hybrid|on-?site|in-office|homeoffice|télétravail|teletrabajo|remoto)\b/i;
const salaryLabel = /^(?:salary|gehalt|vergütung|salaire|rémunération|salario|salário|salaris|wynagrodzenie)\s*:?\s*/i;
const locationLabel =
  /^(?:(?:job |work )?location|standort|arbeitsort|localização|local|lokalizacja|miejsce pracy|lieu)\s*:?\s*/i;

const postingPart = new RegExp(`${responsibilitiesHeading.source}|${requirementsHeading.source}`, 'i');

/**
 * How much the page's sections look like a job posting's: 1 for headed duties, 1 for headed requirements
 * (an "Experience" heading alone is a profile's as much as a posting's). Tabbed postings count too.
 */
export function countJobSections(lines: TextLine[], tabs: Titled[] = []): number {
  const parts = [...titledLists(lines), ...tabs].filter(([title, items]) => items.length && title.length <= 80);
  return (
    Number(parts.some(([title]) => responsibilitiesHeading.test(title))) +
    Number(parts.some(([title]) => requirementsHeading.test(title) && !/^exper/i.test(title)))
  );
}

export interface JobResult {
  job?: Job;
  method: 'json-ld' | 'microdata' | 'structure';
}

/** A titled list: a section of the page, a tab of a tabbed posting, or a part of a JSON-LD description. */
type Titled = [heading: string, items: string[]];

/** A job posting: from schema.org JobPosting when the page has it, else from its headings and lists. */
export function readJob(
  data: StructuredData,
  meta: PageMeta,
  lines: TextLine[],
  outOfTime: OutOfTime = neverOutOfTime,
  page?: Pick<PreparedPage, 'reading' | 'url'>,
): JobResult {
  const node = nodesOfType(data, 'JobPosting')[0];
  const fromData = node?.['@from'];
  const reading = page?.reading;
  const parts = [
    ...titledLists(lines),
    ...(reading?.tabs ?? []),
    ...(reading?.descriptionLines.length ? titledLists(reading.descriptionLines) : []),
  ];
  const responsibilities = listsUnder(parts, responsibilitiesHeading);
  const requirements = listsUnder(parts, requirementsHeading, responsibilities);

  const title = cleanText(withoutHiringWords(textOf(node?.title) || pageTitle(lines, meta)));
  if (!title) return { method: 'structure' };

  // A short line that states the terms, else a longer one that names the hours ("Full time position with …").
  const typeLine =
    lines.find((line) => line.text.length <= 60 && employmentTypes.test(line.text))?.text ??
    lines.find((line) => line.text.length <= 160 && hours.test(line.text))?.text.match(hours)?.[0];
  const location =
    jobLocation(node) ||
    labelledValue(lines, locationLabel) ||
    (reading?.locationTag ?? '') ||
    placeBesideTerms(typeLine) ||
    // A place the posting's own text gives the office: "Interest in working on-site at our office in Troy, NY".
    officePlace(lines) ||
    // A posting that names no place may still say how the work is done: "Hybrid on-site and remote telework".
    cleanText(lines.find((line) => line.text.length <= 80 && workplaceLine.test(line.text))?.text.replace(/\.$/, '')) ||
    // Else the employer's own address, on its own careers site: where the job is when it says no more.
    (page?.url && !urlKind(new URL('/', page.url)) ? (postalAddress(meta.address)?.city ?? '') : '');
  const company =
    textOf(resolve(data, node?.hiringOrganization)) ||
    companyNearTitle(lines, title, location) ||
    (reading ? siteBrand(meta, title, page?.url) : '');
  const employmentType =
    textsOf(node?.employmentType).map(humanize).join(', ') ||
    (typeLine?.includes(':') ? typeLine.split(':').pop() : typeLine?.match(employmentTypes)?.[0]);
  const salary =
    salaryText(node?.baseSalary) ||
    labelledAmount(labelledValue(lines, salaryLabel)) ||
    findLine(lines, (line) => !!payIn(line.text), outOfTime)?.text.match(salaryPattern)?.[0];
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
      responsibilities: responsibilities.map((item) => cleanText(item, MAX_LONG)),
      requirements: requirements.map((item) => cleanText(item, MAX_LONG)),
    },
  };
}

/**
 * The place on the line that states the terms, when nothing else is on it: "Islamabad, Pakistan | Full
 * Time", "Full-Time, San Francisco Bay Area & Remote".
 */
function placeBesideTerms(typeLine: string | undefined): string {
  if (!typeLine || typeLine.includes(':')) return '';
  const rest = typeLine
    .replace(employmentTypes, ' ')
    .replace(/^[\s,|·•–—-]+|[\s,|·•–—-]+$/g, '')
    .replace(/\s*[|·•]\s*/g, ', ')
    .trim();
  const words = rest.split(/\s+/);
  return rest.length >= 3 &&
    rest.length <= 60 &&
    words.length <= 7 &&
    /^\p{Lu}/u.test(rest) &&
    !/\d/.test(rest) &&
    !hasTitleWord(rest) &&
    !employmentTypes.test(rest)
    ? rest
    : '';
}

function officePlace(lines: TextLine[]): string {
  for (const line of lines) {
    const place = line.text.length <= 400 ? placeInText(line.text) : undefined;
    if (place) return place;
  }
  return '';
}

/**
 * The posting's title: the main heading the document's title repeats ("Jobs at Acme: Engineer" picks the
 * h1 "Engineer" over a banner's "Join Acme"), else the first main heading, else the title's first part.
 */
function pageTitle(lines: TextLine[], meta: PageMeta): string {
  // A heading that says whom it is open to ("IT-Techniker (m/w/d)", "Développeur (H/F)") is the role,
  // under any banner ("Jobs & Karriere", "Stellenangebot").
  const tagged = lines.find((line) => line.heading > 0 && line.text.length <= 120 && genderTag.test(line.text));
  if (tagged) return tagged.text;
  // A page whose main heading is an h2 under a logo still names the role in both.
  const level = lines.some((line) => line.heading === 1) ? 1 : 2;
  const headings = lines.filter((line) => line.heading === level).map((line) => line.text);
  const inTitle = headings
    .filter((text) => meta.documentTitle.toLowerCase().includes(text.toLowerCase()))
    .sort((a, b) => b.length - a.length)[0];
  return inTitle ?? headings[0] ?? meta.title.split(/\s+[|–—-]\s+/)[0] ?? '';
}

const genderTag = /\((?:[mwfdhx]|div)(?:\s*\/\s*(?:[mwfdhx]|div|divers)){1,2}\)|\((?:all genders|gn\*?)\)/i;

// How a careers page leads into the role it offers: "We are hiring: ", "Nous recherchons un·e ", "Wir suchen".
const hiringWords =
  /^(?:(?:we(?:'re| are)|(?:[\p{Lu}][\p{L}&.]*\s){1,3}is) (?:hiring|looking for|seeking|searching for)(?: an?\b)?|join (?:us|our team) as(?: an?\b)?|nous recherchons|nous recrutons|on recrute|wir suchen|buscamos|estamos buscando|procuramos|wij zoeken|we zoeken|szukamy)[\s:,-]+(?:(?:un|une|un·e|un\(e\)|eine?n?|eine\*n|einen\/eine|una?|een)\s+)?/iu;

/** The role a title names, without the words that announce it ("Nous recherchons un·e Développeur" → "Développeur"). */
function withoutHiringWords(title: string): string {
  const role = title.replace(hiringWords, '');
  return role.length >= 3 && role !== title ? role.charAt(0).toUpperCase() + role.slice(1) : title;
}

// Kind detection and the reader both ask for a page's sections: they are found once per page.
const titledOfLines = new WeakMap<TextLine[], Titled[]>();

/** The page's sections, each with its list items (items in a heading inside an <li> too) or its lines. */
function titledLists(lines: TextLine[]): Titled[] {
  const known = titledOfLines.get(lines);
  if (known) return known;
  const titled = sectionsMatching(lines, postingPart).map((section): Titled => {
    const listed = section.lines.filter((line) => line.inList);
    return [section.heading.text, listed.length >= 2 ? listed.map((line) => line.text) : sectionItems(section)];
  });
  titledOfLines.set(lines, titled);
  return titled;
}

/** The items of every part whose heading matches, in page order, each item once. */
function listsUnder(parts: Titled[], heading: RegExp, taken: string[] = []): string[] {
  const items = new Set<string>();
  for (const [title, list] of parts) {
    if (title.length > 80 || !heading.test(title)) continue;
    for (const item of list) if (item.length >= 8 && !taken.includes(item)) items.add(item);
  }
  return [...items].slice(0, 40);
}

/** A node a property points to by `@id` ({"@id": "#org"}), or the value itself. */
function resolve(data: StructuredData, value: unknown): unknown {
  const id = (value as Record<string, unknown> | undefined)?.['@id'];
  return (id && !textOf(value) && data.nodes.find((node) => node['@id'] === id)) || value;
}

/** A short line right under the title, as job boards print the employer: not a label, not a sentence. */
function companyNearTitle(lines: TextLine[], title: string, location: string): string {
  const index = lines.findIndex((line) => line.heading === 1 && line.text.endsWith(title));
  if (index < 0) return '';
  const next = lines.slice(index + 1, index + 4).find((line) => line.text.length <= 60 && !/\d/.test(line.text));
  return next &&
    !next.heading &&
    !next.text.includes(':') &&
    next.text !== location &&
    next.text.split(' ').length <= 6 &&
    // A name of several words starts them with capitals ("Acme Health", "Banco do Brasil"); a sentence does not.
    !(next.text.includes(' ') && next.text.split(' ').some((word) => /^\p{Ll}/u.test(word) && word.length > 3)) &&
    !employmentTypes.test(next.text)
    ? next.text.replace(/^at\s+/i, '')
    : '';
}

/**
 * The employer a company's own careers site names: its logo's text, its site name, or the part of its
 * title that is not the job's. Never a job board's own name.
 */
function siteBrand(meta: PageMeta, title: string, url: URL | undefined): string {
  // A job board's own name and title are never the employer's.
  if (meta.logo || (url && urlKind(new URL('/', url)))) return meta.logo;
  const parts = meta.documentTitle.split(/\s+(?:[|–—·•»:]|::)\s+|\s+-\s+/);
  const fromTitle = parts.length > 1 ? (parts.find((part) => !part.includes(title)) ?? '') : '';
  return (meta.siteName || fromTitle).replace(/\s+(?:careers?|jobs|karriere)$/i, '');
}

/** Where the job is: its places, or "Remote" (with the countries it is open to) for a remote job. */
function jobLocation(node: LinkedNode | undefined): string {
  if (!node) return '';
  const places = (Array.isArray(node.jobLocation) ? node.jobLocation : [node.jobLocation]).slice(0, 10).map(place);
  if (/telecommute/i.test(textOf(node.jobLocationType))) {
    const regions = textsOf(node.applicantLocationRequirements).join(', ');
    places.push(regions ? `Remote (${regions})` : 'Remote');
  }
  return [...new Set(places.filter(Boolean))].join('; ');
}

function place(value: unknown): string {
  const record = value as Record<string, unknown> | undefined;
  if (!record || typeof record !== 'object') return textOf(value);
  const address = record.address as Record<string, unknown> | string | undefined;
  if (!address || typeof address === 'string') return textOf(address ?? record.name);
  const locality = [address.addressLocality, address.addressRegion, address.postalCode]
    .map((part) => textOf(part))
    .filter(Boolean)
    .join(' ');
  return [locality, textOf(address.addressCountry)].filter(Boolean).join(', ');
}

function labelledValue(lines: TextLine[], label: RegExp): string {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as TextLine;
    if (line.text.length > 120 || !label.test(line.text)) continue;
    const inline = line.text.replace(label, '').trim();
    if (inline) return inline;
    const next = lines[index + 1];
    if (next && next.text.length <= 120) return next.text;
  }
  return '';
}

/** A labelled salary's amount ("Salary range $95,000 - $120,000" → the range); a label's words else. */
function labelledAmount(text: string): string {
  return text.match(salaryPattern)?.[0] ?? text;
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

const applyCall =
  /^(?:apply(?: now| here| online| for this (?:job|position|role))?|submit (?:your )?application|postuler|candidater|jetzt bewerben|bewerben|solicitar|aplicar|inscr[ií]bete|solliciteer|aplikuj)\b/i;
const resumeField = /\b(?:r[ée]sum[ée]|cv|lebenslauf|curriculum)\b/i;

/** A heading or button that asks for an application, or a form's field for a résumé: a posting's own parts. */
function isApplication(line: TextLine): boolean {
  if (line.text.length > 40) return false;
  if (line.ownerTag === 'LABEL') return resumeField.test(line.text);
  return (line.heading > 0 || line.ownerTag === 'BUTTON') && applyCall.test(line.text);
}

/** Whether the page's own parts make it a posting: headed duties and requirements, or either and a way to apply. */
export function looksLikePosting(lines: TextLine[], tabs: Titled[] = []): boolean {
  return countJobSections(lines, tabs) + (lines.some(isApplication) ? 1 : 0) >= 2;
}

/** A job posting: its employer, location, terms, responsibilities and requirements. */
export const jobPage: PageKindReader = {
  kind: 'job',
  detect: (page) => {
    const sections = countJobSections(page.lines, page.reading.tabs);
    return (
      (nodesOfType(page.data, 'JobPosting').length ? 6 : 0) +
      (sections > 1 ? 4 : sections) +
      (page.lines.some(isApplication) ? 1 : 0)
    );
  },
  read: (page) => {
    const { job, method } = readJob(page.data, page.meta, page.lines, page.outOfTime, page);
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
