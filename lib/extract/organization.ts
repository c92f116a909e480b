import type { OrganizationInfo } from '@/lib/schema/capture';
import { titleSays, urlKind } from './classify';
import { toIsoDate } from './dates';
import { looksLikePosting } from './job';
import type { PageMeta } from './meta';
import { isGenericLabel } from './names';
import type { PageKindReader } from './page';
import { isPlaceLine, postalAddress } from './places';
import { sectionsMatching } from './sections';
import { type LinkedNode, nodesOfType, type StructuredData, textOf } from './structured-data';
import {
  cleanText,
  findLine,
  firstSentence,
  MAX_LINE,
  MAX_LONG,
  neverOutOfTime,
  type OutOfTime,
  type TextLine,
  timeUp,
  webAddress,
} from './text';

export const organizationTypes = [
  'Organization',
  'Corporation',
  'LocalBusiness',
  'EducationalOrganization',
  'CollegeOrUniversity',
  'NGO',
  'GovernmentOrganization',
  'NewsMediaOrganization',
];

/** A title or main heading that names the company's own page about itself or about working there. */
const ownPageTitle =
  /\b(?:about|mission|values|who we are|our company|careers?|working (?:at|for)|join (?:us|our team)|über uns|karriere|sobre|o nas|qui sommes|rejoignez-nous|quienes somos|trabaja con nosotros|over ons|werken bij)\b/;

const missionHeading =
  /^(?:our |the |unsere |nossa |notre |nuestra |nasza |onze )?(?:mission(?: statement)?|missão|misja|misión|missie|leitbild|purpose|zweck|ziel|ziele)\b/i;
const visionHeading =
  /^(?:our |the |unsere |nossa |notre |nuestra |nasza |onze )?(?:vision|visão|wizja|visión|visie)\b/i;
const valuesHeading =
  /^(?:our |core |company |unsere |nossos |nos |nuestros |nasze |onze )?(?:values|core values|werte|valores|wartości|valeurs|waarden|principles|grundsätze|werte & kultur|culture & values)\b|\b(?:values|werte|valores|wartości|valeurs|waarden|principles|prinzipien|principes|principios)\b|^(?:what we (?:stand for|believe(?: in)?)|what drives us|wofür wir stehen|was uns (?:ausmacht|antreibt)|woran wir glauben|ce (?:en quoi nous croyons|que nous défendons)|nos engagements|en (?:lo )?que creemos|lo que nos (?:define|mueve)|waar (?:wij|we) voor staan|waar (?:wij|we) in geloven|how we work|the way we work|wie wir arbeiten|so arbeiten wir|zo werken (?:wij|we)|zo werkt \S+|notre façon de travailler|comment nous travaillons|cómo trabajamos|nuestra forma de trabajar)\b/i;
/** With mission, vision and values, the headings only a company's own page has ("Nuestra historia"). */
const historyHeading =
  /^(?:our |unsere |notre |nuestra |onze )?(?:history|geschichte|histoire|historia|geschiedenis)\b/i;
// "founded in 2011", "1993 gegründete", "opgericht in 1990", "fondée en 1987", "startet opp i 2016".
const foundedWord =
  'founded|established|incorporated|gegründet\\w*|gründung|fundad[ao]|creada|założona|fondée?|créée?|opgericht|grunnlagt|startet(?: opp)?|etablert|grundades|grundat|stiftet';
const foundedSentence = new RegExp(
  String.raw`\b(?:(?:${foundedWord})(?:\s+(?:in(?: the year)?|en(?: el año| l['’]an)?|el año|em|no ano|i|im jahr(?:e)?|w roku))?\s+((?:1[89]|20)\d{2})|((?:1[89]|20)\d{2})\s*(?:${foundedWord}))\b`,
  'i',
);
const operatingSince =
  /(?:^|\.\s)(?:since|seit|depuis|desde|sinds)\s+((?:1[89]|20)\d{2}),?\s+(?:we|we've|our|wir|unser\w*|nous|notre|hemos|nuestr[oa]s?|wij|onze)\b/i;
const missionSentence =
  /\b(?:our mission is|our purpose is|our (?:goal|aim) is|notre objectif est|nuestro objetivo es|we exist to|we exist so|unser ziel ist|unsere mission ist|nossa missão é|naszą misją jest|notre mission est|la mission d['’]|nuestra misión es|(?:notre raison d['’]être|nuestro propósito|onze missie|ons doel|vårt formål|vår misjon|vores mission|vårt syfte) (?:est|es|is|er|är)|(?:a|et|ett|een|un|une) (?:clear|klart|tydelig|tydligt|duidelijk|clair|claro) (?:purpose|formål|syfte|doel|objectif|propósito))/i;
