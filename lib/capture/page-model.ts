import type { Capture } from '@/lib/schema';
import { normalizeName } from '@/lib/text/normalize-name';

// Who is on a captured page and which company it is about: one reading, used by the preview to show
// the page and by saveCapture to store it, so that what the user ticks is what is saved.

/** One person the page names, as the preview lists them and saveCapture merges them. */
export interface CapturedPerson {
  name: string;
  title: string;
  organization?: string;
  /** The heading the page lists them under ("Board of Directors"). */
  section?: string;
  bio?: string;
  profileUrl?: string;
}

/** Everyone the capture names: the listed people, a profile's person, and the people in a news story. */
export function peopleOf(capture: Capture): CapturedPerson[] {
  const people: CapturedPerson[] = capture.people.map((person) => ({ ...person }));
  if (capture.person) {
    const { person } = capture;
    const background = [
      ...person.positions.map((position) => [position.title, position.organization].filter(Boolean).join(', ')),
      ...person.education.map((entry) => [entry.degree, entry.school].filter(Boolean).join(', ')),
    ].join('\n');
    people.unshift({
      name: person.name,
      title: person.title ?? person.headline ?? '',
      organization: person.organization,
      bio: background,
      ...(capture.kind === 'person' ? { profileUrl: capture.url } : {}),
    });
  }
  for (const named of capture.news?.people ?? []) people.push({ name: named.name, title: named.title ?? '' });
  // A story names people as prose does ("chief executive officer of Lumenfield Systems"): their title, as a
  // card writes it, is the role without the company the dossier is about, and the headline is no team.
  if (capture.kind === 'news') {
    const companies = [capture.news?.organization, capture.organization?.name].filter((name): name is string => !!name);
    for (const person of people) {
      person.title = cardTitle(person.title, companies);
      delete person.section;
    }
  }
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = normalizeName(person.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "chief executive officer of Acme" as "Chief executive officer" when Acme is the company. */
function cardTitle(title: string, companies: string[]): string {
  let role = title.trim();
  for (const company of companies) {
    // The role ends with the company, after the word that joins them: cut both.
    if (!role.toLowerCase().endsWith(company.toLowerCase())) continue;
    const before = role.slice(0, role.length - company.length);
    if (joinedToCompany.test(before)) role = before.replace(joinedToCompany, '');
  }
  return role.charAt(0).toUpperCase() + role.slice(1);
}
const joinedToCompany = /(?:,|\s(?:of|at|for|bei|von|de|chez|du|en))\s+(?:the\s+)?$/i;

/** What tells which company a page is about: its address, the companies it names, the people it presents. */
export interface PageIdentity {
  url: string;
  /** The page's title: "Leadership | Rapid7" names its company even where the page's data does not. */
  title?: string;
  companyNames: string[];
  peopleNames: string[];
}

export function identityOf(capture: Capture): PageIdentity {
  return {
    url: capture.url,
    title: capture.title,
    companyNames: companyNamesOf(capture),
    peopleNames: peopleOf(capture).map((person) => person.name),
  };
}

/** The company names the page gives, most telling first: its organization, the job's, the news story's. */
export function companyNamesOf(capture: Capture): string[] {
  // A story is about the company it names, a posting is for its employer: the site's own name (a
  // newspaper's, a job board's) comes after theirs.
  const first =
    capture.kind === 'news' ? capture.news?.organization : capture.kind === 'job' ? capture.job?.company : undefined;
  return [first, capture.organization?.name, capture.job?.company, capture.news?.organization].filter(
    (name, index, names): name is string => !!name && names.indexOf(name) === index,
  );
}

const legalForms =
  /(?:\s(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|plc|gmbh|ag|se|sa|sas|srl|sarl|bv|nv|oy|ab|as|pty|kk))+$/;

/**
 * The form under which two spellings of one company match: "Rapid7, Inc." and "Rapid7", "Acme GmbH" and
 * "ACME". Empty for a name that is only a legal form.
 */
export function companyKey(name: string): string {
  // Dotted forms arrive spaced ("B.V." as "b v"): joined first, so the list above knows them.
  const joined = normalizeName(name).replace(
    /(?:^|\s)((?:\p{L}\s){1,3}\p{L})$/u,
    (_, letters: string) => ` ${letters.replace(/\s/g, '')}`,
  );
  return joined.replace(legalForms, '').trim();
}

/** The company the page is about, when it names one. */
export function companyNameOf(capture: Capture): string | undefined {
  return companyNamesOf(capture)[0];
}

/** The company's site: the one its own data names, else the page's site when the page is the company's own. */
export function siteOf(capture: Capture): string | undefined {
  const declared = capture.organization?.website;
  if (declared && /^https?:\/\//i.test(declared)) return declared;
  if ((capture.kind === 'company' || capture.kind === 'team') && /^https?:\/\//i.test(capture.url)) {
    return new URL(capture.url).origin;
  }
  return undefined;
}

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
