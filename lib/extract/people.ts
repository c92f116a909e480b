import type { CapturedPerson } from '@/lib/schema/capture';
import { normalizeName } from '@/lib/text/normalize-name';
import { titleSays } from './classify';
import { hasKnownGivenName } from './given-names';
import { honorifics, looksLikeUncasedName, parseName } from './names';
import type { PageKindReader } from './page';
import { isPlaceLine } from './places';
import { cleanText, type Line, MAX_LONG, neverOutOfTime, type OutOfTime, timeUp, webAddress } from './text';
import { hasTitleWord, isTitleLike } from './titles';

/** Sections whose people are not the page's own: recommendations and lookalikes. */
const foreignSection =
  /also viewed|similar (?:profiles|people|jobs)|people you may know|recommended|related (?:people|profiles)|ähnliche|weitere profile|quem viu|podobne/i;

/** Sections of customers' words about the company: their people are not the company's. */
const testimonialSection =
  /\b(?:our|happy|what) (?:customers|clients)|testimonials?|what (?:people|they|our \w+) say|customer stor|case stud|success stor|kundenstimmen|referenzen|wat (?:klanten|opdrachtgevers) zeggen|klantverhalen|témoignages|ils nous font confiance|testimonios|lo que dicen/i;

/** A quotation just above a name: a customer's words signed with their name, title and company. */
function quotedAbove(lines: Line[], index: number): boolean {
  const above = lines[index - 1];
  if (!above) return false;
  return (
    /^\s*[“"«„‘]|[”"»]\s*$/.test(above.text) ||
    /^(?:BLOCKQUOTE|Q)$/.test(above.ownerTag) ||
    above.blockTag === 'BLOCKQUOTE' ||
    // A heading as long as a paragraph is a quotation set large.
    (above.heading > 0 && above.text.length > 100)
  );
}

/** Sections of a governing body, kept apart from the executives even for the same person and title. */
const boardSection = /\b(?:board|council|trustees|governors|aufsichtsrat|beirat|conseil|consejo|junta|raad)\b/i;

/** A table's other columns beside a name: gender, nationality, a yes or no. Never a title. */
const notTitle =
  /^(?:male|female|man|woman|m|f|hombre|mujer|masculino|femenino|männlich|weiblich|homme|femme|yes|no|sí|si|ja|nein|oui|non|n\/a)$/i;

interface Candidate {
  name: string;
  title: string;
  titleLine?: Line;
  line: Line;
  index: number;
  section?: string;
  /** The markup shape of the card: repeated shapes are a team grid. */
  shape: string;
}

/** How many cards of one shape make a team grid, where titles need no title word. */
const REPEATED = 3;
const MAX_PEOPLE = 300;

/**
 * People listed on the page as name and title, in cards, lists or captions: each person once per role
 * (the copies of a carousel, a hidden bio dialog or a second section with the same title are merged; a
 * board's section is apart).
 */
