import type { CapturedPerson } from '@/lib/schema/capture';
import type { PageKind } from '@/lib/schema/source';
import type { PageMeta } from './meta';
import { nodesOfType, type StructuredData } from './structured-data';
import type { Line } from './text';

export interface KindSignals {
  url: URL | undefined;
  meta: PageMeta;
  data: StructuredData;
  lines: Line[];
  people: CapturedPerson[];
  hasProfile: boolean;
  jobSections: number;
}

const urlKinds: [PageKind, RegExp][] = [
  ['person', /linkedin\.com\/in\/|\/(?:people|person|profile|staff|bio|team-member|speaker)s?\/[^/]+\/?$/i],
  [
    'job',
    /\/(?:jobs?|vacanc(?:y|ies)|stellen(?:angebote)?|vagas?|oferta-pracy|praca|offre|empleo|viewjob|job-listing)\b|[?&](?:jk|jobid|job_id)=|indeed\.|seek\.com|monster\.|greenhouse\.io|lever\.co|workdayjobs/i,
  ],
  [
    'team',
    /\/(?:leadership|team|our-team|management|board|executives?|people|about-us\/leadership|über-uns\/team|equipe|zespol|zarzad|direction)\b/i,
  ],
  [
    'news',
    /\/(?:news|press|press-releases?|newsroom|blog|articles?|stories|aktuelles|presse|noticias|noticia|wiadomosci|aktualnosci|actualites)\b|\/\d{4}\/\d{2}\/|\d{4}-\d{2}-\d{2}/i,
  ],
  [
    'company',
    /\/(?:about|about-us|company|who-we-are|mission|values|careers?|karriere|ueber-uns|über-uns|sobre|o-nas|qui-sommes-nous)\b|linkedin\.com\/company\//i,
  ],
];

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
  const href = url?.href ?? '';
  for (const [kind, pattern] of urlKinds) if (pattern.test(href)) score[kind] += 3;
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
  if (people.length >= 4) score.team += 3 + Math.min(3, Math.floor(people.length / 5));
  else if (people.length >= 2) score.team += 1;
  if (hasProfile && people.length <= 2) score.person += 3;
  if (jobSections >= 2) score.job += 4;
  else if (jobSections === 1) score.job += 1;
  const best = (Object.entries(score) as [PageKind, number][]).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : 'other';
}
