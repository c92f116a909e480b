import { type Fact, factSchema, newId, type Person, personSchema, type Source } from '@/lib/schema';
import { normalizeName } from '@/lib/text/normalize-name';
import { db } from './database';

export interface PersonInput {
  name: string;
  title: string;
  organization: string;
  notes: string;
  /** Whether the person sits on the panel of the interview being edited. */
  interviewer: boolean;
}

/** The people of the interview's company: this round's interviewers first, then by name. */
export async function listPeopleForInterview(interviewId: string): Promise<Person[]> {
  const interview = await db.interviews.get(interviewId);
  if (!interview) return [];
  const people = await db.people.where('companyId').equals(interview.companyId).toArray();
  return people.sort((a, b) => {
    const panel = Number(b.interviewIds.includes(interviewId)) - Number(a.interviewIds.includes(interviewId));
    return panel || a.name.localeCompare(b.name);
  });
}

/**
 * Adds a person to the interview's company. Someone of the same name there already is the same person:
 * the existing record is updated (title, organization and notes when given) rather than duplicated.
 */
export async function addPerson(interviewId: string, input: PersonInput, now = Date.now()): Promise<Person> {
  return db.transaction('rw', db.interviews, db.people, async () => {
    const interview = await db.interviews.get(interviewId);
    if (!interview) throw new Error('This interview no longer exists.');
    const normalizedName = normalizeName(input.name);
    const existing = await db.people
      .where('[companyId+normalizedName]')
      .equals([interview.companyId, normalizedName])
      .first();
    const interviewIds = new Set(existing?.interviewIds ?? []);
    if (input.interviewer) interviewIds.add(interviewId);
    const person = personSchema.parse({
      background: '',
      profileUrl: undefined,
      ...existing,
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      companyId: interview.companyId,
      name: input.name.trim(),
      normalizedName,
      ...titleFields(existing, input.title, now),
      addedBy: existing?.addedBy ?? 'manual',
      organization: input.organization.trim() || existing?.organization || '',
      notes: input.notes.trim() || existing?.notes || '',
      interviewIds: [...interviewIds],
    });
    await db.people.put(person);
    return person;
  });
}

/** Saves an edit of a person made from one interview's dossier. */
export async function updatePerson(
  personId: string,
  interviewId: string,
  input: PersonInput,
  now = Date.now(),
): Promise<Person> {
  return db.transaction('rw', db.people, async () => {
    const current = await db.people.get(personId);
    if (!current) throw new Error('This person no longer exists.');
    const others = current.interviewIds.filter((id) => id !== interviewId);
    const person = personSchema.parse({
      ...current,
      updatedAt: now,
      name: input.name.trim(),
      normalizedName: normalizeName(input.name),
      ...titleFields(current, input.title, now, true),
      organization: input.organization.trim(),
      notes: input.notes,
      interviewIds: input.interviewer ? [...others, interviewId] : others,
    });
    await db.people.put(person);
    return person;
  });
}

/**
 * The title the user typed, marked as theirs so no capture overwrites it. An unchanged title keeps its
 * source; an empty one is left as it was unless `clear` (the edit form, where emptying it is a choice).
 */
function titleFields(current: Person | undefined, typed: string, now: number, clear = false) {
  const title = typed.trim();
  if (current && title === current.title) {
    return { title, titleSource: current.titleSource, titleAsOf: current.titleAsOf };
  }
  if (!title && !clear) {
    return {
      title: current?.title ?? '',
      titleSource: current?.titleSource ?? '',
      titleAsOf: current?.titleAsOf ?? now,
    };
  }
  return { title, titleSource: title ? 'manual' : '', titleAsOf: now };
}

export async function setInterviewer(personId: string, interviewId: string, interviewer: boolean): Promise<void> {
  await db.people
    .where('id')
    .equals(personId)
    .modify((person) => {
      const others = person.interviewIds.filter((id) => id !== interviewId);
      person.interviewIds = interviewer ? [...others, interviewId] : others;
      person.updatedAt = Date.now();
    });
}

/** Deletes a person and the facts about them; questions meant for them become questions for anyone. */
export async function deletePerson(personId: string): Promise<void> {
  await db.transaction('rw', db.people, db.facts, db.questions, db.storyUses, async () => {
    await db.facts.where('personId').equals(personId).delete();
    await db.questions.filter((question) => question.personId === personId).modify({ personId: undefined });
    await db.storyUses.filter((use) => use.personId === personId).modify({ personId: undefined });
    await db.people.delete(personId);
  });
}

/** One title a person was given: by a captured page, or by the user. */
export interface TitleClaim {
  title: string;
  /** 'manual' for the title the user typed, else the source (page) id. */
  source: string;
  sourceTitle: string;
  url?: string;
  asOf: number;
}

