import { newId, type Question, questionSchema } from '@/lib/schema';
import { db } from './database';

/** The interview's questions in the user's order. */
export async function listQuestions(interviewId: string): Promise<Question[]> {
  const questions = await db.questions.where('interviewId').equals(interviewId).toArray();
  return questions.sort((a, b) => a.rank - b.rank || a.createdAt - b.createdAt);
}

/** Adds a question at the end of the list. */
export async function addQuestion(
  interviewId: string,
  fields: { text: string; reason?: string; personId?: string },
  now = Date.now(),
): Promise<Question> {
  return db.transaction('rw', db.interviews, db.questions, async () => {
    if (!(await db.interviews.get(interviewId))) throw new Error('This interview no longer exists.');
    const existing = await db.questions.where('interviewId').equals(interviewId).toArray();
    const question = questionSchema.parse({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      interviewId,
      text: fields.text.trim(),
      reason: fields.reason?.trim() ?? '',
      personId: fields.personId || undefined,
      rank: existing.reduce((max, other) => Math.max(max, other.rank), 0) + 1,
      starred: false,
      askedAt: null,
      origin: 'manual',
    });
    await db.questions.add(question);
    return question;
  });
}

export type QuestionChanges = Partial<Pick<Question, 'text' | 'reason' | 'personId' | 'starred'>> & {
  asked?: boolean;
};

export async function updateQuestion(id: string, changes: QuestionChanges, now = Date.now()): Promise<Question> {
  return db.transaction('rw', db.questions, async () => {
    const current = await db.questions.get(id);
    if (!current) throw new Error('This question no longer exists.');
    const { asked, ...fields } = changes;
    const question = questionSchema.parse({
      ...current,
      ...fields,
      text: (fields.text ?? current.text).trim(),
      askedAt: asked === undefined ? current.askedAt : asked ? (current.askedAt ?? now) : null,
      updatedAt: now,
    });
    await db.questions.put(question);
    return question;
  });
}

/** Moves a question one place up (-1) or down (+1) in its interview's list; at either end it stays. */
export async function moveQuestion(id: string, step: -1 | 1, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.questions, async () => {
    const question = await db.questions.get(id);
    if (!question) return;
    const list = await listQuestions(question.interviewId);
    const from = list.findIndex((other) => other.id === id);
    const to = from + step;
    const neighbour = list[to];
    if (!neighbour) return;
    // Renumber the whole list so ties left by earlier data cannot make a move a no-op.
    [list[from], list[to]] = [neighbour, question];
    await Promise.all(
      list.map((item, index) =>
        item.rank === index + 1 ? null : db.questions.update(item.id, { rank: index + 1, updatedAt: now }),
      ),
    );
  });
}

export async function deleteQuestion(id: string): Promise<void> {
  await db.questions.delete(id);
}
