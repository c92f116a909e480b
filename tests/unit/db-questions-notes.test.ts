import { beforeEach, describe, expect, it } from 'vitest';
import { createInterview } from '@/lib/db/interviews';
import { addNote, deleteNote, listNotes, updateNote } from '@/lib/db/notes';
import { addQuestion, deleteQuestion, listQuestions, moveQuestion, updateQuestion } from '@/lib/db/questions';
import type { Interview } from '@/lib/schema';
import * as make from '../factories';

let interview: Interview;
beforeEach(async () => {
  interview = await createInterview(make.interviewInput());
});

const texts = async () => (await listQuestions(interview.id)).map((question) => question.text);

describe('questions to ask', () => {
  it('keep the order they were added in, and move up and down', async () => {
    const a = await addQuestion(interview.id, { text: 'A' });
    await addQuestion(interview.id, { text: 'B' });
    const c = await addQuestion(interview.id, { text: 'C' });
    expect(await texts()).toEqual(['A', 'B', 'C']);
    await moveQuestion(c.id, -1);
    expect(await texts()).toEqual(['A', 'C', 'B']);
    await moveQuestion(a.id, 1);
    expect(await texts()).toEqual(['C', 'A', 'B']);
    await moveQuestion(c.id, -1);
    expect(await texts()).toEqual(['C', 'A', 'B']);
  });

  it('star, mark asked (keeping the first time asked), edit and delete', async () => {
    const question = await addQuestion(interview.id, { text: 'Why is the seat open?' });
    await updateQuestion(question.id, { starred: true }, 1_000);
    const asked = await updateQuestion(question.id, { asked: true }, 2_000);
    expect(asked).toMatchObject({ starred: true, askedAt: 2_000 });
    expect((await updateQuestion(question.id, { asked: true }, 3_000)).askedAt).toBe(2_000);
    expect((await updateQuestion(question.id, { asked: false })).askedAt).toBeNull();
    expect((await updateQuestion(question.id, { text: '  Why is the seat open now? ' })).text).toBe(
      'Why is the seat open now?',
    );
    await deleteQuestion(question.id);
    expect(await texts()).toEqual([]);
  });

  it('refuse an empty question', async () => {
    await expect(addQuestion(interview.id, { text: '   ' })).rejects.toThrow();
    expect(await texts()).toEqual([]);
  });
});

describe('notes', () => {
  it('are listed oldest first and can be edited and deleted', async () => {
    const late = await addNote(interview.id, 'Second', 2_000);
    await addNote(interview.id, 'First', 1_000);
    expect((await listNotes(interview.id)).map((note) => note.text)).toEqual(['First', 'Second']);
    await updateNote(late.id, 'Second, edited');
    await deleteNote(late.id);
    expect((await listNotes(interview.id)).map((note) => note.text)).toEqual(['First']);
  });
});
