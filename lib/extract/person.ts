import type { Position, Profile } from '@/lib/schema/capture';
import { nameSlug } from './classify';
import { parseName } from './names';
import type { PageKindReader } from './page';
import { currentTitle, isLinkedIn, readLinkedInProfile } from './platforms/linkedin';
import { nodesOfType, type StructuredData, textOf } from './structured-data';
import { cleanText, type Line } from './text';
import { hasTitleWord, isTitleLike } from './titles';

export interface ProfileResult {
  profile?: Profile;
  method: 'json-ld' | 'microdata' | 'structure' | 'text';
}

const organizationName = String.raw`(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|for|and|&|de|der|für|do|da|,\s*(?:Inc|LLC|Ltd|Corp)\.?))*`;
const organizationAt = new RegExp(
  String.raw`\b(?:at|with|within|joined|from|bei|an der|am|beim|na|w|em|no|chez)\s+(${organizationName})`,
  'gu',
);
const degree = String.raw`(?:Ph\.?\s?D\.?|doctorate|M\.?B\.?A\.?|B\.?\s?S\.?|B\.?\s?A\.?|M\.?\s?S\.?|M\.?\s?A\.?|J\.?\s?D\.?|M\.?\s?D\.?|bachelor(?:'s|’s)?|master(?:'s|’s)?|Diplom|Magister|licenciatura|mestrado|doutorado|inżynier)`;
const educationPattern = new RegExp(
  String.raw`\b(${degree}[^.;]{0,80}?)\s+(?:from|at|an der|der|na|w)\s+(${organizationName})`,
  'gu',
);
// CV clauses: "seit 2014 Wissenschaftlicher Mitarbeiter … an der Technischen Universität München".
const currentClause = /^(?:seit|since|desde|od|depuis)\s+(?:\d{4}\s+)?(.{3,200})$/i;
const clausePlace = /\s+(?:an der|am|bei|beim|at|na|w|em|chez|à la)\s+(?=\p{Lu})/gu;

/** "Provost, University of Houston" → the title and the organization after its last comma. */
function splitTitleAndOrganization(line: string): { title: string; organization?: string } {
  const parts = line.split(/,\s+/);
  const last = parts.at(-1) ?? '';
  if (parts.length > 1 && /^\p{Lu}/u.test(last) && !hasTitleWord(last) && last.split(/\s+/).length <= 7) {
    return { title: parts.slice(0, -1).join(', '), organization: last };
  }
  return { title: line };
}

/** Whether the page looks like one person's: person data, a contact card, or a name as a main heading. */
export function looksLikeProfile(doc: Document, data: StructuredData, lines: Line[]): boolean {
  if (nodesOfType(data, 'ProfilePage', 'Person').length > 0 || doc.querySelector('.vcard, .h-card')) return true;
  const headings = lines.filter((line) => line.heading > 0 && line.heading <= 2).slice(0, 4);
  return headings.some((line) => parseName(line.text));
}

/** The person a bio or profile page is about. */
export function readProfile(doc: Document, url: URL | undefined, data: StructuredData, lines: Line[]): ProfileResult {
  const personNode =
    nodesOfType(data, 'ProfilePage')
      .map((page) => page.mainEntity as Record<string, unknown> | undefined)
      .find((entity) => entity && textOf(entity.name)) ?? nodesOfType(data, 'Person')[0];
  const card = doc.querySelector('.vcard, .h-card');
  const content = lines;

  let name = textOf(personNode?.name);
  let method: ProfileResult['method'] = personNode ? (data.method.get(personNode as never) ?? 'json-ld') : 'structure';
  if (!name && card) {
    name = cleanText(card.querySelector('.fn, .p-name')?.textContent);
    method = 'microdata';
  }
  const mainLine = content.find((line) => line.heading > 0 && parseName(line.text));
  if (!name && mainLine) name = parseName(mainLine.text)?.name ?? '';
  if (!name) return { method };

  const nameIndex = content.findIndex((line) => parseName(line.text)?.name === name);
  const following = nameIndex >= 0 ? content.slice(nameIndex + 1, nameIndex + 4) : [];
  const titleLine = following.find(
    (line) => isTitleLike(line.text) && hasTitleWord(line.text) && line.text.length < 200,
  );
  const headline = cleanText(card?.querySelector('.headline, .p-job-title, .title')?.textContent) || undefined;
  const titleAndPlace = titleLine ? splitTitleAndOrganization(cleanText(titleLine.text)) : { title: '' };
  const organization =
    textOf(personNode?.worksFor) ||
    cleanText(card?.querySelector('.org, .p-org')?.textContent) ||
    titleAndPlace.organization ||
    undefined;
  const location =
    textOf((personNode?.address as Record<string, unknown> | undefined)?.addressLocality ?? personNode?.homeLocation) ||
    cleanText(card?.querySelector('.locality, .p-locality, .adr')?.textContent) ||
    undefined;

  const platform = isLinkedIn(url) ? readLinkedInProfile(doc) : { positions: [], education: [] };
  const platformTitle = currentTitle(platform.positions);
  const bio = content.slice(Math.max(0, nameIndex), nameIndex + 40).filter((line) => line.text.length > 120);
  const paragraphs = bio.map((line) => line.text);
  const current = currentPositions(paragraphs);
  const positions =
    platform.positions.length > 0
      ? platform.positions
      : [
          ...current,
          ...positionsInText(paragraphs).filter(
            (position) => !current.some((known) => known.organization === position.organization),
          ),
        ];
  const education = platform.education.length > 0 ? platform.education : educationInText(paragraphs);

  const title = platformTitle || textOf(personNode?.jobTitle) || titleAndPlace.title || current[0]?.title || undefined;
  return {
    method: platform.positions.length > 0 ? 'structure' : method,
    profile: {
      name: cleanText(name),
      ...(headline && headline !== title ? { headline } : headline ? { headline } : {}),
      ...(title ? { title: cleanText(title) } : {}),
      ...(organization ? { organization } : {}),
      ...(location ? { location } : {}),
      positions,
      education,
    },
  };
}

