import type { Position, Profile } from '@/lib/schema/capture';
import type { PageReading } from '@/lib/schema/page-reading';
import { nameSlug } from './classify';
import { hasKnownGivenName } from './given-names';
import { looksLikeName, parseName } from './names';
import type { PageKindReader } from './page';
import { currentTitle, isLinkedInProfile } from './platforms/linkedin';
import { nodesOfType, type StructuredData, textOf } from './structured-data';
import { cleanText, type TextLine } from './text';
import { hasTitleWord, isTitleLike } from './titles';

export interface ProfileResult {
  profile?: Profile;
  method: 'json-ld' | 'microdata' | 'structure' | 'text';
}

// Capitalised words, joined by "of", "and", "de": a connector never ends the name.
const organizationName = String.raw`(?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:of|for|and|&|de|der|für|do|da)\s+)*\p{Lu}[\p{L}\p{N}&'’.-]*|,\s*(?:Inc|LLC|Ltd|Corp)\.?)*`;
/** An organization as a sentence gives it, without its article, closing stop or trademark sign. */
const place = (text?: string) => cleanText(text?.replace(/^the\s+|[.,©®™]+$/gi, ''));
// An organization, or one whose name starts with a number: "41 Estudio Legal".
const organizationOrNumber = String.raw`(?:\p{N}+\s+)?${organizationName}`;
// A place of work or study after its preposition, in the languages bios are written in.
const placeAt = new RegExp(
  String.raw`\b(at|with|within|joined|from|bei|an der|am|beim|na|w|em|no|chez|(?:para|en|por)(?: el| la)?|del|bij|voor|aan de|(?:de|à) l[’'])(?:\s+|(?<=[’']))(${organizationOrNumber})`,
  'gu',
);
// Words that name much else name an employer only in a sentence about work: "en la", "del", "bij".
const loosePlace = /^(?:para|en|del|bij|voor)/;
const workWord = /[Ll]abor|[Tt]rabaj|desempeñ|fungido|ejercido|[Mm]iembro|[Pp]rofesor|[Ww]erk/;
// A school by its name after a word of study: "a JD from Duke", "Licenciado en Derecho por la Universidad",
// "Studium an der Bauhaus-Universität" ("an der" alone names employers as often).
const schoolName =
  /Univers|College|School|Institut|Hochschule|Acad|[EÉ]cole|Escuela|RWTH|\bETH\b|\bEPFL\b|\bTU\b|Polytechn|Politecn/;
const studyPlace = /^(?:from|por|aan de|de l|à l)/;
// The role a bio gives now: "is the Chief Executive Officer of Legatum", "labora como abogado en 41 Estudio Legal",
// "Ik ben lead software ontwikkelaar bij Tricode" (a role without a title word counts only when a word of work
// introduces it).
const currentRole = new RegExp(
  String.raw`\b(?:is|ist|est|es|é|am|bin|ben|suis|soy|sou|\S+ (?:as|als|comme|como))\s+(?:(?:currently|presently|now|also|derzeit|aktuell|actuellement|actualmente)\s+)?(?:(?:the|a|an|our|der|die|le|la|el|un|une|een)\s+)?([^.;,]{3,90}?)(?:\s+(?:of|at|bei|der|von|chez|de|du|en|del|van|bij)\s+(${organizationOrNumber})|\s+(?:since|seit|depuis|desde|sinds)\b|[.;,]|$)`,
  'u',
);
// The employer a bio was written for: "Before joining NWEA, …", "Prior to Legatum, …", "co-founded Trustwerk".
const currentEmployer = new RegExp(
  String.raw`\b(?:[Bb]efore|[Pp]rior to|founded)\s+(?:joining\s+)?(${organizationName})`,
  'u',
);
// CV clauses: "seit 2014 Wissenschaftlicher Mitarbeiter … an der Technischen Universität München".
const nowWords = '(?:seit|since|desde|od|depuis|actualmente|currently|derzeit|actuellement)';
const currentClause = new RegExp(String.raw`^${nowWords}\s+(?:\d{4}\s+)?(.{3,200})$`, 'i');
const clauseSplit = new RegExp(String.raw`,\s+(?=${nowWords}\b)`, 'i');

