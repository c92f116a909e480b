import type { Position, Profile } from '@/lib/schema/capture';
import { parseName } from './names';
import { isLinkedIn, readLinkedInProfile } from './platforms/linkedin';
import { nodesOfType, type StructuredData, textOf } from './structured-data';
import { cleanText, type Line } from './text';
import { hasTitleWord, isTitleLike } from './titles';

export interface ProfileResult {
  profile?: Profile;
  method: 'json-ld' | 'microdata' | 'structure' | 'text';
}

const organizationName = String.raw`(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|for|and|&|de|der|für|do|da|,\s*(?:Inc|LLC|Ltd|Corp)\.?))*`;
// Sentences of a career: "served as CFO at Imprivata", "was the CFO at ProfitLogic", "began his career at Price Waterhouse".
const careerPatterns = [
  new RegExp(
    String.raw`\b(?:served|worked|acted|was|worked)\s+as\s+(?:an?\s+|the\s+)?([^,.;]{2,80}?)\s+(?:at|of|for|with)\s+(${organizationName})`,
    'gu',
  ),
  new RegExp(String.raw`\bwas\s+(?:an?\s+|the\s+)?([^,.;]{2,60}?)\s+(?:at|of)\s+(${organizationName})`, 'gu'),
  new RegExp(
    String.raw`\b(?:began|started)\s+(?:his|her|their|the)\s+career\s+(?:at|with)\s+(${organizationName})`,
    'gu',
  ),
  new RegExp(
    String.raw`\b(?:joined|spent\s+[^,.;]{1,30}\s+at|previously\s+at|prior to joining|before joining|held\s+[^,.;]{1,60}\s+(?:at|with))\s+(${organizationName})`,
    'gu',
  ),
  new RegExp(String.raw`\b(?:bei|an der|am|an dem|für)\s+(${organizationName})`, 'gu'),
];

/** The person a bio or profile page is about. */
export function readProfile(doc: Document, url: URL | undefined, data: StructuredData, lines: Line[]): ProfileResult {
  const personNode =
    nodesOfType(data, 'ProfilePage')
      .map((page) => page.mainEntity as Record<string, unknown> | undefined)
      .find((entity) => entity && textOf(entity.name)) ?? nodesOfType(data, 'Person')[0];
  const card = doc.querySelector('.vcard, .h-card');
  const content = lines.filter((line) => !line.chrome);

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
  const title = textOf(personNode?.jobTitle) || (titleLine ? cleanText(titleLine.text) : '') || undefined;
  const organization =
    textOf(personNode?.worksFor) || cleanText(card?.querySelector('.org, .p-org')?.textContent) || undefined;
  const location =
    textOf((personNode?.address as Record<string, unknown> | undefined)?.addressLocality ?? personNode?.homeLocation) ||
    cleanText(card?.querySelector('.locality, .p-locality, .adr')?.textContent) ||
    undefined;

  const platform = isLinkedIn(url) ? readLinkedInProfile(doc) : { positions: [], education: [] };
  const bio = content.slice(Math.max(0, nameIndex), nameIndex + 40).filter((line) => line.text.length > 120);
  const positions = platform.positions.length > 0 ? platform.positions : positionsInText(bio.map((line) => line.text));

  return {
    method: platform.positions.length > 0 ? 'structure' : method,
    profile: {
      name: cleanText(name),
      ...(headline && headline !== title ? { headline } : headline ? { headline } : {}),
      ...(title ? { title: cleanText(title) } : {}),
      ...(organization ? { organization } : {}),
      ...(location ? { location } : {}),
      positions,
      education: platform.education,
    },
  };
}

/** Earlier positions told in a bio: each employer once, with the title when the sentence gives it. */
function positionsInText(paragraphs: string[]): Position[] {
  const byOrganization = new Map<string, Position>();
  for (const paragraph of paragraphs.slice(0, 20)) {
    for (const pattern of careerPatterns) {
      for (const match of paragraph.matchAll(pattern)) {
        const groups = match.slice(1).filter(Boolean);
        const organization = cleanText(
          groups
            .at(-1)
            ?.replace(/^the\s+/i, '')
            .replace(/[.,]$/, ''),
        );
        const title = groups.length > 1 ? cleanText(groups[0]) : '';
        if (!organization || organization.length < 2 || /^(?:He|She|They|The|This|In|At)$/.test(organization)) continue;
        const key = organization.toLowerCase();
        if (!byOrganization.has(key)) byOrganization.set(key, { title, organization });
        else if (title && !byOrganization.get(key)?.title) byOrganization.set(key, { title, organization });
      }
    }
  }
  return [...byOrganization.values()].slice(0, 20);
}
