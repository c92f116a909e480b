import type { CapturedPerson } from '@/lib/schema/capture';
import type { PageKind } from '@/lib/schema/source';
import { hasKnownGivenName } from './given-names';
import type { PageMeta } from './meta';
import { looksLikeName } from './names';
import { nodesOfType, type StructuredData } from './structured-data';
import { decodeUrlPart, type Line } from './text';

export interface KindSignals {
  url: URL | undefined;
  meta: PageMeta;
  data: StructuredData;
  lines: Line[];
  people: CapturedPerson[];
  hasProfile: boolean;
  jobSections: number;
}

// Each pattern names one kind by a path segment; the deepest matching segment decides
// (/about/press-releases/x is a press release, /about/leadership a team page).
const segmentKinds: [PageKind, RegExp][] = [
  [
    'job',
    /^(?:jobs?|vacanc(?:y|ies)|stellen(?:angebote)?|stellenanzeige|vagas?|oferta-pracy|oferty-pracy|praca|offres?-d-emploi|empleo|viewjob|job-listing|job-details|postings?)$/i,
  ],
  [
    'news',
    /^(?:news|press|press-releases?|pressreleases?|newsroom|blog|articles?|artykul|artykuly|artikel|artigos?|articulos?|stories|story|aktuelles|presse|pressemitteilungen?|noticias?|wiadomosci|aktualnosci|actualites|news-releases?|news-events)$/i,
  ],
  [
    'team',
    /^(?:leadership|team|our-team|management|board|board-of-directors|executives?|executive-team|people|leadership-team|unser-team|fuehrung|vorstand|equipe|zespol|zarzad|direction|governance)$/i,
  ],
  [
    'company',
    /^(?:about|about-us|company|who-we-are|mission|values|careers?|karriere|ueber-uns|über-uns|sobre|sobre-nos|o-nas|o-firmie|qui-sommes-nous|culture)$/i,
  ],
];
const hostKinds: [PageKind, RegExp][] = [
  [
    'job',
    /(?:^|\.)(?:indeed|seek|monster|glassdoor|stepstone|pracuj|greenhouse|lever|workdayjobs|myworkdayjobs|smartrecruiters|jobs\.[a-z]+)\./i,
  ],
  ['news', /(?:^|\.)(?:globenewswire|prnewswire|businesswire|forbes|reuters|bloomberg|techcrunch|siliconangle)\./i],
];

function urlKind(url: URL): PageKind | undefined {
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
    const match = segmentKinds.find(([, pattern]) => pattern.test(segment) || pattern.test(plain));
    if (match) return match[0];
    if (index === segments.length - 1 && /^\d{4}$|^\d{4}-\d{2}-\d{2}/.test(segment)) return 'news';
  }
  if (/\/\d{4}\/\d{2}\/(?:\d{2}\/)?[^/]+/.test(url.pathname)) return 'news';
  if (/[?&](?:jk|jobid|job_id|gh_jid)=/i.test(url.search)) return 'job';
  return hostKinds.find(([, pattern]) => pattern.test(url.hostname))?.[0];
}

/** A last path segment that is a person's name: /jens-weber/, /people/ada-okafor. */
function nameSlug(url: URL): boolean {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  const words = last
    .replace(/\.\w+$/, '')
    .split(/[-_]+/)
    .filter(Boolean);
  if (words.length < 2 || words.length > 3) return false;
  const name = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  return looksLikeName(name) && hasKnownGivenName(name);
}

const announcement =
  /\b(?:announced today|today announced|announces|gab heute bekannt|anunciou hoje|ogłosił|a annoncé)\b/i;

/** What kind of page this is, from its structured data, address, title and what was found on it. */
export function classifyPage(signals: KindSignals): PageKind {
  const { url, meta, data, people, hasProfile, jobSections } = signals;
  const score: Record<PageKind, number> = { team: 0, person: 0, job: 0, company: 0, news: 0, other: 0 };
  if (nodesOfType(data, 'JobPosting').length) score.job += 6;
  if (nodesOfType(data, 'NewsArticle', 'ReportageNewsArticle', 'PressRelease', 'AnalysisNewsArticle').length)
    score.news += 5;
  if (nodesOfType(data, 'Article', 'BlogPosting').length) score.news += 2;
  if (nodesOfType(data, 'ProfilePage').length) score.person += 5;
  if (nodesOfType(data, 'AboutPage').length) score.company += 3;
  const fromUrl = url ? urlKind(url) : undefined;
  if (fromUrl) score[fromUrl] += 3;
  // A careers page may quote a few employees; it is still about the company.
  if (url && /\/(?:careers?|karriere|carreiras|kariera|carrieres|empleo)(?:\/|$)/i.test(url.pathname))
    score.company += 2;
  if (url && /(?:^|\.)linkedin\.com$/i.test(url.hostname)) {
    if (/^\/(?:in|pub)\//.test(url.pathname)) score.person += 6;
    if (/^\/company\//.test(url.pathname)) score.company += 6;
  }
  if (url && nameSlug(url)) score.person += 3;
  if (signals.lines.slice(0, 400).some((line) => line.text.length > 80 && announcement.test(line.text))) {
    score.news += 2;
  }
  if (meta.type === 'article') score.news += 1;
  if (meta.type === 'profile') score.person += 3;
  const title = meta.title.toLowerCase();
  if (
    /\b(?:leadership|our team|the team|management|board of directors|executive team|führung|vorstand|team|equipe|zespół|zarząd)\b/.test(
      title,
    )
  )
    score.team += 2;
  if (/\b(?:about|mission|values|who we are|our company|careers|über uns|sobre|o nas)\b/.test(title))
    score.company += 2;
  if (people.length >= 4) score.team += 3 + Math.min(4, Math.floor(people.length / 4));
  else if (people.length >= 2) score.team += 1;
  if (hasProfile && people.length <= 2) score.person += 3;
  if (jobSections >= 2) score.job += 4;
  else if (jobSections === 1) score.job += 1;
  const best = (Object.entries(score) as [PageKind, number][]).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : 'other';
}