/** "Provost, University of Houston" → the title and the organization after its last comma. */
// A CV's label before the current role, and its start after it: "Aktuelle Position: …, Zürich · Seit Feb. 2024".
const currentLabel =
  /^(?:aktuelle position|aktuelle funktion|current (?:position|role)|position actuelle|poste actuel|cargo actual|puesto actual|huidige functie)\s*:\s*/i;
const sinceTail = /\s*[·|–—-]\s*(?:seit|since|depuis|desde|sinds|od)\b.*$/i;
// An employer by its legal form: "Rhomberg Sersa Rail AG", "Acme Ltd.".
const legalEntity =
  /\s(?:AG|GmbH|SE|KG|Inc\.?|Ltd\.?|LLC|plc|Corp\.?|S\.?A\.?S?|B\.?V\.?|N\.?V\.?|Oy|AB|ASA|S\.?r\.?l\.?|S\.?p\.?A\.?)$/;

function splitTitleAndOrganization(text: string): { title: string; organization?: string } {
  const line = text.replace(currentLabel, '').replace(sinceTail, '');
  const parts = line.split(/,\s+/);
  // "Projektleiter, Rhomberg Sersa Rail AG, Zürich": the part with a legal form is the employer, a place may follow.
  const entity = parts.findIndex((part, index) => index > 0 && legalEntity.test(part));
  if (entity > 0) return { title: parts.slice(0, entity).join(', '), organization: parts[entity] as string };
  const last = parts.at(-1) ?? '';
  if (parts.length > 1 && /^\p{Lu}/u.test(last) && !hasTitleWord(last) && last.split(/\s+/).length <= 7) {
    return { title: parts.slice(0, -1).join(', '), organization: last };
  }
  return { title: line };
}

/** Whether the page looks like one person's: person data, a contact card, or a name as a main heading. */
export function looksLikeProfile(
  data: StructuredData,
  lines: TextLine[],
  card: PageReading['card'],
  pageTitle = '',
): boolean {
  if (nodesOfType(data, 'ProfilePage').length > 0 || card?.name) return true;
  // A person in the page's data is its subject when the title or a heading names them; else an author.
  const named = (name: string) =>
    !!name && (pageTitle.includes(name) || lines.some((line) => line.heading > 0 && line.text.includes(name)));
  if (nodesOfType(data, 'Person').some((node) => named(textOf(node.name)))) return true;
  const headings = lines.filter((line) => line.heading > 0 && line.heading <= 3).slice(0, 4);
  // A heading that parses as a name ("Proven Success") is a person's only with a given name people have,
  // or when the page's title names them too ("Dr. Rodrigo Barahona – 41estudiolegal.com").
  return headings.some((line) => {
    const name = headingName(line.text);
    return !!name && (hasKnownGivenName(name) || pageTitle.includes(name));
  });
}

/** The last word of a name, as prose repeats it: "Mr. Nellessen", "Attorney Wilson". */
const surname = (name: string) => name.split(' ').pop() ?? name;
/** Every word after the given name: prose may repeat any ("Christian Urcuqui" for "Christian Camilo Urcuqui López"). */
const familyWords = (name: string) =>
  name
    .split(' ')
    .slice(1)
    .filter((word) => word.length > 2 && !/^(?:del|van|von|der|den|das|dos|las|los)$/i.test(word));

/** A heading that is a name, alone or beside its role: "Christian Camilo Urcuqui López | Orador". */
function headingName(text: string): string | undefined {
  const parts = text.split(/\s+[|–—·•]\s+/);
  return parseName(text)?.name ?? (parts.length === 2 ? parseName(parts[0] as string)?.name : undefined);
}

/**
 * The line that names the page's person: the first name heading whose surname the prose under it
 * repeats, else a lone card's name, else the first name heading. A slogan heading that parses as a
 * name ("Improving Security Operations") is passed over when a real one follows.
 */
function mainName(lines: TextLine[], people: { name: string }[]): { name: string; index: number } | undefined {
  let fallback: { name: string; index: number } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as TextLine;
    // The person comes before the page's prose: a name after an article is its author's box.
    if (line.text.length > 200) break;
    const lone = people.length === 1 && line.text === people[0]?.name;
    const name = lone ? line.text : line.heading > 0 ? headingName(line.text) : undefined;
    if (!name) continue;
    if (namedBelow(lines, index, name)) return { name, index };
    fallback ??= { name, index };
  }
  return fallback;
}