/** An opening that says the company's purpose in another sentence's middle ("… med et klart formål – å …"). */
const purposeInside = /^(?:a|et|ett|een|un|une) (?:clear|klart|tydelig|tydligt|duidelijk|clair|claro) /i;
const labelled: [keyof OrganizationInfo, RegExp][] = [
  [
    'founded',
    /^(?:founded|year founded|gegründet|gründung|fundação|fundada em|założona|rok założenia|fondée|fundada)\b/i,
  ],
  ['headquarters', /^(?:headquarters|head office|hq|hauptsitz|sitz|firmensitz|sede|siedziba|siège)\b/i],
  ['industry', /^(?:industry|industries|branche|setor|indústria|branża|secteur|sector)\b/i],
  [
    'size',
    /^(?:company size|size|employees|mitarbeiter|unternehmensgröße|tamanho|funcionários|wielkość firmy|taille)\b/i,
  ],
  ['website', /^(?:website|webseite|site|strona)\b/i],
];

// Digits as postcodes write them: a quick test before an address is looked for.
const postcodeLike = /\d{4}|\d{2}-\d{3}|\d{3}\s\d{2}/;

const longFields = new Set<keyof OrganizationInfo>(['description', 'mission', 'vision']);

export interface OrganizationResult {
  organization?: OrganizationInfo;
  /** Which rung found each field. */
  methods: Partial<Record<keyof OrganizationInfo, 'json-ld' | 'microdata' | 'meta' | 'structure' | 'text'>>;
  snippets: Partial<Record<keyof OrganizationInfo, string>>;
}

