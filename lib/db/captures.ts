import { type CapturedPerson, companyKey, companyNameOf, peopleOf, siteOf } from '@/lib/capture/page-model';
import {
  type Capture,
  type Company,
  type Fact,
  factSchema,
  newId,
  type Person,
  personSchema,
  type Source,
  sourceSchema,
} from '@/lib/schema';
import { normalizeName } from '@/lib/text/normalize-name';
import { findOrCreateCompany } from './companies';
import { db, LISTED_ON_PAGE } from './database';
import { addPreparingInterview } from './interviews';
import { titleDateOf } from './people';

export interface SaveCaptureInput {
  capture: Capture;
  /** The interview to file it under; null creates one from the page (its company, and role for a job). */
  interviewId: string | null;
  /** Names of the captured people to mark as interviewers of that interview. */
  interviewers: string[];
  /** The company of the interview a save creates, as the user named it; else the one the page names. */
  companyName?: string;
}

/**
 * What a capture needs to be undone exactly (undoCapture): the state before it of everything it
 * changed, and what it created. Plain data, so the panel can keep it in memory with the report.
 */
export interface CaptureUndo {
  /** The page's record before this capture; absent when this capture created it. */
  previousSource?: Source;
  /** Every fact the page had before this capture (a re-capture replaced or kept them). */
  previousFacts: Fact[];
  /** Ids of the people this capture created. */
  createdPeople: string[];
  /** The people this capture changed, as they were before it. */
  changedPeople: Person[];
  /** The company as it was before this capture set its website. */
  previousCompany?: Company;
  /** Set when the capture created the interview (it was saved to "a new interview"). */
  createdInterviewId?: string;
  /** Set when the capture created the company too. */
  createdCompanyId?: string;
  /** The save's time: records still stamped with it are untouched since, and can be undone. */
  savedAt: number;
}

/** What a save changed, for the panel to report: the second capture of a page says what is new. */
export interface SaveReport {
  interviewId: string;
  sourceId: string;
  /** True when the page had been captured before: its facts were replaced. */
  recaptured: boolean;
  /** True when a recapture found exactly what the page said before: nothing in the dossier changed. */
  unchanged: boolean;
  newPeople: string[];
  /** People the page listed last time and no longer does (kept, not deleted). */
  gonePeople: string[];
  newTitles: { name: string; from: string; to: string }[];
  /**
   * Titles the page gave that were not taken, because the user typed another or a newer page gave
   * another. Both stay visible on the person's card as a disagreement.
   */
  keptTitles: { name: string; kept: string; offered: string }[];
  facts: number;
  /**
   * Facts of the earlier capture kept because this one came back partial or empty and did not replace
   * them; 0 for a full capture. The panel can say "12 facts from the earlier capture were kept".
   */
  keptFromBefore: number;
  undo: CaptureUndo;
}

/** Fewer words of a page's own text than this say nothing of how the company speaks: no culture fact. */
export const MIN_CULTURE_WORDS = 50;

/** The longest address a record keeps (lib/schema/common.ts lineSchema). */
export const MAX_URL_LENGTH = 2_000;

/**
 * An address short enough to store: a very long one (a search page, a tracking link) loses its
 * fragment, then its query, then is cut, so what the user saved from it is kept rather than refused.
 */
export function shortenUrl(url: string): string {
  if (url.length <= MAX_URL_LENGTH) return url;
  const withoutHash = url.split('#')[0] ?? url;
  if (withoutHash.length <= MAX_URL_LENGTH) return withoutHash;
  const withoutQuery = withoutHash.split('?')[0] ?? withoutHash;
  return withoutQuery.slice(0, MAX_URL_LENGTH);
}

/** The page's own date (a news story's, a job posting's), when it gives one that parses and is past. */
function publishedAtOf(capture: Capture, now: number): number | undefined {
  const date = capture.news?.datePublished ?? capture.job?.datePosted;
  const time = date ? Date.parse(date) : Number.NaN;
  return Number.isFinite(time) && time >= 0 && time <= now ? time : undefined;
}