/** Whether prose under a name line, before the next heading, names the person again. */
function namedBelow(lines: TextLine[], index: number, name: string): boolean {
  const family = familyWords(name);
  for (const line of lines.slice(index + 1, index + 7)) {
    if (line.heading && line.heading <= 3) return false;
    if (line.text.length > 60 && family.some((word) => line.text.includes(word))) return true;
  }
  return false;
}

/** Whether the page reads as one person's bio: a name heading over prose that names them again. */
export function bioEvidence(lines: TextLine[], people: { name: string }[]): boolean {
  const found = people.length < 2 && mainName(lines, people);
  return !!found && namedBelow(lines, found.index, found.name);
}

const bioLabel =
  /^(?:bio|biography|biografie|biographie|biograf[ií]a|about me|über mich|à propos de moi|sobre m[ií]|over mij|lebenslauf|curriculum vitae|cv|vita)$/i;

/**
 * The person a bio page's title names beside its label ("Biography - Will Kymlicka", "Über mich | Anna
 * Weber", or an h1 "Biography" under the title "Will Kymlicka"), when the page's prose names them too.
 */
export function bioTitleName(title: string, lines: TextLine[]): string | undefined {
  const parts = title.split(/\s+[|–—·•:]\s+|\s+-\s+/).map((part) => part.trim());
  const labelled =
    parts.some((part) => bioLabel.test(part)) || lines.some((line) => line.heading === 1 && bioLabel.test(line.text));
  const name = labelled ? parts.map((part) => parseName(part)?.name).find(Boolean) : undefined;
  return name && proseNaming(lines, name) >= 0 ? name : undefined;
}

/**
 * The line a profile page sets under its main heading as its one-line summary ("Über mich" over
 * "Software ontwikkelaar en tuinierder"): a shorter heading, not a name or a sentence.
 */
function subheading(lines: TextLine[]): string | undefined {
  const at = lines.findIndex((line) => line.heading === 1);
  const next = at >= 0 ? lines[at + 1] : undefined;
  if (!next || next.heading <= 1 || next.text.length > 100 || /[.!?]$/.test(next.text)) return undefined;
  return looksLikeName(next.text) || bioLabel.test(next.text) ? undefined : next.text;
}

// "Asaf Manela is a financial economist …", "Anna Keller ist eine Bauingenieurin …".
const describedAsPattern =
  /^\s*(?:is|ist|est|es|is een|är|er)\s+(?:a|an|ein|eine|un|une|una|een|en|ett)\s+(.{10,200}?)\.?$/u;

/** What the bio's first sentence says its person is, when it opens with their name. */
function describedAs(sentence: string, name: string): string | undefined {
  if (!sentence.startsWith(name)) return undefined;
  const what = describedAsPattern.exec(sentence.slice(name.length))?.[1];
  return what ? what.charAt(0).toUpperCase() + what.slice(1) : undefined;
}

/** The first paragraph that names the person by their surname. */
function proseNaming(lines: TextLine[], name: string): number {
  return lines.findIndex((line) => line.text.length > 60 && !line.heading && line.text.includes(surname(name)));
}