/** The clauses of a CV-like sentence that are still current ("seit 2014 …"), as positions. */
function currentPositions(paragraphs: string[]): Position[] {
  const positions: Position[] = [];
  for (const clause of paragraphs
    .slice(0, 5)
    .flatMap((paragraph) => paragraph.split(/,\s+(?=(?:seit|since|desde|od|depuis)\b)/i))) {
    const body = currentClause.exec(clause.trim())?.[1];
    if (!body || !hasTitleWord(body)) continue;
    const places = [...body.matchAll(clausePlace)];
    const last = places.at(-1);
    if (!last || last.index === undefined) continue;
    positions.push({
      title: cleanText(body.slice(0, last.index)),
      organization: cleanText(body.slice(last.index + last[0].length).split(/,\s/)[0]),
      end: 'Present',
    });
  }
  return positions;
}

/**
 * Earlier positions told in a bio: "served as CFO at Imprivata", "Prior posts include Provost at the
 * University of Nevada". Each employer once, with the title when the sentence gives one.
 */
function positionsInText(paragraphs: string[]): Position[] {
  const byOrganization = new Map<string, Position>();
  for (const paragraph of paragraphs.slice(0, 20)) {
    for (const sentence of paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      for (const match of sentence.matchAll(organizationAt)) {
        const organization = cleanText((match[1] ?? '').replace(/^the\s+/i, '').replace(/[.,]$/, ''));
        if (organization.length < 3 || /^(?:He|She|They|The|This|In|At|UH|Houston)$/.test(organization)) continue;
        if (
          /\b(?:Ph\.?\s?D|degree|B\.?\s?S|M\.?\s?B\.?\s?A)\b/i.test(
            sentence.slice(Math.max(0, (match.index ?? 0) - 40), match.index),
          )
        )
          continue;
        // The title is the run of words before "at", from its first title word.
        const before =
          sentence
            .slice(0, match.index)
            .split(/[;:]|\b(?:as|include|includes|included|was|served|is)\b/)
            .pop() ?? '';
        const words = before.trim().replace(/,$/, '').split(/\s+/).slice(-14);
        const first = words.findIndex((word) => hasTitleWord(word));
        const title =
          first >= 0
            ? cleanText(
                words
                  .slice(first)
                  .join(' ')
                  .replace(/,\s*(?:and\s+)?$/, ''),
              )
            : '';
        const key = organization.toLowerCase();
        const known = byOrganization.get(key);
        if (!known || (!known.title && title)) byOrganization.set(key, { title, organization });
      }
    }
  }
  return [...byOrganization.values()].slice(0, 20);
}

/** Degrees told in a bio: "holds a Ph.D. in anthropology from the University of Pennsylvania". */
function educationInText(paragraphs: string[]): Profile['education'] {
  const found: Profile['education'] = [];
  for (const paragraph of paragraphs.slice(0, 20)) {
    for (const match of paragraph.matchAll(educationPattern)) {
      const school = cleanText((match[2] ?? '').replace(/^the\s+/i, ''));
      if (school && !found.some((entry) => entry.school === school))
        found.push({ school, degree: cleanText(match[1]) });
    }
  }
  return found.slice(0, 10);
}

/** One person's bio or profile: their name, title, positions and education. */
export const profilePage: PageKindReader = {
  kind: 'person',
  detect: (page) =>
    (nodesOfType(page.data, 'ProfilePage').length ? 5 : 0) +
    (isLinkedIn(page.url) && /^\/(?:in|pub)\//.test(page.url?.pathname ?? '') ? 6 : 0) +
    (page.url && nameSlug(page.url) ? 3 : 0) +
    (page.meta.type === 'profile' ? 3 : 0) +
    (page.hasProfile && page.people.length <= 2 ? 3 : 0),
  read: (page) => {
    const { profile, method } = readProfile(page.doc, page.url, page.data, page.lines);
    if (!profile) return { facts: [] };
    const fact = (text: string, type: 'position' | 'education') => ({ type, text, snippet: text, method });
    return {
      person: profile,
      facts: [
        ...profile.positions.map((position) =>
          fact([position.title, position.organization].filter(Boolean).join(', '), 'position'),
        ),
        ...profile.education.map((entry) => fact([entry.degree, entry.school].filter(Boolean).join(', '), 'education')),
      ],
    };
  },
};