/** Facts of one kind about one subject: a new capture's fact replaces the old facts of its key. */
const factKey = (fact: Pick<Fact, 'type' | 'personId'>) => `${fact.type}\u0000${fact.personId ?? ''}`;
const factText = (fact: Pick<Fact, 'type' | 'personId' | 'text'>) => `${factKey(fact)}\u0000${fact.text}`;
/** Whether the page speaks for the company it is about: anything but a story published by someone else. */
function ownVoice(capture: Capture): boolean {
  const subject = capture.news?.organization;
  return capture.kind !== 'news' || !subject || companyKey(subject) === companyKey(capture.organization?.name ?? '');
}

/** Whether a person reads the same on their card: what a capture may change about them. */
const samePersonRecord = (left: Person, right: Person) =>
  left.title === right.title &&
  left.organization === right.organization &&
  left.background === right.background &&
  left.profileUrl === right.profileUrl &&
  [...left.interviewIds].sort().join() === [...right.interviewIds].sort().join();
const sameTexts = (left: string[], right: string[]) =>
  left.length === right.length && [...left].sort().join('\u0001') === [...right].sort().join('\u0001');

/** How a deleted fact is remembered on its page, so that capturing the page again leaves it out. */
export function dismissalKey(fact: Pick<Fact, 'type' | 'personId' | 'text'>): string {
  return `${fact.type}\u0000${fact.personId ?? ''}\u0000${normalizeName(fact.text)}`;
}

/**
 * Saves a capture in one transaction: its source (updated when the page was captured before), its
 * facts, and its people merged with those already known at the company by name. Nothing is written
 * unless all of it is. A title is taken only from a page as new as the one it replaces, and never over
 * one the user typed. The report carries what undoCapture needs to take the save back.
 */