export function findPeople(lines: Line[], outOfTime: OutOfTime = neverOutOfTime): CapturedPerson[] {
  const candidates: Candidate[] = [];
  // The headings in force, by level: a person belongs to the nearest heading above their own level.
  const headings: (string | undefined)[] = [];
  // A heading of the names' own level heads them when a name follows it at once ("Open Engineering
  // Team" over <h2> names); one with its own text under it is a sibling card ("Open Source" and its blurb).
  const headsNames: boolean[] = [];
  const sectionFor = (level: number) => {
    for (let above = level || 6; above >= 1; above--) {
      if (headings[above] && (above < level || !level || headsNames[above])) return headings[above];
    }
    return undefined;
  };
  const titleIndices = new Set<number>();
  // Past the budget, the people of the lines read so far are kept: a team page lists them first.
  for (let index = 0; index < lines.length && !timeUp(index, outOfTime); index++) {
    const line = lines[index] as Line;
    if (titleIndices.has(index)) continue;
    // A name in a script without capitals is a person only with a title under it; else it may be a heading.
    const parsed =
      parseName(line.text) ??
      (looksLikeUncasedName(line.text) && findTitleLine(lines, index, line.text) !== undefined
        ? { name: line.text }
        : undefined);
    const inline = parsed ? undefined : nameWithTitle(line.text);
    const found = inline ? [inline] : parsed || line.heading ? [] : namesInProse(line);
    for (const person of found) {
      candidates.push({ ...person, line, index, section: sectionFor(line.heading), shape: shapeOf(line, undefined) });
    }
    if (found.length > 0) continue;
    if (!parsed) {
      if (line.heading > 0 && line.heading <= 6 && line.text.length <= 120) {
        headings[line.heading] = line.text;
        headsNames[line.heading] = !!parseName(lines[index + 1]?.text ?? '');
        headings.length = line.heading + 1;
      }
      continue;
    }
    const titleIndex = findTitleLine(lines, index, parsed.name);
    const titleLine = titleIndex === undefined ? undefined : lines[titleIndex];
    if (titleIndex !== undefined) titleIndices.add(titleIndex);
    candidates.push({
      name: parsed.name,
      title: titleLine ? cleanTitle(titleLine.text) : '',
      titleLine,
      line,
      index,
      section: sectionFor(line.heading),
      shape: shapeOf(line, titleLine),
    });
  }

  // A grid of cards of one shape is a team when most of its names start with a familiar given name.
  const shapes = new Map<string, { count: number; known: number }>();
  for (const candidate of candidates) {
    if (!candidate.title) continue;
    const shape = shapes.get(candidate.shape) ?? { count: 0, known: 0 };
    shape.count++;
    if (hasKnownGivenName(candidate.name)) shape.known++;
    shapes.set(candidate.shape, shape);
  }
  const isTeamGrid = (shape: string) => {
    const counts = shapes.get(shape);
    return !!counts && counts.count >= REPEATED && counts.known >= counts.count / 2;
  };
  // Headings that open with an honorific ("Lic. Carlos Brilla Ferrer", "Dr. Rodrigo Barahona") are people
  // without a title, when the page repeats them.
  const honoured = (candidate: Candidate) => candidate.line.heading > 0 && honorifics.test(candidate.line.text);
  const cards = candidates.filter(honoured).length >= 2;
  const accepted = candidates.filter((candidate) => {
    if (candidate.section && (foreignSection.test(candidate.section) || testimonialSection.test(candidate.section)))
      return false;
    // A short line under a quotation is its signature; a paragraph under a quoted motto is prose.
    if (candidate.line.text.length <= 80 && quotedAbove(lines, candidate.index)) return false;
    if (cards && honoured(candidate)) return true;
    if (!candidate.title || notTitle.test(candidate.title)) return false;
    return hasTitleWord(candidate.title) || isTeamGrid(candidate.shape);
  });

  const people = new Map<string, CapturedPerson>();
  for (const [position, candidate] of accepted.entries()) {
    // One person once, with the first title the page gives them (a carousel, a bio dialog, a committee
    // table naming its chair again are copies), and once more in a board's section: a CEO who also sits on
    // the board is listed twice. A fuller or shorter spelling of a name already found ("Mario Romero
    // Orozco" for "Mario Romero") is that person, when it can be no one else on the page.
    const board = boardSection.test(candidate.section ?? '');
    const name = normalizeName(candidate.name);
    const variants = [...people.keys()].filter(
      (key) => key.endsWith(`|${board}`) && nameVariant(name, key.split('|')[0] as string),
    );
    const key = variants.length === 1 ? (variants[0] as string) : `${name}|${board}`;
    const nextIndex = accepted[position + 1]?.index ?? lines.length;
    const bio = bioBetween(
      lines,
      candidate.titleLine ? lines.indexOf(candidate.titleLine) + 1 : candidate.index + 1,
      nextIndex,
      candidate.name,
    );
    const profileUrl = profileLink(candidate.line);
    const known = people.get(key);
    if (known) {
      if (bio && (known.bio?.length ?? 0) < bio.length) known.bio = bio;
      if (!known.profileUrl && profileUrl) known.profileUrl = profileUrl;
      continue;
    }
    if (people.size >= MAX_PEOPLE) break;
    // A grid that gives each person's city under their name ("Dubai, UAE") says where they are, not their role.
    const place = isPlaceLine(candidate.title) && !hasTitleWord(candidate.title.split(',')[0] ?? '');
    const about = place ? cleanText(`Based in ${candidate.title}. ${bio}`, MAX_LONG) : bio;
    people.set(key, {
      name: candidate.name,
      title: place ? '' : candidate.title,
      ...(candidate.section ? { section: candidate.section } : {}),
      ...(about ? { bio: about } : {}),
      ...(profileUrl ? { profileUrl } : {}),
    });
  }
  return [...people.values()];
}

