import { newId, type Person, personSchema } from '@/lib/schema';
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
      title: input.title.trim() || existing?.title || '',
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
      title: input.title.trim(),
      organization: input.organization.trim(),
      notes: input.notes,
      interviewIds: input.interviewer ? [...others, interviewId] : others,
    });
    await db.people.put(person);
    return person;
  });
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