/** The company the page is about or belongs to, and what it says about itself. */
export function readOrganization(
  data: StructuredData,
  meta: PageMeta,
  lines: TextLine[],
  options: {
    preferredName?: string;
    describesCompany: boolean;
    host?: string;
    outOfTime?: OutOfTime;
  },
): OrganizationResult {
  const { preferredName } = options;
  const outOfTime = options.outOfTime ?? neverOutOfTime;
  const methods: OrganizationResult['methods'] = {};
  const snippets: OrganizationResult['snippets'] = {};
  const candidates = nodesOfType(data, ...organizationTypes).filter((node) => textOf(node.name));
  const node: LinkedNode | undefined =
    candidates.find((candidate) => preferredName && sameName(textOf(candidate.name), preferredName)) ??
    candidates.find((candidate) => meta.siteName && sameName(textOf(candidate.name), meta.siteName)) ??
    candidates[0];
  const from = node?.['@from'];

  const info: Partial<OrganizationInfo> = { values: [] };
  const set = (
    field: keyof OrganizationInfo,
    value: string,
    method: NonNullable<typeof from> | 'meta' | 'structure' | 'text',
    snippet = value,
  ) => {
    // Each field is cut to what the capture holds: a page's overlong value is shortened, never refused.
    const capped = cleanText(value, longFields.has(field) ? MAX_LONG : MAX_LINE);
    if (!capped || info[field]) return;
    (info as Record<string, unknown>)[field] = capped;
    methods[field] = method;
    snippets[field] = snippet;
  };

  if (node && from) {
    set('name', textOf(node.name), from);
    set('description', textOf(node.description, MAX_LONG), from);
    set('founded', toIsoDate(textOf(node.foundingDate))?.slice(0, 4) ?? textOf(node.foundingDate), from);
    const address = node.address ?? (node.location as Record<string, unknown> | undefined)?.address;
    set('headquarters', addressText(address), from);
    set('industry', textOf(node.industry), from);
    set('size', sizeText(node.numberOfEmployees), from);
    const links = [node.url, node.sameAs].flat().slice(0, 50);
    set('website', links.map((link) => webAddress(textOf(link, MAX_LONG))).find(ownSite) ?? '', from);
  }
  // A business whose markup gives only its address (a LocalBusiness without a name) still says where it is.
  const place = nodesOfType(data, ...organizationTypes).find((candidate) => candidate.address);
  if (place) set('headquarters', addressText(place.address), place['@from']);
  if (info.name) info.name = info.name.replace(legalForm, '');
  const chosen = chooseName(meta, lines, options.host ?? '') ?? '';
  // The page's job or news names its company more fully ("Crunch.io" where the site says "Crunch"): one name.
  const fuller = preferredName && chosen && nameWords(chosen).every((word) => nameWords(preferredName).includes(word));
  set('name', fuller ? preferredName : chosen, 'meta');
  // A job board's or a newspaper's meta description is about the page, not the company.
  if (options.describesCompany) set('description', meta.description, 'meta');

  // Definition lists and label lines: "Founded 2011", "Headquarters: London".
  for (let index = 0; index < lines.length && !timeUp(index, outOfTime); index++) {
    const line = lines[index] as TextLine;
    if (line.text.length > 40) continue;
    for (const [field, pattern] of labelled) {
      if (info[field] || !pattern.test(line.text)) continue;
      const inline = line.text
        .replace(pattern, '')
        .replace(/^\s*:\s*/, '')
        .trim();
      const next = lines[index + 1];
      const value = inline || (next && next.text.length <= 120 ? next.text : '');
      if (field === 'founded' && !/\b(?:1[89]|20)\d{2}\b/.test(value)) continue;
      const stored = field === 'website' ? (webAddress(value, { bareDomain: true }) ?? '') : value;
      if (stored) set(field, stored, 'structure', `${line.text} ${inline ? '' : value}`.trim());
    }
  }

  // The site's own address says where the company sits, when the page is the company's own and says no
  // more ("Kampenringweg 45A 2803PE Gouda" in its footer); a newspaper's or a job board's is theirs.
  if (options.describesCompany && meta.address) {
    const city = postalAddress(meta.address)?.city ?? (isPlaceLine(meta.address) ? meta.address : '');
    set('headquarters', city, 'structure', meta.address);
  }
  // Else an address its text writes ("Adresse : 122, boulevard Raspail 75006 Paris").
  if (options.describesCompany && !info.headquarters) {
    const line = findLine(
      lines,
      (line) => postcodeLike.test(line.text) && postalAddress(line.text) !== undefined,
      outOfTime,
    );
    const address = line && postalAddress(line.text);
    if (address) set('headquarters', address.city, 'text', address.address);
  }

  const mission = sectionsMatching(lines, missionHeading)[0];
  const missionText = mission?.lines.find((line) => line.text.length >= 25 && line.heading === 0)?.text;
  if (mission && missionText) set('mission', firstSentence(missionText), 'structure', missionText);
  const vision = sectionsMatching(lines, visionHeading)[0];
  const visionText = vision?.lines.find((line) => line.text.length >= 10)?.text;
  if (vision && visionText) set('vision', firstSentence(visionText), 'structure', visionText);
  for (let index = 0; index < lines.length && !info.mission && !timeUp(index, outOfTime); index++) {
    const line = lines[index] as TextLine;
    const match = missionSentence.exec(line.text);
    // A purpose stated inside a sentence is that whole sentence; "Our mission is …" starts its own.
    const from = match && purposeInside.test(match[0]) ? line.text.lastIndexOf('. ', match.index) + 1 : match?.index;
    if (match) set('mission', firstSentence(line.text.slice(from).trim()), 'text', line.text);
  }
  const values = readValues(lines);
  if (values.names.length > 0) {
    info.values = values.names;
    methods.values = 'structure';
    snippets.values = values.snippet;
  }

  const foundedInText = findLine(lines, (line) => foundedSentence.test(line.text), outOfTime);
  if (foundedInText) {
    const found = foundedSentence.exec(foundedInText.text);
    const year = found?.[1] ?? found?.[2];
    if (year) set('founded', year, 'text', foundedInText.text);
  }

  // "Since 1999, we have …": a company that speaks of its own years since then was there by then.
  if (options.describesCompany && !info.founded) {
    const since = findLine(lines, (line) => operatingSince.test(line.text), outOfTime);
    const year = since && operatingSince.exec(since.text)?.[1];
    if (since && year) set('founded', year, 'text', since.text);
  }

  if (!info.name) return { methods, snippets };
  return {
    organization: {
      name: cleanText(info.name),
      ...Object.fromEntries(Object.entries(info).filter(([key, value]) => key !== 'name' && key !== 'values' && value)),
      values: info.values ?? [],
    } as OrganizationInfo,
    methods,
    snippets,
  };
}