export async function saveCapture(input: SaveCaptureInput, now = Date.now()): Promise<SaveReport> {
  const { capture } = input;
  const url = shortenUrl(capture.url);
  return db.transaction('rw', [db.interviews, db.companies, db.sources, db.facts, db.people], async () => {
    const undo: CaptureUndo = { previousFacts: [], createdPeople: [], changedPeople: [], savedAt: now };
    let interview = input.interviewId ? await db.interviews.get(input.interviewId) : undefined;
    if (input.interviewId && !interview) throw new Error('This interview no longer exists.');
    if (!interview) {
      const created = await interviewFromPage(capture, now, input.companyName);
      interview = created.interview;
      undo.createdInterviewId = interview.id;
      if (created.createdCompany) undo.createdCompanyId = interview.companyId;
    }
    const companyId = interview.companyId;
    // The company's own site, once known, lets later pages from it suggest this interview.
    const company = await db.companies.get(companyId);
    const website = siteOf(capture);
    if (company && !company.website && website) {
      if (!undo.createdCompanyId) undo.previousCompany = company;
      await db.companies.update(companyId, { website, updatedAt: now });
    }

    const previous = await db.sources
      .where('url')
      .equals(url)
      .filter((source) => source.companyId === companyId)
      .first();
    const publishedAt = publishedAtOf(capture, now);
    const source: Source = sourceSchema.parse({
      id: previous?.id ?? newId(),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      companyId,
      url,
      title: capture.title,
      kind: capture.kind,
      capturedAt: now,
      ...(publishedAt === undefined ? {} : { publishedAt }),
      partial: capture.partial,
      ...(previous?.dismissedFacts ? { dismissedFacts: previous.dismissedFacts } : {}),
    });
    const dismissed = new Set(previous?.dismissedFacts);
    undo.previousSource = previous;
    await db.sources.put(source);

    // What the page said last time: whom it listed, with which title. What the user selected on the page
    // is theirs, not the page's reading, and stays whatever the page says now.
    const oldFacts = previous
      ? await db.facts
          .where('sourceId')
          .equals(previous.id)
          .filter((fact) => fact.provenance.method !== 'selection')
          .toArray()
      : [];
    undo.previousFacts = oldFacts;
    const listedBefore = new Set(
      oldFacts
        .filter((fact) => fact.personId && (fact.type === 'title' || fact.type === 'other'))
        .map((fact) => fact.personId),
    );
    await db.facts.bulkDelete(oldFacts.map((fact) => fact.id));
    const people = peopleOf(capture);
    // A capture cut short by its time budget, or one that found nothing where the page had given facts,
    // is a worse reading of the same page: it must not erase the fuller one.
    const degraded = oldFacts.length > 0 && (capture.partial || (capture.facts.length === 0 && people.length === 0));

    const report: SaveReport = {
      interviewId: interview.id,
      sourceId: source.id,
      recaptured: !!previous && (oldFacts.length > 0 || previous.kind !== 'other'),
      unchanged: false,
      newPeople: [],
      gonePeople: [],
      newTitles: [],
      keptTitles: [],
      facts: 0,
      keptFromBefore: 0,
      undo,
    };
    const written = new Set<string>();
    const writtenTexts: string[] = [];
    const provenance = (snippet: string, method: Fact['provenance']['method']) => ({
      url,
      capturedAt: now,
      snippet,
      method,
    });
    const addFact = async (
      fields: Pick<Fact, 'type' | 'text'> & { personId?: string },
      snippet: string,
      method: Fact['provenance']['method'],
    ) => {
      if (dismissed.has(dismissalKey(fields))) return;
      await db.facts.add(
        factSchema.parse({
          id: newId(),
          // One millisecond apart, so the page's order is kept when facts are listed.
          createdAt: now + report.facts,
          updatedAt: now,
          companyId,
          sourceId: source.id,
          ...fields,
          provenance: provenance(snippet, method),
        }),
      );
      written.add(factKey(fields));
      writtenTexts.push(factText(fields));
      report.facts++;
    };

    const ticked = new Set(input.interviewers.map(normalizeName));
    const subject = capture.kind === 'person' && capture.person ? normalizeName(capture.person.name) : undefined;
    const listedNow = new Set<string>();
    let peopleChanged = false;
    for (const captured of people) {
      const person = await mergePerson(
        companyId,
        captured,
        ticked.has(normalizeName(captured.name)) ? interview.id : undefined,
        source,
        now,
        report,
      );
      listedNow.add(person.id);
      const before = undo.changedPeople.find((known) => known.id === person.id);
      if (!before || !samePersonRecord(before, person)) peopleChanged = true;
      const snippet = [captured.name, captured.title].filter(Boolean).join(', ');
      if (captured.title)
        await addFact({ type: 'title', text: captured.title, personId: person.id }, snippet, 'structure');
      else await addFact({ type: 'other', text: LISTED_ON_PAGE, personId: person.id }, snippet, 'structure');
      // A profile's positions and education are its subject's, not those of everyone else it names.
      if (subject && normalizeName(captured.name) === subject) {
        for (const fact of capture.facts.filter(
          (candidate) => candidate.type === 'position' || candidate.type === 'education',
        )) {
          await addFact({ type: fact.type, text: fact.text, personId: person.id }, fact.snippet, fact.method);
        }
      }
    }

    for (const fact of capture.facts) {
      if (capture.kind === 'person' && (fact.type === 'position' || fact.type === 'education')) continue;
      await addFact({ type: fact.type, text: fact.text }, fact.snippet, fact.method);
    }
    // How a company speaks is read on its own pages: a newspaper's story about it speaks as the paper does.
    const { culture } = capture;
    if (culture.words >= MIN_CULTURE_WORDS && ownVoice(capture)) {
      const text = `“we/our” ${culture.wePerThousand} per 1,000 words, “I/my” ${culture.iPerThousand}, “you” ${culture.youPerThousand}${
        culture.valuesWords.length ? `; values words: ${culture.valuesWords.slice(0, 8).join(', ')}` : ''
      }`;
      await addFact({ type: 'culture', text }, `${culture.words} words of the page's own text`, 'text');
    }
    if (degraded) {
      const kept = oldFacts.filter((fact) => !written.has(factKey(fact)));
      await db.facts.bulkAdd(kept);
      report.keptFromBefore = kept.length;
      for (const fact of kept) if (fact.personId) listedNow.add(fact.personId);
    }
    for (const personId of listedBefore) {
      if (personId && !listedNow.has(personId)) {
        const person = await db.people.get(personId);
        if (person) report.gonePeople.push(person.name);
      }
    }
    report.unchanged =
      !!previous &&
      !degraded &&
      !peopleChanged &&
      report.gonePeople.length === 0 &&
      sameTexts(oldFacts.map(factText), writtenTexts);
    return report;
  });
}