/**
 * The titles that disagree with the one the person shows: what each other page (or the user) says,
 * with where and when. Empty when every source agrees. The first claim is the one shown.
 */
export function titleConflicts(person: Person, facts: Fact[], sources: Map<string, Source>): TitleClaim[] {
  if (!person.title) return [];
  const shown = normalizeName(person.title);
  const others = new Map<string, TitleClaim>();
  for (const fact of facts) {
    if (fact.type !== 'title' || fact.personId !== person.id || normalizeName(fact.text) === shown) continue;
    const source = fact.sourceId ? sources.get(fact.sourceId) : undefined;
    const claim: TitleClaim = {
      title: fact.text,
      source: fact.sourceId ?? 'manual',
      sourceTitle: fact.sourceId ? source?.title || fact.provenance.url : 'you',
      url: fact.provenance.url || undefined,
      asOf: (source && titleDateOf(source)) ?? fact.provenance.capturedAt,
    };
    const key = normalizeName(fact.text);
    if (!others.has(key) || (others.get(key)?.asOf ?? 0) < claim.asOf) others.set(key, claim);
  }
  if (others.size === 0) return [];
  const source = sources.get(person.titleSource);
  const current: TitleClaim = {
    title: person.title,
    source: person.titleSource || 'manual',
    sourceTitle: person.titleSource === 'manual' ? 'you' : source?.title || source?.url || 'a page',
    url: source?.url,
    asOf: person.titleAsOf,
  };
  return [current, ...[...others.values()].sort((a, b) => b.asOf - a.asOf)];
}

/** The date a page's titles were true as of: its own date when it gives one, else when it was captured. */
export function titleDateOf(source: Pick<Source, 'publishedAt' | 'capturedAt'>): number {
  return source.publishedAt ?? source.capturedAt;
}

/**
 * One person made of two records of the same person, keeping everything either held: both notes and
 * backgrounds, both rounds, the preferred title (the one the user typed, else the newer), and what
 * cannot share a field (a second organization or profile link) as a line of the background. The title
 * that loses is returned as `otherTitle` for the caller to keep as a fact.
 */
export function combinePeople(
  keep: Person,
  other: Person,
  now: number,
  chosenName?: string,
): { person: Person; otherTitle?: string } {
  // Having a title beats none, a typed one beats a captured one; between two of a kind, the newer wins.
  const rank = (person: Person) => (person.title ? 2 : 0) + (person.titleSource === 'manual' ? 1 : 0);
  const otherWins = rank(other) > rank(keep) || (rank(other) === rank(keep) && other.titleAsOf > keep.titleAsOf);
  const [won, lost] = otherWins ? [other, keep] : [keep, other];
  const join = (a: string, b: string) => [...new Set([a.trim(), b.trim()].filter(Boolean))].join('\n\n');
  // The name the user chose, else the fuller spelling ("F. Lamar Pritchard" over "Lamar Pritchard");
  // the other is noted.
  const name = chosenName === other.name || chosenName === keep.name ? chosenName : fullerName(other.name, keep.name);
  const alias = name === keep.name ? other.name : keep.name;
  const extras = [
    keep.organization && other.organization && normalizeName(keep.organization) !== normalizeName(other.organization)
      ? `Also at ${other.organization}`
      : '',
    keep.profileUrl && other.profileUrl && keep.profileUrl !== other.profileUrl ? `Profile: ${other.profileUrl}` : '',
    normalizeName(keep.name) !== normalizeName(other.name) ? `Also known as ${alias}` : '',
  ].filter(Boolean);
  const person = personSchema.parse({
    ...keep,
    name,
    normalizedName: normalizeName(name),
    createdAt: Math.min(keep.createdAt, other.createdAt),
    updatedAt: now,
    title: won.title,
    titleSource: won.titleSource,
    titleAsOf: won.titleAsOf,
    // The user's claim on a person outlives the page: either record typed by hand keeps the merge.
    addedBy: keep.addedBy === 'manual' || other.addedBy === 'manual' ? 'manual' : keep.addedBy,
    organization: keep.organization || other.organization,
    background: join(join(keep.background, other.background), extras.join('\n')),
    notes: join(keep.notes, other.notes),
    profileUrl: keep.profileUrl ?? other.profileUrl,
    interviewIds: [...new Set([...keep.interviewIds, ...other.interviewIds])],
  });
  const otherTitle = lost.title && normalizeName(lost.title) !== normalizeName(won.title) ? lost.title : undefined;
  return { person, otherTitle };
}

