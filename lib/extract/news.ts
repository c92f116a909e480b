import type { News } from '@/lib/schema/capture';
import { toIsoDate } from './dates';
import type { PageMeta } from './meta';
import { looksLikeName } from './names';
import { nodesOfType, type StructuredData, textOf } from './structured-data';
import { cleanText, type Line } from './text';
import { hasTitleWord } from './titles';

export const articleTypes = [
  'NewsArticle',
  'Article',
  'BlogPosting',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'PressRelease',
  'TechArticle',
];

const events: [NonNullable<News['eventType']>, RegExp][] = [
  [
    'acquisition',
    /\b(?:acquires?|acquired|acquisition|to acquire|to buy|buys|merger|merges?|übernimmt|übernahme|adquire|aquisição|przejmuje|przejęcie|rachète)\b/i,
  ],
  [
    'funding',
    /\b(?:raises?|raised|funding|series [a-f]\b|seed round|investment round|financing round|venture|finanzierung|finanzierungsrunde|investimento|rodada|finansowanie|runda|levée de fonds)\b/i,
  ],
  [
    'departure',
    /\b(?:steps? down|resigns?|resignation|retires?|retirement|departs?|leaves|to leave|exits?|tritt zurück|verlässt|deixa|renuncia|odchodzi|rezygnuje)\b/i,
  ],
  [
    'hire',
    /\b(?:appoints?|appointed|appointment|names?|named|hires?|hired|joins?|to join|set to join|welcomes?|promotes?|promoted|new (?:ceo|cfo|coo|cto|dean|president|chief|head|director)|ernennt|ernannt|neuer|neue|nomeia|nomeado|contrata|powołuje|powołany|został|została|nowym|nową|nomme|nommé)\b/i,
  ],
  [
    'launch',
    /\b(?:launch(?:es|ed)?|introduces?|unveils?|releases?|announces? (?:the )?(?:availability|general availability)|debuts?|rolls out|startet|lança|lançamento|wprowadza|uruchamia|lance)\b/i,
  ],
  [
    'partnership',
    /\b(?:partners? with|partnership|alliance|collaborat(?:es|ion)|teams up|joint venture|kooperation|partnerschaft|parceria|współpraca|partenariat)\b/i,
  ],
  [
    'results',
    /\b(?:results|earnings|revenue|quarter|fiscal|q[1-4]\b|annual report|quartal|umsatz|resultados|wyniki|résultats)\b/i,
  ],
];