/** The person a bio or profile page is about. */
export function readProfile(
  reading: Pick<PageReading, 'card' | 'platformProfile' | 'meta'>,
  data: StructuredData,
  lines: TextLine[],
  people: { name: string; title?: string }[] = [],
): ProfileResult {
  const personNode =
    nodesOfType(data, 'ProfilePage')
      .map((page) => page.mainEntity as Record<string, unknown> | undefined)
      .find((entity) => entity && textOf(entity.name)) ?? nodesOfType(data, 'Person')[0];
  const { card } = reading;
  const content = lines;

  let name = textOf(personNode?.name);
  let method: ProfileResult['method'] = personNode
    ? ((personNode['@from'] as ProfileResult['method'] | undefined) ?? 'json-ld')
    : 'structure';
  if (!name && card) {
    name = card.name;
    method = 'microdata';
  }
  const main = mainName(content, people);
  if (!name && main) name = main.name;
  const titleName = name ? undefined : bioTitleName(reading.meta.documentTitle, content);
  if (titleName) name = titleName;
  if (!name) return { method };

  const named = name;
  const nameIndex =
    main?.name === name
      ? main.index
      : titleName
        ? proseNaming(content, titleName)
        : content.findIndex((line) => line.text === named || parseName(line.text)?.name === named);
  const following = nameIndex >= 0 ? content.slice(nameIndex + 1, nameIndex + 4) : [];
  // A line of the bio that tells the role ("Actualmente labora como abogado en …") is prose, not a stated title.
  // A labelled current position ("Aktuelle Position: …") is the title, before any summary that names a trade.
  const titleLine =
    following.find((line) => currentLabel.test(line.text) && line.text.length < 200) ??
    following.find(
      (line) =>
        isTitleLike(line.text) && hasTitleWord(line.text) && line.text.length < 200 && !currentRole.test(line.text),
    );
  const headline = card?.headline || subheading(content) || undefined;
  const titleAndPlace = titleLine
    ? splitTitleAndOrganization(cleanText(titleLine.text))
    : (signedRole(following, named) ?? { title: '' });

  const platform = reading.platformProfile ?? { positions: [], education: [] };
  const platformTitle = currentTitle(platform.positions);
  // The bio: the prose after the name (short CV lines too), up to the next mention of someone else.
  const paragraphs = content
    .slice(Math.max(0, nameIndex), nameIndex + 40)
    .filter((line) => line.text.length > 40 && !line.heading)
    .map((line) => line.text);
  const sentences = paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u));
  // The role the bio says is current ("He is currently …") before any other it names ("is also the editor of …").
  const roles = sentences
    .map((sentence) => currentRole.exec(sentence))
    .filter((match) => match && (hasTitleWord(match[1] ?? '') || workWord.test(match[0])));
  const role =
    roles.find((match) =>
      /\b(?:currently|presently|now|derzeit|aktuell|actuellement|actualmente)\b/.test(match?.[0] ?? ''),
    ) ?? roles[0];
  const employer = sentences.map((sentence) => currentEmployer.exec(sentence)).find(Boolean);
  const background = backgroundInText(sentences);
  const cv = timeline(content.slice(Math.max(0, nameIndex)));
  const education =
    platform.education.length > 0
      ? platform.education
      : [
          ...cv.education,
          ...background.education.filter((entry) => !cv.education.some((known) => known.school === entry.school)),
        ];
  const current = currentPositions(paragraphs);
  const roleOrganization = place(role?.[2]) || undefined;
  const cardTitle = people.find((person) => person.name === name)?.title;
  // A title stated apart from the prose wins; the prose's role is then often an earlier one.
  const statedTitle =
    platformTitle || textOf(personNode?.jobTitle) || titleAndPlace.title || cardTitle || current[0]?.title;
  const positions =
    platform.positions.length > 0
      ? platform.positions
      : [
          ...cv.positions,
          ...current.filter((position) => !cv.positions.some((known) => known.organization === position.organization)),
          ...(roleOrganization && !statedTitle
            ? [{ title: cleanText(role?.[1]), organization: roleOrganization }]
            : []),
          ...background.positions.filter(
            (position) => !current.some((known) => known.organization === position.organization),
          ),
        ];
  const organization =
    textOf(personNode?.worksFor) ||
    card?.organization ||
    titleAndPlace.organization ||
    place(employer?.[1]) ||
    roleOrganization ||
    undefined;
  const location =
    textOf((personNode?.address as Record<string, unknown> | undefined)?.addressLocality ?? personNode?.homeLocation) ||
    card?.location ||
    undefined;

  const title = statedTitle || cleanText(role?.[1]) || undefined;
  // Else the one line a bio opens with about them: "Asaf Manela is a financial economist working on …".
  const selfDescribed = headline ?? describedAs(sentences[0] ?? '', named);
  return {
    method: platform.positions.length > 0 ? 'structure' : method,
    profile: {
      name: cleanText(name),
      ...(selfDescribed ? { headline: selfDescribed } : {}),
      ...(title ? { title: cleanText(title) } : {}),
      ...(organization ? { organization } : {}),
      ...(location ? { location } : {}),
      positions,
      education,
    },
  };
}

/**
 * A bio that opens with the person's name and a colon states their role after it, up to the first
 * sentence's end or "also": "Christian Urcuqui: Security Data Scientist, director de TI e investigador de
 * Quantil S.A.S, además, soy profesor …" gives the roles and, after the last "de", the employer.
 */