/** Whether two different spellings name one person: the same first word, and one's words all in the other's. */
function nameVariant(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = [a.split(' '), b.split(' ')].sort((x, y) => x.length - y.length) as [string[], string[]];
  return short.length >= 2 && short[0] === long[0] && short.every((word) => long.includes(word));
}

/** "Rena Chua, Director of Marketing" or "Ada Okafor – CFO": a name and its title on one short line. */
function nameWithTitle(text: string): { name: string; title: string } | undefined {
  if (text.length > 120) return undefined;
  const match = /^(.{4,60}?)\s*(?:,|\s[–—|-]\s)\s*(.{2,100})$/u.exec(text);
  if (!match) return undefined;
  const name = parseName(match[1] ?? '')?.name;
  const title = cleanTitle(match[2] ?? '');
  return name && isTitleLike(title) && hasTitleWord(title) ? { name, title } : undefined;
}

/**
 * People a paragraph names with their role: "Treasurer: Hugh Cayless", "Président : Philippe Pemezec",
 * "Ik ben Nick Willemsens, het gezicht en oprichter…", a name on its own source line over its title.
 */
function namesInProse(line: Line): { name: string; title: string }[] {
  const text = line.text;
  if (text.length < 12 || text.length > 800) return [];
  const found: { name: string; title: string }[] = [];
  // Only a small element's own source lines: a big one's text would be read again for every line in it.
  // (A name over its title is a short line: longer ones are not read again.)
  const small = text.length < 200 && line.owner.childElementCount <= 6;
  const [sourceFirst, sourceSecond] = (small && line.owner.childElementCount < 4 ? (line.owner.textContent ?? '') : '')
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean);
  // Or a card's name and title in elements side by side: <strong>Florian Rey</strong> <span>DevOps</span>.
  const [childFirst, childSecond] =
    small && !sourceSecond
      ? Array.from(line.owner.children, (child) => cleanText(child.textContent)).filter(Boolean)
      : [];
  const [first, second] = sourceSecond ? [sourceFirst, sourceSecond] : [childFirst, childSecond];
  // "Diane Jakacki (2022-23 Chair)": the note after a name is not part of it.
  const stacked = first && second ? parseName(first.replace(/\s*\(.*\)$/, '')) : undefined;
  if (stacked && hasTitleWord(second as string))
    found.push({ name: stacked.name, title: cleanTitle((second as string).split(/:\s/)[0] ?? '') });
  for (const match of (text.includes(':') ? text : '').matchAll(
    /((?:[\p{L}-]+ ){0,3}[\p{L}-]+) ?: (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})/gu,
  )) {
    const name = parseName(match[2] ?? '')?.name;
    if (name && hasTitleWord(match[1] ?? '')) found.push({ name, title: cleanTitle(match[1] ?? '') });
  }
  // A name in the first words of a sentence, then its role after a comma.
  const appositive = text.includes(',')
    ? /^(?:\S+ ){0,3}?(\p{Lu}\S+(?: \p{Lu}\S+){1,3}), ([^,.;]{2,160})/u.exec(text)
    : null;
  const name = appositive && parseName(appositive[1] ?? '')?.name;
  // The role from its first title word: "het gezicht en oprichter achter…" → "oprichter achter…".
  const words = appositive?.[2]?.split(' ').slice(0, 12) ?? [];
  const at = words.findIndex((word) => hasTitleWord(word));
  if (name && at >= 0 && at < 6) found.push({ name, title: cleanTitle(words.slice(at).join(' ')) });
  return found;
}

