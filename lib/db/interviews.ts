import {
  type Company,
  type Interview,
  type InterviewStatus,
  interviewSchema,
  newId,
  type Person,
  personSchema,
} from '@/lib/schema';
import { normalizeName } from '@/lib/text/normalize-name';
import { userTimeZone } from '@/lib/time';
import { deleteCompanyResearch, findOrCreateCompany, mergeCompanyInto } from './companies';
import { db } from './database';
import { foldPersonInto } from './people';

/** What the interview form produces, already validated (see lib/interview-form.ts). */
export interface InterviewInput {
  companyName: string;
  role: string;
  round: string;
  startsAt: number | null;
  timeZone: string;
  durationMinutes: number | null;
  meetingUrl: string;
  status: InterviewStatus;
}

export interface InterviewWithCompany {
  interview: Interview;
  company: Company;
}

const ALL_TABLES = () => [
  db.companies,
  db.interviews,
  db.people,
  db.sources,
  db.facts,
  db.questions,
  db.storyUses,
  db.notes,
];

export async function listInterviews(): Promise<InterviewWithCompany[]> {
  // One transaction for both reads: each transaction has a fixed cost the panel's first paint waits for.
  const [interviews, companies] = await db.transaction('r', db.interviews, db.companies, () =>
    Promise.all([db.interviews.toArray(), db.companies.toArray()]),
  );
  const companyById = new Map(companies.map((company) => [company.id, company]));
  return interviews.flatMap((interview) => {
    const company = companyById.get(interview.companyId);
    return company ? [{ interview, company }] : [];
  });
}

export async function getInterview(id: string): Promise<InterviewWithCompany | undefined> {
  const interview = await db.interviews.get(id);
  if (!interview) return undefined;
  const company = await db.companies.get(interview.companyId);
  return company ? { interview, company } : undefined;
}

/** Creates the interview, and its company unless one of that name exists. */
export async function createInterview(input: InterviewInput, now = Date.now()): Promise<Interview> {
  return db.transaction('rw', db.companies, db.interviews, async () => {
    const company = await findOrCreateCompany(input.companyName, now);
    const interview = interviewSchema.parse({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      companyId: company.id,
      ...interviewFields(input),
    });
    await db.interviews.add(interview);
    return interview;
  });
}

/**
 * Saves the form's changes. A new company name on a round that alone uses its company renames that
 * company (or merges it into the one already bearing the name); on a round that shares its company with
 * other rounds, it moves just this round with its interviewers, and the shared research stays with
 * the others.
 */
export async function updateInterview(id: string, input: InterviewInput, now = Date.now()): Promise<Interview> {
  return db.transaction('rw', ALL_TABLES(), async () => {
    const current = await db.interviews.get(id);
    if (!current) throw new Error('This interview no longer exists.');
    const company = await db.companies.get(current.companyId);
    let companyId = current.companyId;
    const wanted = normalizeName(input.companyName);
    if (!company || company.normalizedName !== wanted) {
      const rounds = await db.interviews.where('companyId').equals(current.companyId).count();
      const namesake = await db.companies.where('normalizedName').equals(wanted).first();
      if (company && rounds === 1 && !namesake) {
        await db.companies.update(company.id, {
          name: input.companyName.trim(),
          normalizedName: wanted,
          updatedAt: now,
        });
      } else if (company && rounds === 1 && namesake) {
        await mergeCompanyInto(company.id, namesake.id, now);
        companyId = namesake.id;
      } else {
        companyId = (await findOrCreateCompany(input.companyName, now)).id;
        await takeInterviewers(id, current.companyId, companyId, now);
      }
    } else if (company.name !== input.companyName.trim()) {
      await db.companies.update(company.id, { name: input.companyName.trim(), updatedAt: now });
    }
    const interview = interviewSchema.parse({ ...current, ...interviewFields(input), companyId, updatedAt: now });
    await db.interviews.put(interview);
    return interview;
  });
}

/**
 * A round moving to another company takes its panel along: each interviewer gets a record at the new
 * company (merged with a namesake there) with copies of their facts, and this round's questions and
 * ledger entries follow. The old company keeps its own record of them for its other rounds, unless
 * this round was all it had of them (no other round, no captured page): then they simply move.
 */