const careersFolder = /\/(?:careers?|karriere|carreiras|kariera|carrieres|empleo)(?=\/|$)(.*)$/i;

/** Whether a path is a careers site's page: the careers folder itself, or a page below it that is no posting. */
function careersPage(path: string, isPosting: () => boolean): boolean {
  const below = careersFolder.exec(path)?.[1];
  return below !== undefined && (below === '' || below === '/' || !isPosting());
}

// Sites that keep a page about a company that is not the company's own website.
const platformHost =
  /(?:^|\.)(?:linkedin|facebook|twitter|x|instagram|youtube|glassdoor|crunchbase|xing|kununu|wikipedia|bloomberg)\.[a-z.]+$/i;

/** Whether an address is the company's own site, not a job board's or a network's page about it. */
function ownSite(address: string | undefined): address is string {
  if (!address) return false;
  const url = new URL(address);
  return !platformHost.test(url.hostname) && urlKind(new URL('/', url)) !== 'job';
}

const siteParts =
  /^(?:www\d?|m|en|de|fr|es|nl|investors?|ir|careers?|jobs|karriere|blog|news|newsroom|press|media|about|corporate|global|shop|store|info)$/i;
const legalForm = /[,\s]+(?:gmbh|ag|inc|llc|ltd|limited|plc|s\.?[al]|b\.?v|n\.?v|sarl|sas|pty|co)\.?$/i;
const nameWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The company's name from the page's witnesses (og:site_name, the title's parts, the logo's alt text,
 * the copyright holder, the name the domain spells in the text; the domain itself only backs others):
 * the one most others back; among equals the one two others write alike ("Hosparus Health" over
 * "Hosparus"), else the shortest ("Flux Federation" under "Flux Federation Energy Retail Software").
 * Witness order (rank) settles what is still tied, and a page that no witness backs keeps the old
 * order: site name, then the title's last part.
 */
