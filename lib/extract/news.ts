import type { News } from '@/lib/schema/capture';
import { announcement } from './classify';
import { toIsoDate } from './dates';
import { hasKnownGivenName } from './given-names';
import type { PageMeta } from './meta';
import { looksLikeName } from './names';
import type { PageKindReader } from './page';
import { nodesOfType, type StructuredData, textOf } from './structured-data';
import { cleanText, type TextLine } from './text';
import { hasTitleWord } from './titles';

const newsTypes = ['NewsArticle', 'ReportageNewsArticle', 'PressRelease', 'AnalysisNewsArticle'];
const postTypes = ['Article', 'BlogPosting'];
export const articleTypes = [...newsTypes, ...postTypes, 'TechArticle'];

const events: [NonNullable<News['eventType']>, RegExp][] = [
  [
    'acquisition',
    /\b(?:acqui(?:res?|red|sition)|to acquire|to buy|buys|merge[rs]?|übern(?:immt|ahme)|adquire|aquisição|przej(?:muje|ęcie)|rachète)\b/i,
  ],
  [
    'funding',
    /\b(?:raise[sd]?|funding|series [a-f]\b|(?:seed|investment|financing) round|venture|finanzierung(?:srunde)?|investimento|rodada|finansowanie|runda|levée de fonds)\b/i,
  ],
  [
    'departure',
    /\b(?:steps? down|resign(?:s|ation)?|retire(?:s|ment)?|departs?|leaves|to leave|exits?|tritt zurück|verlässt|deixa|renuncia|odchodzi|rezygnuje)\b/i,
  ],
  [
    'hire',
    /\b(?:appoint(?:s|ed|ment)?|name[sd]?|hire[sd]?|joins?|to join|welcomes?|promote[sd]?|new (?:ceo|cfo|coo|cto|dean|president|chief|head|director)|ernennt|ernannt|neuer|neue|nomeia|nomeado|contrata|powołuje|powołany|został|została|nowym|nową|nomme|nommé)\b/i,
  ],
  [
    'launch',
    /\b(?:launch(?:es|ed)?|introduces?|unveils?|releases?|announces? (?:the )?(?:general )?availability|debuts?|rolls out|startet|lança|lançamento|wprowadza|uruchamia|lance)\b/i,
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

const byline = /^(?:by|von|por|autor(?:ka)?|par|door|di)\s*:?(?:\s+(.{3,99}))?$/i;
const place = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}`;
const dayMonth = String.raw`\p{Lu}\p{Ll}*\.?\s\d{1,2},?\s\d{4}|\d{1,2}\.?\s\p{L}+\.?\s\d{4}`;
// "NEW YORK, March 3, 2024 /PRNewswire/ --", "DUBLIN, July 2, 2014 —", "New York, NY –", "WASHINGTON (AP) —".
const dateline = new RegExp(
  `^(?:${place}(?:,\\s(?:${dayMonth}|${place})){1,2}\\s*(?:/[^/]{2,30}/\\s*)?[-–—]|\\p{Lu}{3,}(?:\\s\\p{Lu}+)*\\s?(?:\\([\\p{L} ]+\\)\\s?[-–—]|-+\\())`,
  'u',
);

/** Where the story starts: the headline's line (an <h1>, else the title's), or 0. */
function headlineAt(lines: TextLine[], title: string): number {
  const at = lines.findIndex((line) => (line.heading === 1 && line.text.length > 15) || line.text === title);
  return Math.max(0, at);
}

/** The line of a press dateline near the story's start ("BAAR, SWITZERLAND" alone counts too), or -1. */
function datelineAt(lines: TextLine[], from: number): number {
  for (let index = from; index < Math.min(lines.length, from + 40); index++) {
    const text = (lines[index] as TextLine).text;
    // "Boston, MA — November 1, 2016" on a line of its own is a dateline too.
    // A dateline opens its line, in fewer than 100 characters: only those are tried, long lines cost.
    if ((text.length > 40 || /\b(?:19|20)\d{2}\b/.test(text)) && dateline.test(text.slice(0, 100))) return index;
    const alone = text.length < 64 && text === text.toUpperCase() && /^\p{Lu}[^,]{2,30}, \p{Lu}[^,]{2,30}$/u.test(text);
    if (alone && (lines[index + 1]?.text.length ?? 0) > 100) return index;
  }
  return -1;
}

/** A short line just above or below the headline that is a date ("08.04.2015 12:46", "August 23, 2018"). */
function datedHeadline(lines: TextLine[], title: string): boolean {
  const at = headlineAt(lines, title);
  if (!lines[at]?.heading) return false;
  return [at - 2, at - 1, at + 1, at + 2].some((index) => {
    const text = lines[index]?.text ?? '';
    return text.length <= 40 && !!toIsoDate(text) && text.replace(/[\d\s.,:/-]|\p{L}{3,}\.?/gu, '').length <= 4;
  });
}

/** Where a press release ends: its "About X" boilerplate, its press contacts, its legal notice. */
const pressContact =
  /^(?:(?:press|media|investor(?: relations)?|public relations|pr|news)\s+contacts?|for (?:more|further) information|pressekontakt|medienkontakt|contacts? presse|contacto (?:de prensa|para medios)|perscontact|persinformatie)\b/i;
const pressLegal = /forward-looking statements|safe harbor|zukunftsgerichtete aussagen|^(?:###|-\s?30\s?-)$/i;
const headlineVerb =
  /\b(?:announces?|appoints?|names|introduc(?:es?|ing)|launch(?:es)?|acquires?|completes?|unveils?|partners? with|expands?|joins?|wins?|raises?|reports?|welcomes?|selects?|signs?|opens?|celebrates?)\b/i;

/** How much the page's own parts read as a press release, 0 to 4. */
function pressReleaseParts(lines: TextLine[], headline: string): number {
  const about = lines.some(
    (line) =>
      strong(line) &&
      /^(?:about|über|à propos de|acerca de|sobre|over)\s+(?!us\b|me\b|the author\b|this\b)\S/i.test(line.text) &&
      line.text.length <= 60,
  );
  const contact = lines.some((line) => line.text.length <= 60 && pressContact.test(line.text));
  const legal = lines.some((line) => line.text.length <= 400 && pressLegal.test(line.text));
  return Math.min(4, 2 * (Number(about) + Number(contact) + Number(legal)) + Number(headlineVerb.test(headline)));
}

/** The date a line gives the story, passing over an old photo's ("FILE - In this March 2, 2011 file photo"). */
const storyDate = (text: string | undefined) =>
  toIsoDate(text?.replace(/\bin this\b.{0,40}?\bfile (?:photo|image)\b/gi, ''));

/** A heading or a bold line: where headlines and "About X" sections stand. */
const strong = (line: TextLine) => line.heading > 0 || /^(?:B|STRONG)$/.test(line.ownerTag);
/** "LISA MASCARO" → "Lisa Mascaro": bylines are often set in capitals. */
const unshout = (text: string) => text.replace(/\p{Lu}{2,}/gu, (word) => word[0] + word.slice(1).toLowerCase());
/** One name or two joined by "and": "Jordan Robertson and Rachel Metz". */
const namesOk = (text: string) => text.split(/\s+(?:and|und|et|e|y|i)\s+/).every((name) => looksLikeName(name));
const capitalised = String.raw`\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|van|von|de|da|dos|del`;
// A run of capitalised words that may hold a name: "Facebook Veteran Grady Burnett".
const namePhrase = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:${capitalised})){1,5}`;
// Verbs are matched in either case: "joins" in a sentence, "Joins" in a headline.
const either = (words: string) =>
  words
    .split('|')
    .map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`)
    .join('|');
// "Jane Doe, chief financial officer of Acme", "said Jim Rose, Chief Executive Officer, CircleCI".
const nameTitle = new RegExp(
  `(${namePhrase})(?:\\s*\\([^)]{1,40}\\))?,\\s+((?:the\\s+)?[^,.;“”"]{3,120}(?:,\\s*[^,.;“”"]{2,60})?)`,
  'gu',
);
// "Grady Burnett Joins HackerRank As COO", "Maciej Krzysztoszek został nowym rzecznikiem".
const appointed = new RegExp(
  `(${namePhrase})\\s+(?:${either('joins|has joined|will join|is set to join|set to join|has been (?:appointed|named)|was (?:appointed|named)|becomes|named|appointed|została?|wird|assumes')})\\s+([^.;]{3,140})`,
  'gu',
);

/** The person's name at the end of a capitalised run: the words after "Facebook Veteran". */
function nameIn(phrase: string): string | undefined {
  // A sentence's opening word is not part of the name after it: "But Trip Chowdhry, an analyst …",
  // "Introducing Junior Gaspard, New CEO at Experience".
  const words = phrase
    .trim()
    .replace(
      /^(?:But|And|So|Yet|Also|However|Meanwhile|Still|Then|When|While|After|Before|Now|Though|Although|Because|If|Introducing|Meet|Welcome|Welcoming|Announcing|Congratulations(?: to)?)\s+/,
      '',
    )
    .split(/\s+/);
  phrase = words.join(' ');
  for (let start = 0; start <= words.length - 2; start++) {
    const candidate = words.slice(start).join(' ');
    if (candidate.split(' ').length <= 4 && looksLikeName(candidate) && hasKnownGivenName(candidate)) return candidate;
  }
  return words.length <= 3 && looksLikeName(phrase.trim()) ? phrase.trim() : undefined;
}

const organizationPhrase = String.raw`((?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|for|and|&|de|der|du)(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|for|and|&|de|der|du))*)`;
// "… Joins HackerRank As COO", "… Set to Join University of Houston as …"
const joinsOrganization = new RegExp(
  `\\b(?:${either('joins?|returns to|moves to|heads to')})\\s+${organizationPhrase}\\s+(?:[Aa]s|[Tt]o)\\b`,
  'u',
);

/** "joins HackerRank as COO" → title "COO, HackerRank"; otherwise the words as they are. */
function titleFromAppointment(rest: string): string {
  const match = /^(?:the\s+)?(.+?)\s+[Aa]s\s+(?:(?:its|the|a|an|new)\s+)*(.+)$/u.exec(rest);
  if (match?.[1] && match[2] && /^\p{Lu}/u.test(match[1])) return `${match[2]}, ${match[1]}`;
  return rest.replace(/^(?:its|the|a|an|new|nowym|nową)\s+/i, '');
}

/** A news article or press release: headline, date, author, the company it is about, the people it names. */
export function readNews(
  data: StructuredData,
  meta: PageMeta,
  lines: TextLine[],
  siteName: string,
  host = '',
): News | undefined {
  const node = nodesOfType(data, ...articleTypes)[0];
  const content = lines;
  const h1 = content.find((line) => line.heading === 1 && line.text.length > 15)?.text;
  const start = headlineAt(content, meta.title);
  const datelineIndex = datelineAt(content, start);
  // A filed release ("EX-99.1") has no headline but its bold line above the dateline.
  const boldHeadline = content
    .slice(Math.max(0, datelineIndex - 6), Math.max(0, datelineIndex))
    .find((line) => strong(line) && / \S+ \S+ /.test(line.text))?.text;
  const headline = cleanText(
    textOf(node?.headline ?? node?.name) ||
      h1 ||
      (meta.title.split(/\s+/).length > 3 ? meta.title : boldHeadline || meta.title),
  );
  if (!headline) return undefined;

  const datetime = content.find((line) => line.datetime !== undefined)?.datetime || undefined;
  const nearHeadline = content.slice(Math.max(0, start - 3), start + 12);
  const datePublished =
    toIsoDate(textOf(node?.datePublished)) ??
    toIsoDate(meta.published) ??
    toIsoDate(datetime) ??
    nearHeadline.map((line) => (line.text.length < 120 ? storyDate(line.text) : undefined)).find(Boolean) ??
    storyDate(content[datelineIndex]?.text.slice(0, 60));

  const authorNode = node?.author;
  const authorName = [authorNode]
    .flat()
    .map((author) => textOf(author))
    .find((name) => name && looksLikeName(name));
  // "By JANE DOE, Staff Writer", "Par" with the name on the next line.
  const bylineName = nearHeadline
    .map((line, index) => {
      const found = byline.exec(line.text);
      return (
        found && unshout((found[1] ?? nearHeadline[index + 1]?.text ?? '').split(/\s*[,|(]\s*|\s+[-–—]\s+/)[0] ?? '')
      );
    })
    .find((name) => name && namesOk(name));
  const metaAuthor = meta.author && looksLikeName(meta.author) ? meta.author : undefined;
  const author = authorName || bylineName || metaAuthor;

  // Lead paragraphs are often set as <h2>: everything but the headline is body text.
  const body = content.filter((line) => line.heading !== 1 && line.text.length > 30).map((line) => line.text);
  const eventText = `${headline} ${body.slice(0, 2).join(' ')}`;
  const eventType =
    events.find(([, pattern]) => pattern.test(headline))?.[0] ??
    events.find(([, pattern]) => pattern.test(eventText))?.[0] ??
    'other';

  const people = peopleInText([headline, ...body], author);
  const organization = subjectOrganization(headline, content, node, siteName, host, people);
  return {
    headline,
    ...(datePublished ? { datePublished } : {}),
    ...(author ? { author: cleanText(author) } : {}),
    ...(organization ? { organization } : {}),
    eventType,
    people,
  };
}

/**
 * The company the story is about: a press release's "About X" section (the one the headline names), the
 * site's own name in the headline, the headline's company, else the headline's proper noun the story
 * repeats most ("Disney+ glitches" in a story that says Disney twenty times).
 */
// "Acme is a …", "Sand im Getriebe ist ein …", "Rix est une …": how a release's closing paragraph starts.
const introducesItself =
  /^(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|im|am|of|for|de|der|des|du|für|and|und|&)){0,5})\s+(?:is|ist|est|es|är|er|jest)\s+(?:a|an|the|ein|eine|un|une|una|een|en|ett)\s/u;

function subjectOrganization(
  headline: string,
  lines: TextLine[],
  node: Record<string, unknown> | undefined,
  siteName: string,
  host: string,
  people: News['people'],
): string {
  const abouts = lines
    .filter(strong)
    .map(
      (line) => /^(?:about|über|sobre|o firmie|à propos de|acerca de)\s+(.{2,60}?)\s*:?$/i.exec(line.text)?.[1] ?? '',
    )
    .filter((about) => about && !/^(?:us|the author|this|our)$/i.test(about));
  const about =
    abouts.find((name) => headline.toLowerCase().includes(name.split(' ')[0]?.toLowerCase() ?? '')) ?? abouts[0];
  if (about) return cleanText(about);
  // The same boilerplate without its heading, by the name the site's address spells: "Sand im Getriebe
  // ist ein Aktionsbündnis …" on sand-im-getriebe.mobi.
  const own = host.split('.').at(-2) ?? '';
  // As an address spells a name: "Bündnis" as "buendnis" (or "bundnis"), "Café" as "cafe".
  const spelled = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '');
  const german = (name: string) =>
    spelled(name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'));
  const introduced = lines
    .slice(0, 300)
    .map((line) => introducesItself.exec(line.text)?.[1] ?? '')
    .find((name) => name && own.length > 2 && (spelled(name) === spelled(own) || german(name) === spelled(own)));
  if (introduced) return cleanText(introduced);
  const words = headline.split(/[\s,:;"“”‘’]+/).map((word) => word.replace(/^'|[^\p{L}\p{N}]+$/gu, ''));
  const publisher = textOf((node?.publisher as Record<string, unknown> | undefined)?.name);
  // A headline's short form of the site's own name ("SRT" for "SRT Marine Systems") is that name.
  // "NodeFactory - Blockchain research and development company": the name before its tagline.
  const fuller = (word: string) =>
    [publisher, siteName]
      .map((name) => name.split(/\s+[|–—-]\s+/)[0] ?? name)
      .find((name) => name.toLowerCase().startsWith(`${word.toLowerCase()} `)) ?? word;
  const ownWord = words.find((word) => word.toLowerCase() === own);
  if (ownWord) return fuller(ownWord);
  const found = joinsOrganization.exec(headline)?.[1]?.trim();
  if (found && !(looksLikeName(found) && hasKnownGivenName(found)) && !hasTitleWord(found)) return cleanText(found);
  const named = new Set(people.flatMap((person) => person.name.split(' ')));
  const counts = new Map<string, number>();
  for (const line of lines.slice(0, 300)) {
    for (const token of line.text.split(/[^\p{L}\p{N}]+/u)) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  let best = '';
  let most = 2;
  words.forEach((word, index) => {
    const count = counts.get(word) ?? 0;
    const name = (at: number) => hasKnownGivenName(`${words[at]} x`);
    if (!/^\p{Lu}/u.test(word) || named.has(word) || name(index) || name(index - 1) || hasTitleWord(word)) return;
    if (count > most && count > 2 * (counts.get(word.toLowerCase()) ?? 0)) [best, most] = [word, count];
  });
  return (best && fuller(best)) || publisher || siteName;
}

/** People the article names with their titles: "Jim Rose, CEO of CircleCI"; "X joins Y as COO". */
function peopleInText(texts: string[], author: string | undefined): News['people'] {
  const found = new Map<string, { name: string; title?: string }>();
  const add = (phrase: string, title?: string) => {
    const clean = nameIn(cleanText(phrase));
    if (!clean || clean === author) return;
    const key = clean.toLowerCase();
    const known = found.get(key);
    const trimmed = title
      ? cleanText(
          roleOf(
            title
              .replace(/,?\s+(?:said|says|added|explained|noted|told)\b.*$/i, '')
              // "Tim Cook, the chief operating officer, was named CEO": the appositive is the title.
              .replace(/^([^,]{3,80}),\s+(?:was|is|has|had|will|who)\b.*$/i, '$1'),
          ),
        )
      : undefined;
    if (known) {
      if (!known.title && trimmed) known.title = trimmed;
      return;
    }
    found.set(key, { name: clean, ...(trimmed ? { title: trimmed } : {}) });
  };
  // Each way of naming someone here needs a title word in the text: a paragraph without one is passed over.
  const titled = texts.slice(0, 60).filter((text) => hasTitleWord(text));
  for (const text of titled) {
    for (const match of text.matchAll(nameTitle)) {
      const [, name = '', title = ''] = match;
      // A title comes first: "X, is more entangled than the president" gives none.
      if (hasTitleWord(title.split(' ').slice(0, 5).join(' '))) add(name, title);
    }
    for (const match of text.matchAll(appointed)) {
      const [, name = '', rest = ''] = match;
      if (hasTitleWord(rest)) add(name, titleFromAppointment(rest));
    }
  }
  // "HackerRank cofounder and chief executive Vivek Ravisankar", "its other co-founder, Jane Doe".
  const mention = new RegExp(namePhrase, 'gu');
  for (const text of titled) {
    for (const match of text.matchAll(mention)) {
      const name = nameIn(match[0]);
      if (!name || found.get(name.toLowerCase())?.title) continue;
      const offset = (match.index ?? 0) + match[0].lastIndexOf(name);
      const before =
        text
          .slice(Math.max(0, offset - 80), offset)
          .split(/[.;:!?(“”"]/)
          .pop() ?? '';
      const words = before.replace(/,\s*$/, '').trim().split(/\s+/).slice(-7);
      const first = words.findIndex((word) => hasTitleWord(word));
      if (first < 0 || !hasTitleWord(words.at(-1) ?? '')) continue;
      const start = first > 0 && /^\p{Lu}/u.test(words[first - 1] ?? '') ? first - 1 : first;
      add(name, words.slice(start).join(' '));
    }
  }
  return [...found.values()].slice(0, 30);
}

/**
 * The role in a clause that tells of a naming: "was quickly named CEO of the company Jobs co-founded" →
 * "CEO"; "has been appointed Chief Financial Officer of Acme" → "Chief Financial Officer of Acme".
 */
function roleOf(title: string): string {
  const named =
    /^(?:was|is|has been|had been|will be)\s+(?:\p{Ll}+ly\s+)?(?:named|appointed|elected|promoted to|made)\s+(?:as\s+)?(?:the\s+|its\s+|new\s+)*(.+)$/u.exec(
      title,
    )?.[1];
  if (!named) return title;
  // The role's own words: capitalised ones and their joints, to the first plain word ("CEO of the company").
  const role = /^(?:(?:\p{Lu}[\p{L}.&'’-]*|of|and|&|for)(?:\s+|$))+/u.exec(named)?.[0].trim() ?? named;
  return role.replace(/\s+(?:of|and|&|for)$/, '') || named;
}

/** A news story or press release: its headline, date, author, the company and people it is about. */
export const newsPage: PageKindReader = {
  kind: 'news',
  detect: (page) =>
    (nodesOfType(page.data, ...newsTypes).length ? 5 : 0) +
    (nodesOfType(page.data, ...postTypes).length ? 2 : 0) +
    (page.lines.slice(0, 400).some((line) => line.text.length > 80 && announcement.test(line.text)) ? 2 : 0) +
    (page.meta.type === 'article' ? 1 : 0) +
    (page.meta.published ? 1 : 0) +
    (datelineAt(page.lines, headlineAt(page.lines, page.meta.title)) >= 0 ? 3 : 0) +
    (datedHeadline(page.lines, page.meta.title) ? 2 : 0) +
    pressReleaseParts(page.lines, page.lines[headlineAt(page.lines, page.meta.title)]?.text ?? ''),
  read: (page) => {
    const news = readNews(page.data, page.meta, page.lines, page.meta.siteName, page.url?.hostname);
    if (!news) return { facts: [] };
    const text = [news.datePublished, news.headline].filter(Boolean).join(': ');
    const method = page.data.nodes.length ? 'json-ld' : 'structure';
    return {
      news,
      organizationName: news.organization,
      facts: [{ type: 'news', text, snippet: news.headline, method }],
    };
  },
};