/**
 * Folds person `otherId` into `keepId`: their facts, questions, story ledger and rounds move to the
 * kept record, which keeps every field of both (see combinePeople). Call inside a transaction over
 * people, facts, questions and storyUses.
 */
export async function foldPersonInto(keep: Person, other: Person, now: number, name?: string): Promise<Person> {
  const { person, otherTitle } = combinePeople(keep, other, now, name);
  await db.people.put(person);
  await db.facts
    .where('personId')
    .equals(other.id)
    .modify({ personId: keep.id, companyId: person.companyId, updatedAt: now });
  // A title the user typed on the other record has no page behind it: kept as a fact, it shows as a
  // disagreement on the card, for the user to settle.
  if (otherTitle) {
    const backed = await db.facts
      .where('personId')
      .equals(keep.id)
      .filter((fact) => fact.type === 'title' && normalizeName(fact.text) === normalizeName(otherTitle))
      .count();
    if (!backed) {
      await db.facts.add(
        factSchema.parse({
          id: newId(),
          createdAt: now,
          updatedAt: now,
          companyId: person.companyId,
          personId: keep.id,
          type: 'title',
          text: otherTitle,
          provenance: {
            url: '',
            capturedAt: other.titleAsOf,
            snippet: `${other.name}, ${otherTitle}`,
            method: 'manual',
          },
        }),
      );
    }
  }
  await db.questions.filter((question) => question.personId === other.id).modify({ personId: keep.id });
  await db.storyUses.filter((use) => use.personId === other.id).modify({ personId: keep.id });
  await db.people.delete(other.id);
  return person;
}

/**
 * Merges two records of one person, chosen by the user, in one transaction. The merged record takes
 * `options.name` when it is one of the two names, else the fuller of them.
 */
export async function mergePeople(
  keepId: string,
  otherId: string,
  options: { name?: string } = {},
  now = Date.now(),
): Promise<Person> {
  if (keepId === otherId) throw new Error('A person cannot be merged with themselves.');
  return db.transaction('rw', db.people, db.facts, db.questions, db.storyUses, async () => {
    const [keep, other] = await db.people.bulkGet([keepId, otherId]);
    if (!keep || !other) throw new Error('This person no longer exists.');
    if (keep.companyId !== other.companyId) throw new Error('Only people at the same company can be merged.');
    return foldPersonInto(keep, other, now, options.name);
  });
}

/** Of two spellings of one name, the one a merge keeps unless the user picks the other. */
export function nameToKeep(a: string, b: string): string {
  return fullerName(a, b);
}

// Words around a name that do not tell two people apart: "Dr. Corey Thomas", "Corey Thomas, PhD".
const honorifics = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'professor', 'sir', 'dame', 'rev']);
const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'mba', 'cpa', 'esq', 'cfa', 'obe', 'mbe']);

/** The words of a name that tell who it is: no honorific before it, no degree after it. */
function nameWords(name: string): string[] {
  const words = normalizeName(name).split(' ').filter(Boolean);
  while (words.length > 2 && honorifics.has(words[0] as string)) words.shift();
  while (words.length > 2 && suffixes.has(words[words.length - 1] as string)) words.pop();
  return words;
}

/** Of two spellings of one name, the one that says more; the second when they say as much. */
function fullerName(a: string, b: string): string {
  const words = nameWords(a).length - nameWords(b).length;
  return words > 0 || (words === 0 && nameWords(a).join(' ').length > nameWords(b).join(' ').length) ? a : b;
}

/**
 * First and last name, without titles, initials or degrees: "corey thomas" for "Dr. Corey E. Thomas",
 * "lamar pritchard" for "F. Lamar Pritchard".
 */
export function firstAndLastName(name: string): string {
  const words = nameWords(name);
  // A leading initial is a first name written short: the name people use follows it.
  while (words.length > 2 && (words[0] as string).length === 1) words.shift();
  return words.length < 2 ? words.join(' ') : `${words[0]} ${words[words.length - 1]}`;
}

/**
 * Pairs of people at a company who may be one person: the same first and last name under different
 * spellings ("Corey Thomas", "Corey E. Thomas", "Dr. Corey Thomas"). The first of each pair is the
 * older record, the one a merge keeps.
 */
export async function suggestPersonMerges(companyId: string): Promise<{ keep: Person; other: Person }[]> {
  const people = await db.people.where('companyId').equals(companyId).sortBy('createdAt');
  const byName = new Map<string, Person[]>();
  for (const person of people) {
    const key = firstAndLastName(person.name);
    if (!key.includes(' ')) continue;
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  return [...byName.values()].flatMap((group) => group.slice(1).map((other) => ({ keep: group[0] as Person, other })));
}
