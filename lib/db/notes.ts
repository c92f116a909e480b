import { type Note, newId, noteSchema } from '@/lib/schema';
import { db } from './database';

/** The interview's notes, oldest first, as they were taken. */
export async function listNotes(interviewId: string): Promise<Note[]> {
  const notes = await db.notes.where('interviewId').equals(interviewId).toArray();
  return notes.sort((a, b) => a.createdAt - b.createdAt);
}

export async function addNote(interviewId: string, text: string, now = Date.now()): Promise<Note> {
  return db.transaction('rw', db.interviews, db.notes, async () => {
    if (!(await db.interviews.get(interviewId))) throw new Error('This interview no longer exists.');
    const note = noteSchema.parse({ id: newId(), createdAt: now, updatedAt: now, interviewId, text: text.trim() });
    await db.notes.add(note);
    return note;
  });
}

export async function updateNote(id: string, text: string, now = Date.now()): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(id);
    if (!current) throw new Error('This note no longer exists.');
    const note = noteSchema.parse({ ...current, text: text.trim(), updatedAt: now });
    await db.notes.put(note);
    return note;
  });
}

export async function deleteNote(id: string): Promise<void> {
  await db.notes.delete(id);
}
