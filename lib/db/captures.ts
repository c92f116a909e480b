import { type CapturedPerson, companyNameOf, companyNamesOf, hostOf, peopleOf, siteOf } from '@/lib/capture/page-model';
import {
  type Capture,
  type Fact,
  factSchema,
  interviewSchema,
  newId,
  type Person,
  personSchema,
  type Source,
  sourceSchema,
} from '@/lib/schema';
import { normalizeName } from '@/lib/text/normalize-name';
import { userTimeZone } from '@/lib/time';
import { findOrCreateCompany } from './companies';
import { db } from './database';

export interface SaveCaptureInput {
  capture: Capture;
  /** The interview to file it under; null creates one from the page (its company, and role for a job). */
  interviewId: string | null;
  /** Names of the captured people to mark as interviewers of that interview. */
  interviewers: string[];
}

/** What a save changed, for the panel to report: the second capture of a page says what is new. */
export interface SaveReport {
  interviewId: string;
  sourceId: string;
  /** True when the page had been captured before: its facts were replaced. */
  recaptured: boolean;
  newPeople: string[];
  /** People the page listed last time and no longer does (kept, not deleted). */
  gonePeople: string[];
  newTitles: { name: string; from: string; to: string }[];
  facts: number;
}

/**
 * Saves a capture in one transaction: its source (updated when the page was captured before), its
 * facts, and its people merged with those already known at the company by name. Nothing is written
 * unless all of it is.
 */
export async function saveCapture(input: SaveCaptureInput, now = Date.now()): Promise<SaveReport> {
  const { capture } = input;
  return db.transaction('rw', [db.interviews, db.companies, db.sources, db.facts, db.people], async () => {
    const interview = input.interviewId
      ? await db.interviews.get(input.interviewId)
      : await interviewFromPage(capture, now);
    if (!interview) throw new Error('This interview no longer exists.');
    const companyId = interview.companyId;
    // The company's own site, once known, lets later pages from it suggest this interview.
    const company = await db.companies.get(companyId);
    const website = siteOf(capture);
    if (company && !company.website && website) await db.companies.update(companyId, { website, updatedAt: now });

    const previous = await db.sources
      .where('url')
      .equals(capture.url)
      .filter((source) => source.companyId === companyId)
      .first();
    const source: Source = sourceSchema.parse({
      id: previous?.id ?? newId(),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      companyId,
      url: capture.url,
      title: capture.title,
      kind: capture.kind,
      capturedAt: now,
      partial: capture.partial,
    });
    await db.sources.put(source);

    // What the page said last time: whom it listed, with which title.
    const oldFacts = previous ? await db.facts.where('sourceId').equals(previous.id).toArray() : [];
    const listedBefore = new Set(
      oldFacts.filter((fact) => fact.personId && fact.type === 'position').map((fact) => fact.personId),
    );
    await db.facts.where('sourceId').equals(source.id).delete();

    const report: SaveReport = {
      interviewId: interview.id,
      sourceId: source.id,
      recaptured: !!previous,
      newPeople: [],
      gonePeople: [],
      newTitles: [],
      facts: 0,
    };
    const provenance = (snippet: string, method: Fact['provenance']['method']) => ({
      url: capture.url,
      capturedAt: now,
      snippet,
      method,
    });
    const addFact = async (
      fields: Pick<Fact, 'type' | 'text'> & { personId?: string },
      snippet: string,
      method: Fact['provenance']['method'],
    ) => {
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
      report.facts++;
    };

    const ticked = new Set(input.interviewers.map(normalizeName));
    const listedNow = new Set<string>();
    for (const captured of peopleOf(capture)) {
      const person = await mergePerson(
        companyId,
        captured,
        ticked.has(normalizeName(captured.name)) ? interview.id : undefined,
        now,
        report,
      );
      listedNow.add(person.id);
      const text = captured.title || 'Listed on this page';
      await addFact(
        { type: 'position', text, personId: person.id },
        [captured.name, captured.title].filter(Boolean).join(', '),
        'structure',
      );
      if (capture.kind === 'person' && capture.person) {
        for (const fact of capture.facts.filter(
          (candidate) => candidate.type === 'position' || candidate.type === 'education',
        )) {
          await addFact({ type: fact.type, text: fact.text, personId: person.id }, fact.snippet, fact.method);
        }
      }
    }
    for (const personId of listedBefore) {
      if (personId && !listedNow.has(personId)) {
        const person = await db.people.get(personId);
        if (person) report.gonePeople.push(person.name);
      }
    }

    for (const fact of capture.facts) {
      if (capture.kind === 'person' && (fact.type === 'position' || fact.type === 'education')) continue;
      await addFact({ type: fact.type, text: fact.text }, fact.snippet, fact.method);
    }
    const { culture } = capture;
    if (culture.words >= 50) {
      const text = `“we/our” ${culture.wePerThousand} per 1,000 words, “I/my” ${culture.iPerThousand}, “you” ${culture.youPerThousand}${
        culture.valuesWords.length ? `; values words: ${culture.valuesWords.slice(0, 8).join(', ')}` : ''
      }`;
      await addFact({ type: 'culture', text }, `${culture.words} words of the page's own text`, 'text');
    }
    return report;
  });
}

