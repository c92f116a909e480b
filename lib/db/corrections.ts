import { type Fact, newId, type Person, personSchema, type Source, sourceSchema } from '@/lib/schema';
import { normalizeName } from '@/lib/text/normalize-name';
import { dismissalKey } from './captures';
import { findOrCreateCompany } from './companies';
import { db } from './database';
import { addPreparingInterview } from './interviews';
import { foldPersonInto, titleDateOf } from './people';

// Corrections of saved research: a fact deleted, a page removed with what it alone brought, a page
// moved to another company. Each runs in one transaction, so a correction is whole or not at all.

/** What deleting a fact removed, for an undo. */
export interface DeletedFact {
  fact: Fact;
  /** The person whose shown title came from the fact, as they were. */
  person?: Person;
}

/**
 * Deletes one fact. When it was the title a person shows, the person falls back to the newest title
 * another page gives them (or keeps this one when no other page gives any: a title is not lost).
 */
export async function deleteFact(factId: string, now = Date.now()): Promise<DeletedFact | undefined> {
  return db.transaction('rw', db.facts, db.people, db.sources, async () => {
    const fact = await db.facts.get(factId);
    if (!fact) return undefined;
    await db.facts.delete(factId);
    await rememberDismissal(fact, true, now);
    const person = fact.personId ? await db.people.get(fact.personId) : undefined;
    if (!person || fact.type !== 'title' || person.titleSource !== fact.sourceId || person.title !== fact.text) {
      return { fact };
    }
    const claims = await db.facts
      .where('personId')
      .equals(person.id)
      .filter((other) => other.type === 'title')
      .toArray();
    const sources = new Map(
      (await db.sources.bulkGet(claims.flatMap((claim) => (claim.sourceId ? [claim.sourceId] : [])))).flatMap(
        (source) => (source ? [[source.id, source] as const] : []),
      ),
    );
    const dated = claims
      .map((claim) => {
        const source = claim.sourceId ? sources.get(claim.sourceId) : undefined;
        return { claim, asOf: source ? titleDateOf(source) : claim.provenance.capturedAt };
      })
      .sort((a, b) => b.asOf - a.asOf)[0];
    if (dated) {
      await db.people.put(
        personSchema.parse({
          ...person,
          title: dated.claim.text,
          titleSource: dated.claim.sourceId ?? 'manual',
          titleAsOf: dated.asOf,
          updatedAt: now,
        }),
      );
    }
    return { fact, person };
  });
}

/** Puts back a fact deleteFact removed (and the person's title it was), if its company still exists. */
export async function restoreFact(deleted: DeletedFact): Promise<void> {
  await db.transaction('rw', db.facts, db.people, db.companies, db.sources, async () => {
    if (!(await db.companies.get(deleted.fact.companyId))) return;
    if (deleted.fact.personId && !(await db.people.get(deleted.fact.personId))) return;
    await db.facts.put(deleted.fact);
    await rememberDismissal(deleted.fact, false, Date.now());
    if (deleted.person) await db.people.put(deleted.person);
  });
}

/**
 * A page moved to a company that had captured the same address keeps one record of it: the newer
 * capture with its facts, and the deletions the user made on either.
 */
async function foldTwinPage(sourceId: string, now: number): Promise<void> {
  const moved = await db.sources.get(sourceId);
  if (!moved) return;
  const twin = await db.sources
    .where('url')
    .equals(moved.url)
    .filter((source) => source.companyId === moved.companyId && source.id !== moved.id)
    .first();
  if (!twin) return;
  const [kept, dropped] = twin.capturedAt > moved.capturedAt ? [twin, moved] : [moved, twin];
  await db.facts.where('sourceId').equals(dropped.id).delete();
  await db.sources.delete(dropped.id);
  const dismissedFacts = [...new Set([...(kept.dismissedFacts ?? []), ...(dropped.dismissedFacts ?? [])])];
  await db.sources.put(
    sourceSchema.parse({
      ...kept,
      createdAt: Math.min(kept.createdAt, dropped.createdAt),
      dismissedFacts,
      updatedAt: now,
    }),
  );
}