/** When the page was last captured into the interview's company, if it was. */
export async function lastCapturedAt(url: string, interviewId: string): Promise<number | undefined> {
  const interview = interviewId ? await db.interviews.get(interviewId) : undefined;
  if (!interview) return undefined;
  const source = await db.sources
    .where('url')
    .equals(shortenUrl(url))
    .filter((candidate) => candidate.companyId === interview.companyId)
    .first();
  return source && (await wasCaptured(source)) ? source.capturedAt : undefined;
}

/** Whether a page was ever captured whole, not only a passage of it selected. */
async function wasCaptured(source: Source): Promise<boolean> {
  if (source.kind !== 'other') return true;
  const facts = await db.facts.where('sourceId').equals(source.id).toArray();
  return facts.some((fact) => fact.provenance.method !== 'selection');
}

/** What saveSelection kept, for the panel to take back with undoSelection. */
export interface SelectionReport {
  interviewId: string;
  factId: string;
  sourceId: string;
  /** The page's record before the selection; absent when the selection created it. */
  previousSource?: Source;
  savedAt: number;
}

/** Text the user selected on a page, kept as a fact with its source. */
export async function saveSelection(
  input: { interviewId: string; url: string; title: string; text: string },
  now = Date.now(),
): Promise<SelectionReport> {
  const url = shortenUrl(input.url);
  return db.transaction('rw', [db.interviews, db.sources, db.facts], async () => {
    const interview = await db.interviews.get(input.interviewId);
    if (!interview) throw new Error('This interview no longer exists.');
    const previous = await db.sources
      .where('url')
      .equals(url)
      .filter((source) => source.companyId === interview.companyId)
      .first();
    const source = sourceSchema.parse({
      ...previous,
      id: previous?.id ?? newId(),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      companyId: interview.companyId,
      url,
      title: input.title,
      kind: previous?.kind ?? 'other',
      capturedAt: previous?.capturedAt ?? now,
      partial: previous?.partial ?? false,
    });
    await db.sources.put(source);
    const factId = newId();
    await db.facts.add(
      factSchema.parse({
        id: factId,
        createdAt: now,
        updatedAt: now,
        companyId: interview.companyId,
        sourceId: source.id,
        type: 'selection',
        text: input.text.trim(),
        provenance: { url, capturedAt: now, snippet: input.text.trim(), method: 'selection' },
      }),
    );
    return {
      interviewId: input.interviewId,
      factId,
      sourceId: source.id,
      ...(previous ? { previousSource: previous } : {}),
      savedAt: now,
    };
  });
}

/**
 * Takes back a saved selection: its fact goes, and the page's record returns to what it was (or goes,
 * when the selection created it and nothing else has been kept from the page since).
 */
