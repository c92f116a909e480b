import type { PageKind } from '@/lib/schema/source';
import { hasKnownGivenName } from './given-names';
import { looksLikeName } from './names';
import type { PageKindReader, PreparedPage } from './page';
import { decodeUrlPart } from './text';

// Each pattern names one kind by a path segment; the deepest matching segment decides
// (/about/press-releases/x is a press release, /about/leadership a team page).
const segmentKinds: [PageKind, RegExp][] = [
  [
    'job',
    /^(?:jobs?|vacanc(?:y|ies)|vacatures?|stellen(?:angebote)?|stellenanzeige|ledige-stillinger|lediga-jobb|vagas?|oferta-pracy|oferty-pracy|praca|offres?-d-emploi|recrutement|empleo|viewjob|job-listing|job-details|postings?)$/i,
  ],
  [
    'news',
    /^(?:news|press|press-releases?|pressreleases?|newsroom|blog|articles?|artykul|artykuly|artikel|artigos?|articulos?|stories|story|aktuelles|presse|pressemitteilungen?|noticias?|wiadomosci|aktualnosci|actualites|news-releases?|news-events|meldung(?:en)?)$/i,
  ],
  [
    'team',
    /^(?:leadership|team|our-team|management|board|board-of-directors|executives?|executive-team|people|leadership-team|unser-team|fuehrung|vorstand|equipe|zespol|zarzad|direction|governance|corporate-governance|geschaeftsfuehrung|notre-equipe|nuestro-equipo|equipo|ons-team|medewerkers|bestuur|mitarbeiter|ansatte|ledelse)$/i,
  ],
  [
    'company',
    /^(?:about|about-us|company|who-we-are|mission|values|careers?|karriere|ueber-uns|über-uns|sobre|sobre-nos|o-nas|o-firmie|qui-sommes-nous|a-propos|quienes-somos|nosotros|over-ons|wie-zijn-wij|chi-siamo|culture|unternehmen|om-oss|om-os|entreprise|empresa|azienda|bedrijf|a-propos-de-nous|sobre-nosotros)$/i,
  ],
  // One person's own page: a bio or CV (an "about me" page is one person's, an "about" page a company's).
  [
    'person',
    /^(?:bio|biography|biografie|biographie|biografia|biograf[ií]a|about-me|ueber-mich|über-mich|a-propos-de-moi|sobre-mi|over-mij|lebenslauf|vita|cv|resume)$/i,
  ],
];
const hostKinds: [PageKind, RegExp][] = [
  [
    'job',
    /(?:^|\.)(?:indeed|seek|monster|glassdoor|stepstone|pracuj|greenhouse|lever|myworkdayjobs|smartrecruiters|ashbyhq|jobs\.[a-z]+)\./i,
  ],
  [
    'news',
    /(?:^|\.)(?:globenewswire|prnewswire|businesswire|forbes|reuters|bloomberg|techcrunch|siliconangle)\.|^(?:blog|news(?:room)?|press)\./i,
  ],
];

/** The kind a page's address names: its deepest telling path segment, a date in its path, or its host. */
export function urlKind(url: URL): PageKind | undefined {
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    // What is left of a stray escape ("team%", "team%2") is noise around the word, not part of it.
    .map((segment) =>
      decodeUrlPart(segment)
        .replace(/\.\w+$/, '')
        .replace(/%[0-9a-f]?$/i, ''),
    );
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment = segments[index] as string;
    // "équipe" and "equipe" name one page: sites spell their paths with and without accents.
    const plain = segment.normalize('NFD').replace(/\p{M}/gu, '');
    // A folder names its kind in a part too ("news-and-events", "business-news"); a last segment is a slug.
    const parts = index < segments.length - 1 ? plain.split(/[-_]/) : [];
    const match = segmentKinds.find(
      ([, pattern]) => pattern.test(segment) || pattern.test(plain) || parts.some((part) => pattern.test(part)),
    );
    // Below /careers/ live both a careers site's own pages and its postings: the address says neither.
    if (match?.[0] === 'company' && index < segments.length - 1 && /^[ck]ar/i.test(segment)) break;
    if (match) return match[0];
    if (index === segments.length - 1 && /^\d{4}$|^\d{4}-\d{2}-\d{2}/.test(segment)) return 'news';
  }
  if (/\/\d{4}\/\d{2}\/(?:\d{2}\/)?[^/]+/.test(url.pathname)) return 'news';
  if (/[?&](?:jk|jobid|job_id|gh_jid)=/i.test(url.search)) return 'job';
  return hostKinds.find(([, pattern]) => pattern.test(url.hostname))?.[0];
}

/** A last path segment that is a person's name: /jens-weber/, /people/ada-okafor. */
export function nameSlug(url: URL): boolean {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  const words = last
    .replace(/\.\w+$/, '')
    .split(/[-_]+/)
    .filter(Boolean);
  // Up to four words: "christian-camilo-urcuqui-lopez" names one person, as Spanish names do.
  if (words.length < 2 || words.length > 4) return false;
  const name = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  return looksLikeName(name) && hasKnownGivenName(name);
}

export const announcement =
  /\b(?:announced today|today announced|announces|(?:pleased|proud|excited|happy|thrilled|delighted) to announce|gab heute bekannt|freut sich,? (?:bekannt|mitzuteilen)|anunciou hoje|ogłosił|a annoncé|annonce aujourd|anuncia hoy|maakt bekend)\b/i;

/**
 * What kind of page this is: the kind whose evidence is strongest, when it has at least 2; else other.
 * The address counts for every kind alike: a kind's own evidence is its reader's detect.
 */
export function classifyPage(page: PreparedPage, kinds: readonly PageKindReader[]): PageKind {
  let best: PageKindReader | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const reader of kinds) {
    const score = reader.detect(page) + (page.addressKind === reader.kind ? 3 : 0);
    // Ties go to the kind listed first.
    if (score > bestScore) {
      best = reader;
      bestScore = score;
    }
  }
  return best && bestScore >= 2 ? best.kind : 'other';
}

/** Whether the page's title says it is of a kind: "Leadership | Acme", "About us". */
export function titleSays(page: PreparedPage, pattern: RegExp): boolean {
  return pattern.test(page.meta.title.toLowerCase());
}