/** Notes on the fact's page that the user deleted it (or takes the note back), for the next capture. */
async function rememberDismissal(fact: Fact, dismissed: boolean, now: number): Promise<void> {
  const source = fact.sourceId ? await db.sources.get(fact.sourceId) : undefined;
  if (!source) return;
  const key = dismissalKey(fact);
  const keys = new Set(source.dismissedFacts);
  if (dismissed) keys.add(key);
  else keys.delete(key);
  await db.sources.put(sourceSchema.parse({ ...source, dismissedFacts: [...keys], updatedAt: now }));
}

/**
 * The people a page alone brought: listed by it, and by no other page, and not claimed by the user —
 * not typed by hand, no notes or typed title, not on a round's panel, no question or story told to
 * them. These go when the page is deleted; everyone else stays.
 */
async function peopleOnlyFrom(source: Source, facts: Fact[]): Promise<Person[]> {
  const ids = [...new Set(facts.flatMap((fact) => (fact.personId ? [fact.personId] : [])))];
  const people = (await db.people.bulkGet(ids)).filter((person): person is Person => !!person);
  const alone: Person[] = [];
  for (const person of people) {
    if (person.addedBy === 'manual' || person.titleSource === 'manual' || person.notes.trim()) continue;
    if (person.interviewIds.length > 0) continue;
    const elsewhere = await db.facts
      .where('personId')
      .equals(person.id)
      .filter((fact) => fact.sourceId !== source.id)
      .count();
    if (elsewhere) continue;
    const questions = await db.questions.filter((question) => question.personId === person.id).count();
    const uses = await db.storyUses.filter((use) => use.personId === person.id).count();
    if (questions || uses) continue;
    alone.push(person);
  }
  return alone;
}

/** What deleting a page takes with it, for the confirmation the user reads first. */
export interface SourceImpact {
  source: Source;
  facts: number;
  /** Names of the people the page alone brought, who go with it. */
  people: string[];
}

export async function sourceDeletionImpact(sourceId: string): Promise<SourceImpact | undefined> {
  return db.transaction('r', [db.sources, db.facts, db.people, db.questions, db.storyUses], async () => {
    const source = await db.sources.get(sourceId);
    if (!source) return undefined;
    const facts = await db.facts.where('sourceId').equals(sourceId).toArray();
    const people = await peopleOnlyFrom(source, facts);
    return { source, facts: facts.length, people: people.map((person) => person.name) };
  });
}

/** The captured pages of a company, newest first, each with what deleting it would take. */
export async function listSources(companyId: string): Promise<SourceImpact[]> {
  return db.transaction('r', [db.sources, db.facts, db.people, db.questions, db.storyUses], async () => {
    const sources = await db.sources.where('companyId').equals(companyId).toArray();
    sources.sort((a, b) => b.capturedAt - a.capturedAt);
    return Promise.all(
      sources.map(async (source) => {
        const facts = await db.facts.where('sourceId').equals(source.id).toArray();
        const people = await peopleOnlyFrom(source, facts);
        return { source, facts: facts.length, people: people.map((person) => person.name) };
      }),
    );
  });
}

/** What deleteSource removed, for an undo. */
export interface DeletedSource {
  source: Source;
  facts: Fact[];
  people: Person[];
}

/** Deletes a captured page, its facts and the people it alone brought (see sourceDeletionImpact). */
export async function deleteSource(sourceId: string): Promise<DeletedSource | undefined> {
  return db.transaction('rw', [db.sources, db.facts, db.people, db.questions, db.storyUses], async () => {
    const source = await db.sources.get(sourceId);
    if (!source) return undefined;
    const facts = await db.facts.where('sourceId').equals(sourceId).toArray();
    const people = await peopleOnlyFrom(source, facts);
    await db.facts.where('sourceId').equals(sourceId).delete();
    await db.people.bulkDelete(people.map((person) => person.id));
    await db.sources.delete(sourceId);
    return { source, facts, people };
  });
}

