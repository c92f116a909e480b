import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { addQuestion, deleteQuestion, moveQuestion, updateQuestion } from '@/lib/db/questions';
import { writeErrorMessage } from '@/lib/db/write-error';
import type { Person, Question } from '@/lib/schema';
import { plural } from '@/lib/text/plural';
import { ConfirmButton } from '../controls/confirm-button';
import { Field } from '../controls/field';
import { WriteError } from '../controls/write-error';
import { usePeople, useQuestions } from '../hooks/live-queries';
import { useKeptText } from '../hooks/use-kept-text';
import { usePendingValue } from '../hooks/use-pending-value';
import { useWrite } from '../hooks/use-write';
import { DossierSection } from './dossier-section';

/** The questions the candidate will ask, in their order, starred and ticked off as asked. */
export function QuestionsSection({ interviewId }: { interviewId: string }) {
  const questions = useQuestions(interviewId);
  const people = usePeople(interviewId) ?? [];
  const [moved, setMoved] = useState<{ id: string; step: -1 | 1 } | null>(null);
  const moving = useWrite();

  // A moved item's DOM node is re-inserted, which drops focus: give it back to the same control.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again once the reordered list is drawn.
  useEffect(() => {
    if (!moved) return;
    const item = document.querySelector(`[data-question-id="${CSS.escape(moved.id)}"]`);
    const same = item?.querySelector<HTMLButtonElement>(`button[data-step="${moved.step}"]:not(:disabled)`);
    (same ?? item?.querySelector<HTMLButtonElement>('button[data-step]:not(:disabled)'))?.focus();
  }, [moved, questions]);

  async function move(id: string, step: -1 | 1) {
    await moving.run('Not moved', async () => {
      await moveQuestion(id, step);
      setMoved({ id, step });
    });
  }

  const asked = questions?.filter((question) => question.askedAt !== null).length ?? 0;
  return (
    <DossierSection id="questions" title="Questions to ask">
      {questions && (
        <p className="section-summary">
          {questions.length === 0
            ? 'At this level, due diligence is part of the interview: the mandate, why the seat is open, how the first year is judged.'
            : `${plural(questions.length, 'question')}, ${asked} asked. Alt+↑ and Alt+↓ reorder.`}
        </p>
      )}
      <WriteError error={moving.error} />
      <ol className="cards questions">
        {questions?.map((question, index) => (
          <QuestionItem
            key={question.id}
            question={question}
            position={index + 1}
            last={index === questions.length - 1}
            people={people}
            onMove={(step) => move(question.id, step)}
          />
        ))}
      </ol>
      <NewQuestion interviewId={interviewId} />
    </DossierSection>
  );
}

interface QuestionItemProps {
  question: Question;
  position: number;
  last: boolean;
  people: Person[];
  onMove: (step: -1 | 1) => void;
}

function QuestionItem({ question, position, last, people, onMove }: QuestionItemProps) {
  const [editing, setEditing] = useState(false);
  const person = people.find((candidate) => candidate.id === question.personId);
  const [isAsked, setAsked, askedError] = usePendingValue(question.askedAt !== null, (asked) =>
    updateQuestion(question.id, { asked }),
  );
  const [starred, setStarred, starError] = usePendingValue(question.starred, (value) =>
    updateQuestion(question.id, { starred: value }),
  );

  function onKeyDown(event: KeyboardEvent) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    onMove(event.key === 'ArrowUp' ? -1 : 1);
  }

  if (editing) {
    return (
      <li data-question-id={question.id}>
        <QuestionForm question={question} people={people} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li
      data-question-id={question.id}
      className={isAsked ? 'card question asked' : 'card question'}
      onKeyDown={onKeyDown}
    >
      <div className="question-text">
        <span className="position" aria-hidden="true">
          {position}.
        </span>
        <span className="text-block">{question.text}</span>
      </div>
      {question.reason && <p className="reason">{question.reason}</p>}
      {person && <p className="card-line">For {person.name}</p>}
      <div className="card-actions">
        <button
          type="button"
          className={starred ? 'subtle star on' : 'subtle star'}
          aria-pressed={starred}
          aria-label={`Star question ${position}`}
          onClick={() => setStarred(!starred)}
        >
          {starred ? '★' : '☆'}
        </button>
        <label className="check">
          <input type="checkbox" checked={isAsked} onChange={(event) => setAsked(event.target.checked)} />
          Asked
        </label>
        <button
          type="button"
          className="subtle"
          data-step={-1}
          aria-label={`Move question ${position} up`}
          disabled={position === 1}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="subtle"
          data-step={1}
          aria-label={`Move question ${position} down`}
          disabled={last}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="subtle"
          aria-label={`Edit question ${position}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete question ${position}`}
          question="Delete this question?"
          onConfirm={() => deleteQuestion(question.id)}
        />
      </div>
      <WriteError error={askedError || starError} />
    </li>
  );
}

function QuestionForm({ question, people, onDone }: { question: Question; people: Person[]; onDone: () => void }) {
  const [text, setText] = useState(question.text);
  const [reason, setReason] = useState(question.reason);
  const [personId, setPersonId] = useState(question.personId ?? '');
  const [error, setError] = useState('');
  const placed = useRef(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!text.trim()) {
      setError('A question cannot be empty. Delete it instead.');
      return;
    }
    try {
      await updateQuestion(question.id, { text, reason, personId: personId || undefined });
      onDone();
    } catch (failure) {
      setError(writeErrorMessage(failure));
    }
  }

  return (
    <form className="card inline-form" onSubmit={submit} noValidate>
      <Field label="Question" error={error} hint="Enter saves it; Shift+Enter starts a new line.">
        {/* As in New question, Enter saves. */}
        <textarea
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              void submit();
            }
          }}
          ref={(element) => {
            // Once, as the form opens: the cursor after the text, where an edit goes on.
            if (element && !placed.current) {
              placed.current = true;
              element.focus();
              element.setSelectionRange(element.value.length, element.value.length);
            }
          }}
          rows={3}
        />
      </Field>
      <Field label="Why ask it">
        <textarea value={reason} onChange={(event) => setReason(event.target.value)} rows={2} />
      </Field>
      <Field label="Ask whom">
        <select value={personId} onChange={(event) => setPersonId(event.target.value)}>
          <option value="">Anyone on the panel</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.title ? `${person.name}, ${person.title}` : person.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function NewQuestion({ interviewId }: { interviewId: string }) {
  const [text, setText] = useKeptText(`question:${interviewId}`);
  const [error, setError] = useState('');

  async function add(event?: FormEvent) {
    event?.preventDefault();
    if (!text.trim()) {
      setError('Type the question first.');
      return;
    }
    try {
      await addQuestion(interviewId, { text });
      setText('');
      setError('');
    } catch (failure) {
      setError(writeErrorMessage(failure));
    }
  }

  return (
    <form className="new-item" onSubmit={add} noValidate>
      <Field label="New question" error={error} hint="Enter adds it; Shift+Enter starts a new line.">
        <textarea
          value={text}
          rows={2}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) void add(event);
          }}
          placeholder="How will the board judge the first twelve months in this role?"
        />
      </Field>
      <button type="submit">Add question</button>
    </form>
  );
}
