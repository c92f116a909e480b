import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import {
  createInterview,
  deleteInterview,
  getInterview,
  interviewDeletionImpact,
  listInterviews,
  setInterviewStatus,
  updateInterview,
} from '@/lib/db/interviews';
import { addNote } from '@/lib/db/notes';
import { addPerson } from '@/lib/db/people';
import { addQuestion } from '@/lib/db/questions';
import * as make from '../factories';

const interviewer = { title: '', organization: '', notes: '', interviewer: true };

describe('interviews', () => {
  it('creates an interview with its company, and reuses the company for a second round', async () => {
    const first = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    const second = await createInterview(make.interviewInput({ companyName: 'northwind  LUMEN', round: 'Final' }));
    expect(second.companyId).toBe(first.companyId);
    expect(await db.companies.count()).toBe(1);
    const listed = await listInterviews();
    expect(listed.map((entry) => entry.company.name)).toEqual(['Northwind Lumen', 'Northwind Lumen']);
  });

  it('takes a name with or without its legal form for the same company: one research, not two', async () => {
    const first = await createInterview(make.interviewInput({ companyName: 'Lumenfield Systems B.V.' }));
    const second = await createInterview(make.interviewInput({ companyName: 'Lumenfield Systems', round: 'Final' }));
    expect(second.companyId).toBe(first.companyId);
    const third = await createInterview(make.interviewInput({ companyName: 'Lumenfield', round: 'Other' }));
    expect(third.companyId).not.toBe(first.companyId);
  });

  it('refuses an invalid record and stores nothing half-written', async () => {
    await expect(createInterview(make.interviewInput({ meetingUrl: 'not a link' }))).rejects.toThrow();
    expect(await db.interviews.count()).toBe(0);
    expect(await db.companies.count()).toBe(0);
  });

  it('marks a round done and leaves the rest of it as it was', async () => {
    const created = await createInterview(make.interviewInput({ status: 'scheduled' }), 1_000);
    await setInterviewStatus(created.id, 'completed', 2_000);
    expect(await db.interviews.get(created.id)).toEqual({ ...created, status: 'completed', updatedAt: 2_000 });
  });

  it('renames the company of a round that alone uses it', async () => {
    const created = await createInterview(make.interviewInput({ companyName: 'Nortwind Lumen' }));
    await addPerson(created.id, { name: 'Ada Okafor', ...interviewer });
    await updateInterview(created.id, make.interviewInput({ companyName: 'Northwind Lumen' }));
    const loaded = await getInterview(created.id);
    expect(loaded?.company.name).toBe('Northwind Lumen');
    expect(loaded?.company.id).toBe(created.companyId);
    expect(await db.people.where('companyId').equals(created.companyId).count()).toBe(1);
  });

  it('merges a renamed company into the one already bearing the new name, keeping everyone once', async () => {
    const kept = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    const typo = await createInterview(make.interviewInput({ companyName: 'Northwnd Lumen' }));
    await addPerson(kept.id, { name: 'Ada Okafor', ...interviewer });
    await addPerson(typo.id, { name: 'Ada Okafor', ...interviewer, title: 'CFO' });
    await addPerson(typo.id, { name: 'Lee Park', ...interviewer });
    await updateInterview(typo.id, make.interviewInput({ companyName: 'Northwind Lumen' }));

    expect(await db.companies.count()).toBe(1);
    const people = await db.people.where('companyId').equals(kept.companyId).toArray();
    expect(people.map((person) => person.name).sort()).toEqual(['Ada Okafor', 'Lee Park']);
    const ada = people.find((person) => person.name === 'Ada Okafor');
    expect(ada?.interviewIds.sort()).toEqual([kept.id, typo.id].sort());
  });

  it('moves a round that shares its company, leaving the research with the other rounds', async () => {
    const first = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    const second = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    await addPerson(first.id, { name: 'Ada Okafor', ...interviewer });
    const moved = await updateInterview(second.id, make.interviewInput({ companyName: 'Contoso' }));
    expect(moved.companyId).not.toBe(first.companyId);
    expect(await db.people.where('companyId').equals(first.companyId).count()).toBe(1);
  });

  it('deletes what only the interview owns and nothing else', async () => {
    const kept = await createInterview(make.interviewInput({ round: 'First' }));
    const gone = await createInterview(make.interviewInput({ round: 'Second' }));
    const ada = await addPerson(gone.id, { name: 'Ada Okafor', ...interviewer });
    await addPerson(kept.id, { name: 'Ada Okafor', ...interviewer });
    await addQuestion(gone.id, { text: 'Why is the seat open?' });
    await addQuestion(kept.id, { text: 'What does success look like?' });
    await addNote(gone.id, 'Bring the board deck.');
    const story = make.story();
    await db.stories.add(story);
    await db.storyUses.add(make.storyUse(story.id, gone.id, { personId: ada.id }));

    expect(await interviewDeletionImpact(gone.id)).toEqual({ questions: 1, notes: 1, otherRounds: 1, people: 1 });
    await deleteInterview(gone.id);

    expect(await db.interviews.get(gone.id)).toBeUndefined();
    expect(await db.questions.toArray()).toHaveLength(1);
    expect(await db.notes.count()).toBe(0);
    expect(await db.storyUses.count()).toBe(0);
    expect(await db.stories.count()).toBe(1);
    const person = await db.people.get(ada.id);
    expect(person?.interviewIds).toEqual([kept.id]);
    expect(await db.companies.count()).toBe(1);
  });

  it('deletes the company and its research with the last round at it', async () => {
    const only = await createInterview(make.interviewInput());
    await addPerson(only.id, { name: 'Ada Okafor', ...interviewer });
    await db.sources.add(make.source(only.companyId));
    await db.facts.add(make.fact(only.companyId));
    const other = await createInterview(make.interviewInput({ companyName: 'Contoso' }));

    await deleteInterview(only.id);
    expect(await db.companies.toArray()).toHaveLength(1);
    expect(await db.people.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);
    expect(await db.facts.count()).toBe(0);
    expect((await getInterview(other.id))?.company.name).toBe('Contoso');
  });
});
