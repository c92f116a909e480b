import { type FormEvent, useState } from 'react';
import { addNote, deleteNote, updateNote } from '@/lib/db/notes';
import { writeErrorMessage } from '@/lib/db/write-error';
import type { Note } from '@/lib/schema';
import { ConfirmButton } from '../controls/confirm-button';
import { Field } from '../controls/field';
import { useNotes } from '../hooks/live-queries';
import { useKeptText } from '../hooks/use-kept-text';
import { DossierSection } from './dossier-section';

const noteTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Free notes on the round, each stamped with when it was written. */
export function NotesSection({ interviewId }: { interviewId: string }) {
  const notes = useNotes(interviewId);
  return (
    <DossierSection id="notes" title="Notes">
      {notes?.length === 0 && (
        <p className="section-summary">
          Logistics, what the recruiter said, what to remember. Each note keeps its time.
        </p>
      )}
      <ul className="cards">
        {notes?.map((note) => (
          <NoteItem key={note.id} note={note} />
        ))}
      </ul>
      <NewNote interviewId={interviewId} />
    </DossierSection>
  );
}

function NoteItem({ note }: { note: Note }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [error, setError] = useState('');
  const written = noteTime.format(note.createdAt);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    try {
      await updateNote(note.id, text);
      setError('');
      setEditing(false);
    } catch (failure) {
      setError(writeErrorMessage(failure));
    }
  }

  if (editing) {
    return (
      <li>
        <form className="card inline-form" onSubmit={save}>
          <Field label={`Note of ${written}`} error={error}>
            <textarea value={text} onChange={(event) => setText(event.target.value)} rows={4} autoFocus />
          </Field>
          <div className="actions">
            <button type="submit" className="primary" disabled={!text.trim()}>
              Save
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="card note">
      <time className="card-meta" dateTime={new Date(note.createdAt).toISOString()}>
        {written}
      </time>
      <p className="text-block">{note.text}</p>
      <div className="card-actions">
        <button
          type="button"
          className="subtle"
          aria-label={`Edit note of ${written}`}
          onClick={() => {
            setText(note.text);
            setEditing(true);
          }}
        >
          Edit
        </button>
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete note of ${written}`}
          question="Delete this note?"
          onConfirm={() => deleteNote(note.id)}
        />
      </div>
    </li>
  );
}

function NewNote({ interviewId }: { interviewId: string }) {
  const [text, setText] = useKeptText(`note:${interviewId}`);
  const [error, setError] = useState('');

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError('Type the note first.');
      return;
    }
    try {
      await addNote(interviewId, text);
      setText('');
      setError('');
    } catch (failure) {
      setError(writeErrorMessage(failure));
    }
  }

  return (
    <form className="new-item" onSubmit={add} noValidate>
      <Field label="New note" error={error}>
        <textarea value={text} rows={3} onChange={(event) => setText(event.target.value)} />
      </Field>
      <button type="submit">Add note</button>
    </form>
  );
}