const byline = /^(?:by|von|por|autor(?:ka)?|par|door|di)\s*:?\s+(.{3,60})$/i;
// "Jane Doe, chief financial officer of Acme" — a name, then its title up to the sentence's end.
const namePattern = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|van|von|de|da|dos)){1,3}`;
const nameTitle = new RegExp(`(${namePattern})(?:\\s*\\([^)]{1,40}\\))?,\\s+((?:the\\s+)?[^,.;“”"]{3,120})`, 'gu');
const appointed = new RegExp(
  `(${namePattern})\\s+(?:joins|has joined|will join|is set to join|set to join|has been (?:appointed|named)|was (?:appointed|named)|to (?:its|the) [^,.]{3,40}|został(?:a)?(?: nowym| nową)?|wird)\\s+([^.;]{3,140})`,
  'gu',
);

/** A news article or press release: headline, date, author, the company it is about, the people it names. */
export function readNews(data: StructuredData, meta: PageMeta, lines: Line[], siteName: string): News | undefined {
  const node = nodesOfType(data, ...articleTypes)[0];
  const content = lines.filter((line) => !line.chrome);
  const h1 = content.find((line) => line.heading === 1 && line.text.length > 15)?.text;
  const headline = cleanText(textOf(node?.headline ?? node?.name) || h1 || meta.title);
  if (!headline) return undefined;

  const timeElement = content.find((line) => line.owner.closest('time') || line.owner.querySelector?.('time'));
  const datetime =
    timeElement?.owner.closest('time')?.getAttribute('datetime') ??
    timeElement?.owner.querySelector?.('time')?.getAttribute('datetime');
  const headlineIndex = content.findIndex((line) => line.text === h1);
  const nearHeadline = content.slice(Math.max(0, headlineIndex - 3), headlineIndex + 12);
  const datePublished =
    toIsoDate(textOf(node?.datePublished)) ??
    toIsoDate(meta.published) ??
    toIsoDate(datetime ?? undefined) ??
    nearHeadline.map((line) => (line.text.length < 120 ? toIsoDate(line.text) : undefined)).find(Boolean);

  const authorNode = node?.author;
  const authorName = [authorNode]
    .flat()
    .map((author) => textOf(author))
    .find((name) => name && looksLikeName(name));
  const bylineName = nearHeadline
    .map((line) => byline.exec(line.text)?.[1])
    .find((name) => name && looksLikeName(name.split(/\s*[,|]\s*/)[0] ?? ''));
  const metaAuthor = meta.author && looksLikeName(meta.author) ? meta.author : undefined;
  const author = authorName || bylineName?.split(/\s*[,|]\s*/)[0] || metaAuthor;

  const body = content.filter((line) => line.heading === 0 && line.text.length > 60).map((line) => line.text);
  const eventText = `${headline} ${body.slice(0, 2).join(' ')}`;
  const eventType =
    events.find(([, pattern]) => pattern.test(headline))?.[0] ??
    events.find(([, pattern]) => pattern.test(eventText))?.[0] ??
    'other';

  return {
    headline,
    ...(datePublished ? { datePublished } : {}),
    ...(author ? { author: cleanText(author) } : {}),
    ...(subjectOrganization(headline, content, node, siteName)
      ? { organization: subjectOrganization(headline, content, node, siteName) }
      : {}),
    eventType,
    people: peopleInText([headline, ...body], author),
  };
}

/** The company the story is about: a press release's "About X" section, else the headline's company. */
function subjectOrganization(
  headline: string,
  lines: Line[],
  node: Record<string, unknown> | undefined,
  siteName: string,
): string {
  const about = lines
    .filter((line) => line.heading > 0 || line.owner.tagName.toUpperCase() === 'STRONG')
    .map((line) => /^(?:about|über|sobre|o firmie|o|à propos de|acerca de)\s+(.{2,60}?)\s*:?$/i.exec(line.text)?.[1])
    .find(Boolean);
  if (about && !/^(?:us|the author|this|our)$/i.test(about)) return cleanText(about);
  const phrases = (headline.match(/\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|of|&|de|der))*/gu) ?? [])
    .map((phrase) => phrase.trim())
    .filter((phrase) => !looksLikeName(phrase) && !hasTitleWord(phrase) && phrase.length > 1);
  const text = lines.map((line) => line.text).join(' ');
  const scored = phrases
    .map((phrase) => ({ phrase, count: text.split(phrase).length - 1 }))
    .filter(({ phrase }) => !/^(?:The|A|An|New|Former|Facebook Veteran)$/.test(phrase))
    .sort((a, b) => b.count - a.count);
  const best = scored[0]?.phrase;
  if (best) return best;
  const publisher = textOf((node?.publisher as Record<string, unknown> | undefined)?.name);
  return publisher || siteName;
}

/** People the article names with their titles: "Jim Rose, CEO of CircleCI"; "X joins Y as COO". */
function peopleInText(texts: string[], author: string | undefined): News['people'] {
  const found = new Map<string, { name: string; title?: string }>();
  const add = (name: string, title?: string) => {
    const clean = cleanText(name);
    if (!looksLikeName(clean) || clean === author) return;
    const key = clean.toLowerCase();
    const known = found.get(key);
    const trimmed = title
      ? cleanText(title.replace(/\s+(?:said|says|added|explained|noted|told)\b.*$/i, ''))
      : undefined;
    if (known) {
      if (!known.title && trimmed) known.title = trimmed;
      return;
    }
    found.set(key, { name: clean, ...(trimmed ? { title: trimmed } : {}) });
  };
  for (const text of texts.slice(0, 60)) {
    for (const match of text.matchAll(nameTitle)) {
      const [, name = '', title = ''] = match;
      if (hasTitleWord(title)) add(name, title);
    }
    for (const match of text.matchAll(appointed)) {
      const [, name = '', rest = ''] = match;
      if (hasTitleWord(rest)) add(name, rest);
    }
  }
  return [...found.values()].slice(0, 30);
}