/** The title under a name: the first title-like line among the next few, before any other name. */
function findTitleLine(lines: Line[], nameIndex: number, name: string): number | undefined {
  const nameLine = lines[nameIndex] as Line;
  for (let index = nameIndex + 1; index < Math.min(lines.length, nameIndex + 4); index++) {
    const line = lines[index] as Line;
    if (line.text === nameLine.text || normalizeName(line.text) === normalizeName(name)) continue;
    if (parseName(line.text) || looksLikeUncasedName(line.text)) return undefined;
    if (!isTitleLike(line.text)) {
      // Pass over a button or a link ("View Bio") between the name and the title; stop at prose.
      if (line.text.length > 160) return undefined;
      continue;
    }
    if (!near(nameLine.owner, line.owner)) return undefined;
    return index;
  }
  return undefined;
}

/** Whether two elements sit in one card: their common ancestor is a few levels up at most. */
function near(a: Element, b: Element): boolean {
  let ancestor: Element | null = a;
  for (let depth = 0; ancestor && depth < 5; depth++, ancestor = ancestor.parentElement) {
    if (ancestor.contains(b)) return true;
  }
  return false;
}

function shapeOf(nameLine: Line, titleLine: Line | undefined): string {
  const describe = (element: Element | undefined) =>
    element ? `${element.tagName}.${typeof element.className === 'string' ? element.className.trim() : ''}` : '-';
  return `${describe(nameLine.owner)}>${describe(nameLine.owner.parentElement ?? undefined)}>${describe(titleLine?.owner)}`;
}

function cleanTitle(text: string): string {
  return cleanText(text.replace(/^[–—-]\s*/, '').replace(/\s*[|•·]\s*$/, ''));
}

// The words a short bio starts with when it speaks of its person without naming them.
const pronoun = /^(?:he|she|they|his|her|their|er|sie|il|elle|ella|él|hij|zij)\b/i;

function bioBetween(lines: Line[], from: number, to: number, name: string): string {
  const names = new Set(name.split(/\s+/).filter((part) => part.length > 1));
  const paragraphs: string[] = [];
  for (let index = from; index < Math.min(to, from + 12); index++) {
    const line = lines[index] as Line;
    // A paragraph of some length about the person, or a shorter one that names them or speaks of them
    // ("Tomás leads the platform that meters every fixture we run."): not the page's next line after
    // the last card ("Stay up to date on our stories.").
    const words = line.text.split(/\s+/);
    const long = line.text.length >= 80 && words.length >= 10;
    const aboutThem =
      words.length >= 7 &&
      /[.!?]["”’)]?$/.test(line.text) &&
      (names.has(words[0] ?? '') ||
        pronoun.test(line.text) ||
        words.some((word) => names.has(word.replace(/[’'`]s$|[^\p{L}]+$/u, ''))));
    if (long || aboutThem) paragraphs.push(line.text);
  }
  return cleanText(paragraphs.join('\n\n'), MAX_LONG);
}

function profileLink(line: Line): string | undefined {
  // The name's own link only: a paragraph around the name may link elsewhere (a department, a company).
  const link =
    line.owner === line.block && !/^H[1-6]$/.test(line.owner.tagName)
      ? line.owner.closest('a')
      : (line.owner.closest('a') ?? line.owner.querySelector('a'));
  const href = link?.getAttribute('href');
  // Only absolute and protocol-relative links: the base gives the latter a scheme, never a host.
  return href && /^(?:https?:)?\/\//i.test(href.trim()) ? webAddress(href, { base: 'https://invalid/' }) : undefined;
}

/** A team or leadership page: its people, found on every page before its kind is known. */
export const teamPage: PageKindReader = {
  kind: 'team',
  detect: (page) =>
    (titleSays(
      page,
      /\b(?:leadership|our team|the team|management|board of directors|executive team|führung|vorstand|team|equipe|zespół|zarząd)\b/,
    )
      ? 2
      : 0) +
    (page.people.length >= 4 ? 3 + Math.min(4, Math.floor(page.people.length / 4)) : page.people.length >= 2 ? 1 : 0),
  read: () => ({ facts: [] }),
};
