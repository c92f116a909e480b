import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import { createInterview } from '@/lib/db/interviews';
import { addPerson, deletePerson, listPeopleForInterview, setInterviewer, updatePerson } from '@/lib/db/people';
import { addQuestion } from '@/lib/db/questions';
import type { Interview } from '@/lib/schema';
import * as make from '../factories';

let first: Interview;
let second: Interview;
const blank = { title: '', organization: '', notes: '' };

beforeEach(async () => {
  first = await createInterview(make.interviewInput({ round: 'First' }));
  second = await createInterview(make.interviewInput({ round: 'Second' }));
});

describe('people', () => {
  it('are shared by the rounds at one company, with each round its own panel', async () => {
    const ada = await addPerson(first.id, { name: 'Ada Okafor', ...blank, title: 'CFO', interviewer: true });
    await addPerson(first.id, { name: 'Lee Park', ...blank, interviewer: false });
    await setInterviewer(ada.id, second.id, true);

    const forFirst = await listPeopleForInterview(first.id);
    expect(forFirst.map((person) => person.name)).toEqual(['Ada Okafor', 'Lee Park']);
    const forSecond = await listPeopleForInterview(second.id);
    expect(forSecond.find((person) => person.name === 'Ada Okafor')?.interviewIds.sort()).toEqual(
      [first.id, second.id].sort(),
    );
    await setInterviewer(ada.id, first.id, false);
    expect((await db.people.get(ada.id))?.interviewIds).toEqual([second.id]);
  });

  it('lists this round’s interviewers first', async () => {
    await addPerson(first.id, { name: 'Aaron Abel', ...blank, interviewer: false });
    await addPerson(first.id, { name: 'Zoe Zhang', ...blank, interviewer: true });
    expect((await listPeopleForInterview(first.id)).map((person) => person.name)).toEqual(['Zoe Zhang', 'Aaron Abel']);
  });

  it('merge a second entry of the same name instead of duplicating it', async () => {
    await addPerson(first.id, { name: 'José Núñez', ...blank, title: 'CHRO', interviewer: false });
    const again = await addPerson(second.id, {
      name: 'jose nunez',
      ...blank,
      notes: 'Met at the offsite',
      interviewer: true,
    });
    expect(await db.people.count()).toBe(1);
    expect(again.title).toBe('CHRO');
    expect(again.notes).toBe('Met at the offsite');
    expect(again.interviewIds).toEqual([second.id]);
  });

  it('update name, title, organization and notes', async () => {
    const ada = await addPerson(first.id, { name: 'Ada Okafor', ...blank, interviewer: true });
    const updated = await updatePerson(ada.id, first.id, {
      name: 'Ada N. Okafor',
      title: 'Board member',
      organization: 'Contoso',
      notes: 'Chairs the audit committee',
      interviewer: false,
    });
    expect(updated).toMatchObject({ name: 'Ada N. Okafor', organization: 'Contoso', interviewIds: [] });
  });

  it('on delete, take their facts and leave their questions for anyone', async () => {
    const ada = await addPerson(first.id, { name: 'Ada Okafor', ...blank, interviewer: true });
    await db.facts.add(make.fact(first.companyId, { personId: ada.id, type: 'position' }));
    const question = await addQuestion(first.id, { text: 'How do you weigh growth against margin?', personId: ada.id });
    await deletePerson(ada.id);
    expect(await db.people.count()).toBe(0);
    expect(await db.facts.count()).toBe(0);
    expect((await db.questions.get(question.id))?.personId).toBeUndefined();
  });

  it('cannot be added to an interview that is gone', async () => {
    await expect(addPerson('missing', { name: 'Ada', ...blank, interviewer: true })).rejects.toThrow(
      'This interview no longer exists.',
    );
  });
});
