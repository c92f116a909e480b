import type { OrganizationInfo } from '@/lib/schema/capture';
import { titleSays } from './classify';
import { toIsoDate } from './dates';
import { type PageMeta, siteNameFromTitle } from './meta';
import type { PageKindReader } from './page';
import { sectionsMatching } from './sections';
import { type LinkedNode, nodesOfType, type StructuredData, textOf } from './structured-data';
import {
  cleanText,
  findLine,
  firstSentence,
  type Line,
  MAX_LINE,
  MAX_LONG,
  neverOutOfTime,
  type OutOfTime,
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

const missionHeading =
  /^(?:our |the |unsere |nossa |notre |nuestra |nasza )?(?:mission(?: statement)?|missão|misja|misión|leitbild|purpose|zweck|ziel|ziele)\b/i;
const visionHeading = /^(?:our |the |unsere |nossa |notre |nuestra |nasza )?(?:vision|visão|wizja|visión)\b/i;
const valuesHeading =
  /^(?:our |core |company |unsere |nossos |nos |nuestros |nasze )?(?:values|core values|werte|valores|wartości|valeurs|principles|grundsätze|werte & kultur|culture & values)\b|\b(?:values|werte|valores|wartości|valeurs)$/i;
const missionSentence =
  /\b(?:our mission is|our purpose is|we exist to|we exist so|unser ziel ist|unsere mission ist|nossa missão é|naszą misją jest|notre mission est|nuestra misión es)\b/i;
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
  lines: Line[],
  options: { preferredName?: string; describesCompany: boolean; host?: string; outOfTime?: OutOfTime },
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
  const from = node ? (data.method.get(node) ?? 'json-ld') : undefined;

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
    set('website', links.map((link) => webAddress(textOf(link, MAX_LONG))).find(Boolean) ?? '', from);
  }
  set('name', meta.siteName, 'meta');
  set('name', siteNameFromTitle(meta.documentTitle), 'meta');
  set('name', siteNameFromTitle(meta.title), 'meta');
  // Last resort: the site's domain ("acme" for www.acme.example), so what the page says is kept.
  if (options.host && !/^[\d.]+$|^\[|^localhost$/.test(options.host)) {
    set('name', options.host.replace(/^www\d?\./, '').split('.')[0] ?? '', 'meta');
  }
  // A job board's or a newspaper's meta description is about the page, not the company.
  if (options.describesCompany) set('description', meta.description, 'meta');

  // Definition lists and label lines: "Founded 2011", "Headquarters: London".
  for (let index = 0; index < lines.length && !timeUp(index, outOfTime); index++) {
    const line = lines[index] as Line;
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

  const mission = sectionsMatching(lines, missionHeading)[0];
  const missionText = mission?.lines.find((line) => line.text.length >= 25 && line.heading === 0)?.text;
  if (mission && missionText) set('mission', firstSentence(missionText), 'structure', missionText);
  const vision = sectionsMatching(lines, visionHeading)[0];
  const visionText = vision?.lines.find((line) => line.text.length >= 10)?.text;
  if (vision && visionText) set('vision', firstSentence(visionText), 'structure', visionText);
  for (let index = 0; index < lines.length && !info.mission && !timeUp(index, outOfTime); index++) {
    const line = lines[index] as Line;
    const match = missionSentence.exec(line.text);
    if (match) set('mission', firstSentence(line.text.slice(match.index)), 'text', line.text);
  }
  const values = readValues(lines);
  if (values.names.length > 0) {
    info.values = values.names;
    methods.values = 'structure';
    snippets.values = values.snippet;
  }

  const foundedInText = findLine(
    lines,
    (line) => /\b(?:founded|established|gegründet|fundada|założona) (?:in )?((?:1[89]|20)\d{2})\b/i.test(line.text),
    outOfTime,
  );
  if (foundedInText) {
    const year = /\b((?:1[89]|20)\d{2})\b/.exec(foundedInText.text)?.[1];
    if (year) set('founded', year, 'text', foundedInText.text);
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

const MAX_VALUES = 12;

/** A short label: a value's name ("Ownership", "Grün & Fair"), not a sentence. */
function isLabel(text: string): boolean {
  return text.length >= 2 && text.length <= 40 && text.split(/\s+/).length <= 4 && !/[.!?,;]$/.test(text);
}

/**
 * The values under a values heading: list items, or labels each followed by a sentence that explains
 * it. The list ends at the first label without an explanation (the next part of the page).
 */
function readValues(lines: Line[]): { names: string[]; snippet: string } {
  const start = lines.findIndex(
    (line) =>
      line.heading !== 1 && // the page's own title ("Mission, Vision & Values") is not the section
      line.text.length <= 40 &&
      valuesHeading.test(line.text) &&
      (line.heading > 0 || isLabel(line.text)),
  );
  if (start < 0) return { names: [], snippet: '' };
  const heading = lines[start] as Line;
  const after = lines.slice(start + 1, start + 1 + MAX_VALUES * 3);
  const names: string[] = [];
  const used: string[] = [];
  const items = after.filter((line, index) => line.block.tagName.toUpperCase() === 'LI' && index < MAX_VALUES * 2);
  if (items.length >= 2 && items.every((item) => item.text.length <= 200)) {
    for (const item of items.slice(0, MAX_VALUES)) {
      // A list item names its value first ("Own the outcome. We measure…"), in a few more words than a label.
      const name = item.text.split(/\s*[:–—]\s+|\.\s/)[0] ?? '';
      if (name.length <= 60 && name.split(/\s+/).length <= 6 && !/[.!?,;]$/.test(name)) names.push(cleanText(name));
      used.push(item.text);
    }
  } else {
    for (let index = 0; index < after.length && names.length < MAX_VALUES; index++) {
      const line = after[index] as Line;
      if (heading.heading > 0 && line.heading > 0 && line.heading <= heading.heading) break;
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
  return [record.addressLocality, record.addressRegion, record.addressCountry]
    .map((part) => textOf(part))
    .filter(Boolean)
    .join(', ');
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
    (page.url && /\/(?:careers?|karriere|carreiras|kariera|carrieres|empleo)(?:\/|$)/i.test(page.url.pathname)
      ? 2
      : 0) +
    (page.url && /(?:^|\.)linkedin\.com$/i.test(page.url.hostname) && /^\/company\//.test(page.url.pathname) ? 6 : 0) +
    (titleSays(page, /\b(?:about|mission|values|who we are|our company|careers|über uns|sobre|o nas)\b/) ? 2 : 0),
  read: () => ({ facts: [] }),
};