function chooseName(meta: PageMeta, lines: TextLine[], host: string): string | undefined {
  // [name, rank]: 0 site, 1 title's last part, 2 logo, 3 copyright, 4 text, 5 other title part, 6 domain.
  const candidates: [string, number][] = [];
  const add = (name: string | undefined, rank: number) => {
    // "Rotoplas Investors", "Acme Careers": the name of a part of the site is its company's name and that part's.
    const clean = cleanText(name)
      .replace(legalForm, '')
      .replace(/[.,;:]+$/, '')
      .replace(/\s+(?:investors?|investor relations|careers?|jobs|karriere|newsroom|news|blog|press)$/i, '')
      .trim();
    if (clean.length >= 2 && clean.length <= 80 && !isGenericLabel(clean)) candidates.push([clean, rank]);
  };
  for (const title of new Set([meta.documentTitle, meta.title, meta.siteName])) {
    const parts = title.split(/\s+[|–—·•»:]\s+|\s+-\s+|\s*\/\/\s*/).filter(Boolean);
    // A site name that is the whole page title ("Leadership Team - Flux Federation") is only a title.
    if (title === meta.siteName && parts.length === 1) add(title, 0);
    // A title of one part is the page's own name ("Senior Developer Job in Gaithersburg"), not the site's;
    // a part that is a domain ("Quienes Somos – 41estudiolegal.com") only names the host.
    else if (parts.length > 1)
      parts.forEach(
        (part, index) =>
          void add(part, /^[\p{L}\d-]+(?:\.[a-z]{2,})+$/u.test(part) ? 6 : index === parts.length - 1 ? 1 : 5),
      );
  }
  add(meta.logo, 2);
  // The copyright holder: what follows the mark and its years, to a year or a separator.
  add(
    meta.copyright
      .replace(/^(?:©|\(c\)|copyright|[\s\d,–-])+/i, '')
      .split(/\s*[|.,•·]\s|\s[-–—]\s|\s(?:19|20)\d{2}\b/)[0],
    3,
  );
  // The company's own label, past a subdomain that names a part of its site: investors.rotoplas.com.
  const label = /^[\d.]+$|^\[|^localhost$/.test(host)
    ? ''
    : (host
        .split('.')
        .slice(0, -1)
        .find((part) => !siteParts.test(part)) ?? '');
  add(label, 6);
  const wanted = nameWords(label).join('');
  // The name the domain spells, as the page writes it: "41 Estudio Legal" for 41estudiolegal.com.
  for (const line of wanted.length < 4 ? [] : lines) {
    if (line.text.length > 400 || !nameWords(line.text).join('').includes(wanted)) continue;
    const words = line.text.split(/\s+/);
    const found = words.some((first, from) => {
      let spelled = '';
      for (let to = from; to < words.length && spelled.length < wanted.length; to++) {
        spelled += nameWords(words[to] as string).join('');
        if (spelled === wanted && /^[\p{Lu}\d]/u.test(first))
          return (
            add(
              words
                .slice(from, to + 1)
                .join(' ')
                .replace(/[^\p{L}\p{N}]+$/u, ''),
              4,
            ) ?? true
          );
      }
      return false;
    });
    if (found) break;
  }
  const agree = ([a, left]: [string, number], [b, right]: [string, number]) => {
    const [x, y] = [nameWords(a), nameWords(b)];
    const [short, long] = x.length <= y.length ? [x, y] : [y, x];
    const [p, q] = [x.join(''), y.join('')];
    // A domain spells the name without spaces: fluxfederation for "Flux Federation Energy Retail Software".
    return (
      short.every((word) => long.includes(word)) ||
      (p.length >= 4 &&
        q.length >= 4 &&
        (p === q || ((left === 6 || right === 6) && (p.startsWith(q) || q.startsWith(p)))))
    );
  };
  let best: string | undefined;
  let bestScore = -1e9;
  for (const candidate of candidates) {
    const [name, rank] = candidate;
    if (rank === 6) continue;
    const backers = new Set(
      candidates
        .filter((other) => other[1] !== rank && agree(candidate, other))
        .map((other) => (other[1] === 5 ? 1 : other[1])),
    ).size;
    const same = candidates.filter((other) => other !== candidate && other[1] < 6 && other[0] === name).length;
    const score = backers * 1e4 + (same >= 2 ? same * 1e3 : 0) - (backers ? nameWords(name).length * 10 : 0) - rank;
    if (score > bestScore) [best, bestScore] = [name, score];
  }
  return best ?? (label || undefined);
}

const MAX_VALUES = 12;

/** A short label: a value's name ("Ownership", "Grün & Fair"), not a sentence. */
function isLabel(text: string): boolean {
  return text.length >= 2 && text.length <= 40 && text.split(/\s+/).length <= 4 && !/[.!?,;]$/.test(text);
}

/**
 * The values under a values heading: list items, or labels each followed by a sentence that explains
 * it. The list ends at the first label without an explanation (the next part of the page).
 */
function readValues(lines: TextLine[]): { names: string[]; snippet: string } {
  const start = lines.findIndex(
    (line) =>
      // The page's own title is the section only on a page of values alone ("Our Values"): one over
      // mission, vision and values ("Mission, Vision & Values") has more in it than its values.
      (line.heading !== 1 || !/mission|vision|misi[oó]n|visi[oó]n|leitbild|purpose|\s[&+]\s|,/i.test(line.text)) &&
      line.text.length <= 40 &&
      valuesHeading.test(line.text) &&
      (line.heading > 0 || isLabel(line.text)),
  );
  if (start < 0) {
    // A heading of three or more one- or two-word sentences names the values: "People. Power. Possibility."
    const triad = lines.find(
      (line) => line.heading > 0 && /^(?:\p{Lu}\p{Ll}*(?: \p{Ll}+)?[.!] ?){3,5}$/u.test(line.text),
    );
    const names = triad?.text.split(/[.!] ?/).filter(Boolean) ?? [];
    return { names, snippet: triad?.text ?? '' };
  }
  const heading = lines[start] as TextLine;
  const after = lines.slice(start + 1, start + 1 + MAX_VALUES * 3);
  const names: string[] = [];
  const used: string[] = [];
  // The first list after the heading, to its end: the lists under each value's own heading explain it.
  const firstItem = after.findIndex((line, index) => line.blockTag === 'LI' && index < MAX_VALUES * 2);
  const listEnd = after.findIndex((line, index) => index > firstItem && (line.blockTag !== 'LI' || line.heading > 0));
  const items = firstItem < 0 ? [] : after.slice(firstItem, listEnd < 0 ? undefined : listEnd);
  if (items.length >= 2 && items.every((item) => item.text.length <= 200)) {
    for (const item of items.slice(0, MAX_VALUES)) {
      // A list item names its value first ("Own the outcome. We measure…"), in a few more words than a label.
      const name = item.text.split(/\s*[:–—]\s+|\.\s/)[0] ?? '';
      if (name.length <= 60 && name.split(/\s+/).length <= 6 && !/[.!?,;]$/.test(name)) names.push(cleanText(name));
      used.push(item.text);
    }
  } else {
    // Under a label that is no heading ("Was uns ausmacht" over "<h2>Drei Prinzipien.</h2>"), the first
    // heading that names no value sets the level at which the section ends.
    let level = heading.heading;
    for (let index = 0; index < after.length && names.length < MAX_VALUES; index++) {
      const line = after[index] as TextLine;
      if (level > 0 && line.heading > 0 && line.heading <= level) break;
      if (!level && line.heading > 0 && !isLabel(line.text)) level = line.heading;
      // Sentences between values (or an introduction before the first) are passed over.
      if (!isLabel(line.text)) continue;
      const explanation = after[index + 1];
      if (!explanation || explanation.text.length < 30 || isLabel(explanation.text)) break;
      names.push(cleanText(line.text));
      used.push(`${line.text}: ${explanation.text}`);
    }
  }
  return { names: [...new Set(names)], snippet: cleanText(used.join(' · '), MAX_LONG) };
}

function addressText(address: unknown): string {
  if (!address) return '';
  if (typeof address === 'string') return cleanText(address);
  const record = (Array.isArray(address) ? address[0] : address) as Record<string, unknown> | null;
  if (!record || typeof record !== 'object') return '';
  // A part the others already say ("Dubai, United Arab Emirates" and its country) and a country code go.
  let text = '';
  for (const part of [record.addressLocality, record.addressRegion, record.addressCountry]) {
    const value = textOf(part);
    if (value && !text.includes(`, ${value}`) && !/^[A-Z]{2,3}$/.test(value)) text = text ? `${text}, ${value}` : value;
  }
  return text;
}

function sizeText(value: unknown): string {
  if (!value) return '';
  if (typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (record.minValue !== undefined || record.maxValue !== undefined) {
      return [textOf(record.minValue), textOf(record.maxValue)].filter(Boolean).join('–');
    }
    return textOf(record.value);
  }
  return textOf(value);
}

function sameName(a: string, b: string): boolean {
  const simple = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return simple(a) === simple(b) || simple(a).startsWith(simple(b)) || simple(b).startsWith(simple(a));
}

/** A company's own page (about, mission, careers): its facts are read on every page, as the organization. */
export const companyPage: PageKindReader = {
  kind: 'company',
  detect: (page) =>
    (nodesOfType(page.data, 'AboutPage').length ? 3 : 0) +
    // A careers page may quote a few employees; it is still about the company.
    // Deeper down (/careers/software-engineer/) is a posting or a page of its own: its content says which.
    (page.url && careersPage(page.url.pathname, () => looksLikePosting(page.lines, page.reading.tabs)) ? 2 : 0) +
    (page.url && /(?:^|\.)linkedin\.com$/i.test(page.url.hostname) && /^\/company\//.test(page.url.pathname) ? 6 : 0) +
    (titleSays(page, ownPageTitle) ||
    page.lines.some((line) => line.heading === 1 && ownPageTitle.test(line.text.toLowerCase()))
      ? 2
      : 0) +
    // A heading or a bold label ("<strong>VISIÓN</strong>") for the company's mission, vision, values or history.
    (page.lines.some(
      (line) =>
        (line.heading > 0 || /^(?:STRONG|B)$/.test(line.ownerTag)) &&
        line.text.length <= 40 &&
        [missionHeading, visionHeading, valuesHeading, historyHeading].some((pattern) => pattern.test(line.text)),
    )
      ? 2
      : 0),
  read: () => ({ facts: [] }),
};