export async function undoSelection(report: SelectionReport): Promise<void> {
  await db.transaction('rw', [db.sources, db.facts], async () => {
    await db.facts.delete(report.factId);
    const source = await db.sources.get(report.sourceId);
    // A page captured or selected from again since keeps its newer record.
    if (!source || source.updatedAt !== report.savedAt) return;
    if (report.previousSource) await db.sources.put(report.previousSource);
    else if ((await db.facts.where('sourceId').equals(report.sourceId).count()) === 0)
      await db.sources.delete(report.sourceId);
  });
}

async function mergePerson(
  companyId: string,
  captured: CapturedPerson,
  interviewerOf: string | undefined,
  source: Source,
  now: number,
  report: SaveReport,
): Promise<Person> {
  const normalizedName = normalizeName(captured.name);
  const known = await db.people.where('[companyId+normalizedName]').equals([companyId, normalizedName]).first();
  if (known) report.undo.changedPeople.push(known);
  else report.newPeople.push(captured.name);
  const offered = captured.title.trim();
  const asOf = titleDateOf(source);
  // The page's title wins only over no title, over its own earlier reading, or over an older page's.
  const takes =
    !!offered &&
    (!known?.title || (known.titleSource !== 'manual' && (known.titleSource === source.id || asOf >= known.titleAsOf)));
  if (known?.title && offered && known.title !== offered) {
    if (takes) report.newTitles.push({ name: known.name, from: known.title, to: offered });
    else if (normalizeName(known.title) !== normalizeName(offered))
      report.keptTitles.push({ name: known.name, kept: known.title, offered });
  }
  const interviewIds = new Set(known?.interviewIds ?? []);
  if (interviewerOf) interviewIds.add(interviewerOf);
  const person = personSchema.parse({
    id: known?.id ?? newId(),
    createdAt: known?.createdAt ?? now,
    updatedAt: now,
    companyId,
    name: known?.name ?? captured.name,
    normalizedName,
    title: takes ? offered : (known?.title ?? ''),
    titleSource: takes ? source.id : (known?.titleSource ?? ''),
    titleAsOf: takes ? asOf : (known?.titleAsOf ?? now),
    addedBy: known?.addedBy ?? source.id,
    organization: known?.organization || captured.organization || '',
    background: known?.background || captured.bio || '',
    notes: known?.notes ?? '',
    profileUrl: known?.profileUrl ?? captured.profileUrl,
    interviewIds: [...interviewIds],
  });
  await db.people.put(person);
  if (!known) report.undo.createdPeople.push(person.id);
  return person;
}

async function interviewFromPage(capture: Capture, now: number, companyName?: string) {
  const name = companyName || companyNameOf(capture) || new URL(capture.url).hostname;
  const existed = await db.companies.where('normalizedName').equals(normalizeName(name)).count();
  const company = await findOrCreateCompany(name, now);
  const interview = await addPreparingInterview(company.id, capture.job?.title ?? '', now);
  return { interview, createdCompany: existed === 0 };
}

/** The research kept on a company: its facts about itself, each with the page it came from. */
export async function listCompanyFacts(companyId: string): Promise<{ fact: Fact; source?: Source }[]> {
  const [facts, sources] = await db.transaction('r', db.facts, db.sources, () =>
    Promise.all([
      db.facts.where('companyId').equals(companyId).toArray(),
      db.sources.where('companyId').equals(companyId).toArray(),
    ]),
  );
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  return facts
    .filter((fact) => !fact.personId)
    .sort((a, b) => b.provenance.capturedAt - a.provenance.capturedAt || a.createdAt - b.createdAt)
    .map((fact) => ({ fact, source: fact.sourceId ? sourceById.get(fact.sourceId) : undefined }));
}

/** The facts about each person of a company (positions, education), by person. */
export async function listPeopleFacts(companyId: string): Promise<Map<string, Fact[]>> {
  const facts = await db.facts
    .where('companyId')
    .equals(companyId)
    .filter((fact) => !!fact.personId)
    .toArray();
  const byPerson = new Map<string, Fact[]>();
  for (const fact of facts)
    byPerson.set(fact.personId as string, [...(byPerson.get(fact.personId as string) ?? []), fact]);
  return byPerson;
}

