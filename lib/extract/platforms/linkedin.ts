import type { Position, Profile } from '@/lib/schema/capture';
import { cleanText, webAddress } from '../text';

/** LinkedIn's public pages: a platform with its own markup, read by its own module. */
export function isLinkedIn(url: URL | undefined): boolean {
  return !!url && /(?:^|\.)linkedin\.com$/i.test(url.hostname);
}

/** A member's public profile: linkedin.com/in/NAME. */
export function isLinkedInProfile(url: URL | undefined): boolean {
  return isLinkedIn(url) && /^\/(?:in|pub)\//i.test(url?.pathname ?? '');
}

/** The text of the first selector that matches, trying them in order of preference. */
const text = (root: ParentNode, selectors: string) => {
  for (const selector of selectors.split(', ')) {
    const found = root.querySelector(selector);
    if (found) return cleanText(found.textContent);
  }
  return '';
};

/** Experience and education of a public profile. */
export function readLinkedInProfile(doc: Document): Pick<Profile, 'positions' | 'education'> {
  const positions: Position[] = [];
  for (const item of Array.from(doc.querySelectorAll('#experience li, .positions li.position, .experience-item')).slice(
    0,
    50,
  )) {
    const title = text(item, '.item-title, .experience-item__title, h3');
    const organization = text(item, '.item-subtitle, .experience-item__subtitle, h4');
    if (!title || !organization) continue;
    const times = Array.from(item.querySelectorAll('.date-range time, time')).map((time) =>
      cleanText(time.textContent),
    );
    const range = text(item, '.date-range, .date-range__text');
    const present = /present|heute|atual|obecnie|aujourd/i.test(range);
    positions.push({
      title,
      organization,
      ...(times[0] ? { start: times[0] } : {}),
      ...(times[1] ? { end: times[1] } : present ? { end: 'Present' } : {}),
    });
  }
  const education = Array.from(doc.querySelectorAll('.schools li.school, #education li, .education__list-item'))
    .slice(0, 20)
    .map((item) => {
      const school = text(item, '.item-title, h3');
      const degree = text(item, '.item-subtitle, h4');
      const years = Array.from(item.querySelectorAll('time'))
        .map((time) => cleanText(time.textContent))
        .join(' – ');
      return { school, ...(degree ? { degree } : {}), ...(years ? { years } : {}) };
    })
    .filter((entry) => entry.school);
  return { positions, education };
}

/** The current positions as the profile's title: "CEO (Tesla Motors); Chairman (SolarCity)". */
export function currentTitle(positions: Position[]): string {
  return positions
    .filter((position) => position.end === 'Present')
    .map((position) => `${position.title} (${position.organization})`)
    .join('; ');
}

/** People listed on a LinkedIn company page ("Employees at X"): their headline is the title. */
export function readLinkedInEmployees(
  doc: Document,
  pageUrl: URL | undefined,
): { name: string; title: string; profileUrl?: string }[] {
  return Array.from(doc.querySelectorAll('[data-section="employees"] li, .employees li'))
    .slice(0, 50)
    .map((item) => {
      const name = text(item, 'h3, .base-main-card__title, .name');
      const title = text(item, 'h4, .base-main-card__subtitle, .headline');
      const profileUrl = webAddress(item.querySelector('a')?.getAttribute('href'), { base: pageUrl });
      return { name, title, ...(profileUrl ? { profileUrl } : {}) };
    })
    .filter((person) => person.name);
}