async function takeInterviewers(interviewId: string, fromId: string, toId: string, now: number): Promise<void> {
  const panel = await db.people.where('interviewIds').equals(interviewId).toArray();
  for (const person of panel.filter((candidate) => candidate.companyId === fromId)) {
    const facts = await db.facts.where('personId').equals(person.id).toArray();
    const others = person.interviewIds.filter((other) => other !== interviewId);
    const onlyThisRound = others.length === 0 && facts.every((fact) => !fact.sourceId);
    let moved: Person;
    if (onlyThisRound) {
      moved = personSchema.parse({ ...person, companyId: toId, updatedAt: now });
      await db.people.put(moved);
      await db.facts.where('personId').equals(person.id).modify({ companyId: toId, updatedAt: now });
    } else {
      moved = personSchema.parse({
        ...person,
        id: newId(),
        companyId: toId,
        interviewIds: [interviewId],
        updatedAt: now,
      });
      await db.people.add(moved);
      await db.facts.bulkAdd(
        facts.map((fact) => ({ ...fact, id: newId(), companyId: toId, personId: moved.id, updatedAt: now })),
      );
      await db.people.update(person.id, { interviewIds: others, updatedAt: now });
      await db.questions
        .where('interviewId')
        .equals(interviewId)
        .filter((question) => question.personId === person.id)
        .modify({ personId: moved.id, updatedAt: now });
      await db.storyUses
        .where('interviewId')
        .equals(interviewId)
        .filter((use) => use.personId === person.id)
        .modify({ personId: moved.id, updatedAt: now });
    }
    const namesake = await db.people
      .where('[companyId+normalizedName]')
      .equals([toId, moved.normalizedName])
      .filter((candidate) => candidate.id !== moved.id)
      .first();
    if (namesake) await foldPersonInto(namesake, moved, now);
  }
}

/** Moves the round on to `status` (a past interview marked done), leaving the rest of it as it is. */
export async function setInterviewStatus(id: string, status: InterviewStatus, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.interviews, async () => {
    const current = await db.interviews.get(id);
    if (!current) throw new Error('This interview no longer exists.');
    await db.interviews.put(interviewSchema.parse({ ...current, status, updatedAt: now }));
  });
}

/** What deleting the interview takes with it, for the confirmation the user reads first. */
export async function interviewDeletionImpact(id: string) {
  const interview = await db.interviews.get(id);
  if (!interview) return undefined;
  const [questions, notes, otherRounds, people] = await Promise.all([
    db.questions.where('interviewId').equals(id).count(),
    db.notes.where('interviewId').equals(id).count(),
    db.interviews.where('companyId').equals(interview.companyId).count(),
    db.people.where('companyId').equals(interview.companyId).count(),
  ]);
  return { questions, notes, otherRounds: otherRounds - 1, people };
}

/**
 * Deletes the interview and what it alone owns: its questions, notes and story ledger, its place on
 * people's panels, and the company's research when no other round uses that company. Stories stay.
 */
export async function deleteInterview(id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', ALL_TABLES(), async () => {
    const interview = await db.interviews.get(id);
    if (!interview) return;
    await Promise.all([
      db.questions.where('interviewId').equals(id).delete(),
      db.notes.where('interviewId').equals(id).delete(),
      db.storyUses.where('interviewId').equals(id).delete(),
      db.people
        .where('interviewIds')
        .equals(id)
        .modify((person) => {
          person.interviewIds = person.interviewIds.filter((other) => other !== id);
          person.updatedAt = now;
        }),
    ]);
    await db.interviews.delete(id);
    const otherRounds = await db.interviews.where('companyId').equals(interview.companyId).count();
    if (otherRounds === 0) await deleteCompanyResearch(interview.companyId);
  });
}

function interviewFields(input: InterviewInput) {
  return {
    role: input.role.trim(),
    round: input.round.trim(),
    startsAt: input.startsAt,
    timeZone: input.timeZone,
    durationMinutes: input.durationMinutes,
    meetingUrl: input.meetingUrl.trim(),
    status: input.status,
  };
}

/**
 * Adds an interview at a company with nothing filled in yet but the role, for research the user saved
 * before creating one (a capture "to a new interview", a page moved to a new company). Call inside a
 * transaction.
 */
export async function addPreparingInterview(companyId: string, role: string, now: number): Promise<Interview> {
  const interview = interviewSchema.parse({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    companyId,
    role,
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