function signedRole(lines: TextLine[], name: string): { title: string; organization?: string } | undefined {
  const given = name.split(' ')[0] ?? name;
  const line = lines.find(
    (candidate) => candidate.text.startsWith(`${given} `) && /^[^:.]{3,60}:\s/.test(candidate.text),
  );
  const label = line?.text.slice(0, line.text.indexOf(':'));
  if (!line || !label || !familyWords(name).some((word) => label.includes(word))) return undefined;
  const role = line.text
    .slice(label.length + 1)
    .split(/[.;]\s|,\s+(?:además|also|außerdem|en outre|ademas|tevens)\b/i)[0]
    ?.trim();
  if (!role || role.length > 160 || !hasTitleWord(role)) return undefined;
  const at = [...role.matchAll(/\s(?:at|bei|de|chez|en|bij)\s+(?=\p{Lu})/gu)].at(-1);
  const organization = at?.index !== undefined ? role.slice(at.index + at[0].length) : '';
  return organization && !organization.includes(',')
    ? { title: cleanText(role.slice(0, at?.index)), organization: cleanText(organization) }
    : { title: cleanText(role) };
}

/** Words that make a place named after "at" a place of work even without a title: "held positions at Harcourt". */
const workClause =
  /\b(?:work(?:ed|s|ing)?|held|holds?|served?|serving|employed|joined|positions?|roles?|career|spent|taught|teach(?:es|ing)?|trabaj\p{L}*|labor\p{L}*|ejerci\p{L}*|fungi\p{L}*|desempe\p{L}*|colabor\p{L}*|tätig|arbeit\p{L}*|travaill\p{L}*|trabalh\p{L}*|werk\p{L}*|member|miembro|mitglied|membre|board|junta|consejo|conseil|vorstand|aufsichtsrat)(?!\p{L})/iu;