/** What undoCapture could not take back because the user changed it since (kept, so nothing is lost). */
export interface UndoResult {
  /** Names of people edited (or captured again) since the save, left as they are now. */
  keptPeople: string[];
  /** True when the interview the capture created was kept, because it has been used since. */
  keptInterview: boolean;
}

/**
 * Takes back a capture from its SaveReport, in one transaction: the page returns to its earlier
 * capture (its record and facts) or goes when the capture created it; people the capture created go,
 * people it changed return to what they were; an interview and company it created go. Anything
 * edited since the save (its timestamp moved on) is left alone and named in the result.
 */
export async function undoCapture(report: SaveReport): Promise<UndoResult> {
  const { undo } = report;
  const result: UndoResult = { keptPeople: [], keptInterview: false };
  await db.transaction(
    'rw',
    [db.interviews, db.companies, db.sources, db.facts, db.people, db.questions, db.storyUses, db.notes],
    async () => {
      // The facts this save wrote, and no selection kept from the page since.
      await db.facts
        .where('sourceId')
        .equals(report.sourceId)
        .filter((fact) => fact.provenance.capturedAt === undo.savedAt && fact.provenance.method !== 'selection')
        .delete();
      if (undo.previousSource) {
        await db.sources.put(undo.previousSource);
        await db.facts.bulkPut(undo.previousFacts);
      } else if ((await db.facts.where('sourceId').equals(report.sourceId).count()) === 0) {
        await db.sources.delete(report.sourceId);
      }

      for (const id of undo.createdPeople) {
        const person = await db.people.get(id);
        if (!person) continue;
        if (person.updatedAt !== undo.savedAt) {
          result.keptPeople.push(person.name);
          continue;
        }
        await db.facts.where('personId').equals(id).delete();
        await db.questions.filter((question) => question.personId === id).modify({ personId: undefined });
        await db.storyUses.filter((use) => use.personId === id).modify({ personId: undefined });
        await db.people.delete(id);
      }
      for (const before of undo.changedPeople) {
        const person = await db.people.get(before.id);
        if (!person) continue;
        if (person.updatedAt !== undo.savedAt) result.keptPeople.push(person.name);
        else await db.people.put(before);
      }

      if (undo.previousCompany) {
        const company = await db.companies.get(undo.previousCompany.id);
        if (company?.updatedAt === undo.savedAt) await db.companies.put(undo.previousCompany);
      }
      if (undo.createdInterviewId) result.keptInterview = !(await removeCreatedInterview(undo));
    },
  );
  return result;
}

/** Deletes the interview (and company) a capture created, unless it has been used since. */
async function removeCreatedInterview(undo: CaptureUndo): Promise<boolean> {
  const id = undo.createdInterviewId as string;
  const interview = await db.interviews.get(id);
  if (!interview) return true;
  const used =
    interview.updatedAt !== undo.savedAt ||
    (await db.questions.where('interviewId').equals(id).count()) > 0 ||
    (await db.notes.where('interviewId').equals(id).count()) > 0 ||
    (await db.storyUses.where('interviewId').equals(id).count()) > 0 ||
    (await db.people.where('interviewIds').equals(id).count()) > 0;
  if (used) return false;
  const { companyId } = interview;
  if (undo.createdCompanyId === companyId) {
    const research = await Promise.all([
      db.interviews.where('companyId').equals(companyId).count(),
      db.people.where('companyId').equals(companyId).count(),
      db.sources.where('companyId').equals(companyId).count(),
    ]);
    // Research kept since (a person edited, another page) keeps the company and this way into it.
    if (research[0] > 1 || research[1] > 0 || research[2] > 0) return false;
    await db.interviews.delete(id);
    await db.companies.delete(companyId);
    return true;
  }
  await db.interviews.delete(id);
  return true;
}