/** Puts back a page deleteSource removed, with its facts and people, if its company still exists. */
export async function restoreSource(deleted: DeletedSource): Promise<void> {
  await db.transaction('rw', [db.companies, db.sources, db.facts, db.people], async () => {
    if (!(await db.companies.get(deleted.source.companyId))) return;
    await db.sources.put(deleted.source);
    await db.people.bulkPut(deleted.people);
    await db.facts.bulkPut(deleted.facts);
  });
}

/** Where a page goes: a company already kept, or a new one by name. */
export type MoveTarget = { companyId: string } | { companyName: string };

/**
 * Moves a captured page and its facts to another company, in one transaction. The people it alone
 * brought move with it (merged with a namesake there); people other pages or the user brought stay,
 * and the target gets its own record of them, with what this page says. A target company without an
 * interview gets one, so the page can be found. Returns the company and an interview at it.
 */
export async function moveSource(
  sourceId: string,
  target: MoveTarget,
  now = Date.now(),
): Promise<{ companyId: string; interviewId: string }> {
  return db.transaction(
    'rw',
    [db.companies, db.interviews, db.sources, db.facts, db.people, db.questions, db.storyUses],
    async () => {
      const source = await db.sources.get(sourceId);
      if (!source) throw new Error('This page is no longer in the dossier.');
      const company =
        'companyId' in target
          ? await db.companies.get(target.companyId)
          : await findOrCreateCompany(target.companyName, now);
      if (!company) throw new Error('That company is no longer in the dossier.');
      const interviewId = await interviewAt(company.id, now);
      if (company.id === source.companyId) return { companyId: company.id, interviewId };

      const facts = await db.facts.where('sourceId').equals(sourceId).toArray();
      const alone = new Set((await peopleOnlyFrom(source, facts)).map((person) => person.id));
      const personIds = [...new Set(facts.flatMap((fact) => (fact.personId ? [fact.personId] : [])))];
      for (const personId of personIds) {
        const person = await db.people.get(personId);
        if (!person) continue;
        const namesake = await db.people
          .where('[companyId+normalizedName]')
          .equals([company.id, person.normalizedName])
          .first();
        if (alone.has(personId)) {
          if (namesake) await foldPersonInto(namesake, person, now);
          else await db.people.update(personId, { companyId: company.id, updatedAt: now });
          continue;
        }
        // Someone the old company keeps: this page's facts about them go to their record at the target.
        const there = namesake ?? (await copyFromPage(person, source, facts, company.id, now));
        await db.facts
          .where('sourceId')
          .equals(sourceId)
          .filter((fact) => fact.personId === personId)
          .modify({ personId: there.id, updatedAt: now });
      }
      await db.facts.where('sourceId').equals(sourceId).modify({ companyId: company.id, updatedAt: now });
      await db.sources.update(sourceId, { companyId: company.id, updatedAt: now });
      await foldTwinPage(sourceId, now);
      return { companyId: company.id, interviewId };
    },
  );
}

/** A new record at `companyId` of a person as the page gives them (its title, their name). */
async function copyFromPage(person: Person, source: Source, facts: Fact[], companyId: string, now: number) {
  const title = facts.find((fact) => fact.personId === person.id && fact.type === 'title');
  const copy = personSchema.parse({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    companyId,
    name: person.name,
    normalizedName: normalizeName(person.name),
    title: title?.text ?? '',
    titleSource: title ? source.id : '',
    titleAsOf: titleDateOf(source),
    addedBy: source.id,
    organization: person.organization,
    background: '',
    notes: '',
    profileUrl: person.profileUrl,
    interviewIds: [],
  });
  await db.people.add(copy);
  return copy;
}

/** An interview at the company, created (to be filled in) when it has none. */
async function interviewAt(companyId: string, now: number): Promise<string> {
  const existing = await db.interviews.where('companyId').equals(companyId).first();
  if (existing) return existing.id;
  return (await addPreparingInterview(companyId, '', now)).id;
}