// A CV timeline's dates: "Feb. 2024 – Laufend", "Jun. 2019 – Jan. 2023", "2013 - 2018", "März 2020 – heute".
const timelineDates =
  /^(?:\p{L}+\.?\s)?(?:19|20)\d{2}\s*[–—-]\s*(?:(?:\p{L}+\.?\s)?(?:19|20)\d{2}|present|current|now|today|heute|laufend|aktuell|aujourd[’']hui|actualidad|hoy|actualmente|obecnie|atual|nu)$/iu;

/**
 * A CV's timeline: a line of dates, then the employer or school ("SBB AG · Olten, Schweiz") and the title
 * or degree, in either order. A school makes an entry of education, anything else a position.
 */
function timeline(lines: TextLine[]): Pick<Profile, 'positions' | 'education'> {
  const positions: Position[] = [];
  const education: Profile['education'] = [];
  for (let index = 0; index < lines.length && positions.length + education.length < 30; index++) {
    const dates = (lines[index] as TextLine).text;
    if (dates.length > 40 || !timelineDates.test(dates)) continue;
    const [first, second] = lines.slice(index + 1, index + 3).map((line) => line.text);
    if (!first || !second || first.length > 100 || second.length > 100 || timelineDates.test(second)) continue;
    const [start, end] = dates.split(/\s*[–—-]\s*/);
    const span = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
    const where = (text: string) => text.split(/\s+[·|]\s+/)[0] as string;
    if (schoolName.test(where(first))) {
      education.push({ school: where(first), degree: second, years: dates });
    } else if (isTitleLike(second) && hasTitleWord(second) && !hasTitleWord(where(first))) {
      positions.push({ title: second, organization: where(first), ...span });
    } else if (isTitleLike(first) && hasTitleWord(first) && !hasTitleWord(where(second))) {
      positions.push({ title: first, organization: where(second), ...span });
    }
  }
  return { positions, education };
}

/** The clauses of a CV-like sentence that are still current ("seit 2014 …"), as positions. */
function currentPositions(paragraphs: string[]): Position[] {
  const positions: Position[] = [];
  for (const clause of paragraphs.slice(0, 5).flatMap((paragraph) => paragraph.split(clauseSplit))) {
    const body = currentClause.exec(clause.trim())?.[1];
    const last = body && hasTitleWord(body) ? [...body.matchAll(placeAt)].at(-1) : undefined;
    if (!body || !last) continue;
    positions.push({
      // "labora como abogado", "serves as CFO": the title is what follows the verb.
      title: cleanText(body.slice(0, last.index)).replace(/^\p{L}+\s+(?:as|als|comme|como)\s+/iu, ''),
      organization: place(last[2]),
      end: 'Present',
    });
  }
  return positions;
}

/**
 * Earlier positions and degrees told in a bio: "served as CFO at Imprivata", "Laboró para ICS
 * Consultores", "holds a Ph.D. in anthropology from the University of Pennsylvania", "Licenciado en
 * Derecho por la Universidad de Costa Rica". Each employer and school once.
 */
function backgroundInText(sentences: string[]): Pick<Profile, 'positions' | 'education'> {
  const byOrganization = new Map<string, Position>();
  const education: Profile['education'] = [];
  for (const sentence of sentences) {
    let from = 0;
    // A school right after a place of work is that employer's: "an der Professur X an der Universität Y".
    let workEnd = -1;
    for (const match of sentence.matchAll(placeAt)) {
      const at = match.index ?? 0;
      const before = sentence.slice(from, at);
      const afterWork = workEnd === from && !before.trim();
      from = at + match[0].length;
      const organization = place(match[2]);
      if (organization.length < 3 || /^(?:He|She|The|This|In|At)$/.test(organization)) continue;
      // "co-editor with Ian Shapiro of …": who one writes or works with is not a place of work.
      if (match[1] === 'with' && /\bco-?(?:edit|author|writ|found)|\btogether\b|\bjointly\b|\bcollaborat/i.test(before))
        continue;
      // A school after "from" or "por" is education ("Abogado por la Universidad": a degree); after a word
      // of study too, unless a title comes before it ("Professor an der …").
      const fromSchool = /^(?:from|por)/.test(match[1] ?? '');
      if (
        schoolName.test(organization) &&
        // "Nationalism Studies" names a field, not an act of study.
        (studyPlace.test(match[1] ?? '') || /[Ss]tudi(?!es\b)|\bstudies\b/.test(before)) &&
        !afterWork &&
        (fromSchool || !hasTitleWord(before.split(/[,;]/).pop() ?? ''))
      ) {
        // The degree is what the sentence says before the school, from its last "holds a", "and an".
        const degree = cleanText(
          before
            .split(/\b(?:holds|and|an?)\s+|,/)
            .pop()
            ?.replace(/^(?:his|her|their|sein|seine|ihr|ihre|son|sa|su)\s+/i, ''),
          90,
        );
        if (!education.some((entry) => entry.school === organization))
          education.push({ school: organization, ...(degree ? { degree } : {}) });
        continue;
      }
      if (loosePlace.test(match[1] ?? '') && !workWord.test(sentence)) continue;
      // The title is the run of words before "at", from its first title word.
      const words = (
        sentence
          .slice(0, at)
          .split(/[;:]|\b(?:as|includes?|included|was|served|is)\b/)
          .pop() ?? ''
      )
        .trim()
        .replace(/,$/, '')
        .split(/\s+/)
        .slice(-14);
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
      // "Her papers are available at the Caracol Project", "Chase's work at Caracol": a place named, not a job.
      const clause = before.split(/[,;]/).pop() ?? '';
      if (!title && !workClause.test(clause)) continue;
      if (/\p{L}['’]s\s/u.test(title)) continue;
      const key = organization.toLowerCase();
      const known = byOrganization.get(key);
      if (!known || (!known.title && title)) byOrganization.set(key, { title, organization });
      workEnd = from;
    }
  }
  return { positions: [...byOrganization.values()].slice(0, 20), education: education.slice(0, 10) };
}

/** One person's bio or profile: their name, title, positions and education. */
export const profilePage: PageKindReader = {
  kind: 'person',
  detect: (page) =>
    (nodesOfType(page.data, 'ProfilePage').length ? 5 : 0) +
    (isLinkedInProfile(page.url) ? 6 : 0) +
    (page.url && nameSlug(page.url) ? 3 : 0) +
    (page.meta.type === 'profile' ? 3 : 0) +
    (page.hasProfile && page.people.length <= 2 ? 3 : 0) +
    (bioEvidence(page.lines, page.people) || bioTitleName(page.meta.documentTitle, page.lines) ? 3 : 0),
  read: (page) => {
    const { profile, method } = readProfile(page.reading, page.data, page.lines, page.people);
    if (!profile) return { facts: [] };
    const fact = (type: 'position' | 'education', ...parts: (string | undefined)[]) => {
      const text = parts.filter(Boolean).join(', ');
      return { type, text, snippet: text, method };
    };
    return {
      person: profile,
      facts: [
        ...profile.positions.map((position) => fact('position', position.title, position.organization)),
        ...profile.education.map((entry) => fact('education', entry.degree, entry.school)),
      ],
    };
  },
};