/** Text the user selected on a page, kept as a fact with its source. */
export async function saveSelection(
  input: { interviewId: string; url: string; title: string; text: string },
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', [db.interviews, db.sources, db.facts], async () => {
    const interview = await db.interviews.get(input.interviewId);
    if (!interview) throw new Error('This interview no longer exists.');
    const previous = await db.sources
      .where('url')
      .equals(input.url)
      .filter((source) => source.companyId === interview.companyId)
      .first();
    const source = sourceSchema.parse({
      id: previous?.id ?? newId(),
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      companyId: interview.companyId,
      url: input.url,
      title: input.title,
      kind: previous?.kind ?? 'other',
      capturedAt: previous?.capturedAt ?? now,
      partial: previous?.partial ?? false,
    });
    await db.sources.put(source);
    await db.facts.add(
      factSchema.parse({
        id: newId(),
        createdAt: now,
        updatedAt: now,
        companyId: interview.companyId,
        sourceId: source.id,
        type: 'selection',
        text: input.text.trim(),
        provenance: { url: input.url, capturedAt: now, snippet: input.text.trim(), method: 'selection' },
      }),
    );
  });
}

async function mergePerson(
  companyId: string,
  captured: CapturedPerson,
  interviewerOf: string | undefined,
  now: number,
  report: SaveReport,
): Promise<Person> {
  const normalizedName = normalizeName(captured.name);
  const known = await db.people.where('[companyId+normalizedName]').equals([companyId, normalizedName]).first();
  if (known && captured.title && known.title && known.title !== captured.title) {
    report.newTitles.push({ name: known.name, from: known.title, to: captured.title });
  }
  if (!known) report.newPeople.push(captured.name);
  const interviewIds = new Set(known?.interviewIds ?? []);
  if (interviewerOf) interviewIds.add(interviewerOf);
  const person = personSchema.parse({
    id: known?.id ?? newId(),
    createdAt: known?.createdAt ?? now,
    updatedAt: now,
    companyId,
    name: known?.name ?? captured.name,
    normalizedName,
    title: captured.title || known?.title || '',
    organization: known?.organization || captured.organization || '',
    background: known?.background || captured.bio || '',
    notes: known?.notes ?? '',
    profileUrl: known?.profileUrl ?? captured.profileUrl,
    interviewIds: [...interviewIds],
  });
  await db.people.put(person);
  return person;
}

async function interviewFromPage(capture: Capture, now: number) {
  const company = await findOrCreateCompany(companyNameOf(capture) || new URL(capture.url).hostname, now);
  const interview = interviewSchema.parse({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    companyId: company.id,
    role: capture.job?.title ?? '',
    round: '',
    startsAt: null,
    timeZone: userTimeZone(),
    durationMinutes: 60,
    meetingUrl: '',
    status: 'preparing',
  });
  await db.interviews.add(interview);
  return interview;
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

/** Interviews whose company the captured page is about: matched by company name or by the site's domain. */
export async function suggestInterviews(capture: Capture): Promise<string[]> {
  const names = companyNamesOf(capture).map(normalizeName);
  const host = hostOf(capture.url);
  const [byName, all] = await Promise.all([
    names.length ? db.companies.where('normalizedName').anyOf(names).toArray() : [],
    host ? db.companies.toArray() : [],
  ]);
  const byDomain = all.filter((company) => company.website && hostOf(company.website) === host);
  const ids = [...new Set([...byName, ...byDomain].map((company) => company.id))];
  if (ids.length === 0) return [];
  const interviews = await db.interviews.where('companyId').anyOf(ids).toArray();
  return interviews.map((interview) => interview.id);
}
