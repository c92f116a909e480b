import { type FormEvent, useState } from 'react';
import {
  addPerson,
  deletePerson,
  mergePeople,
  nameToKeep,
  type PersonInput,
  setInterviewer,
  titleConflicts,
  updatePerson,
} from '@/lib/db/people';
import { writeErrorMessage } from '@/lib/db/write-error';
import type { Fact, Person, Source } from '@/lib/schema';
import { plural } from '@/lib/text/plural';
import { ConfirmButton } from '../controls/confirm-button';
import { Field } from '../controls/field';
import { SafeLink } from '../controls/safe-link';
import { WriteError } from '../controls/write-error';
import { usePeople, usePeopleFacts, usePersonMergeSuggestions, useSources } from '../hooks/live-queries';
import { usePendingValue } from '../hooks/use-pending-value';
import { DossierSection } from './dossier-section';

const blankPerson: PersonInput = { name: '', title: '', organization: '', notes: '', interviewer: true };

/** The company's people, with this round's panel marked. Shared by every round at the company. */
export function PeopleSection({
  interviewId,
  companyName,
  companyId,
}: {
  interviewId: string;
  companyName: string;
  companyId: string;
}) {
  const people = usePeople(interviewId);
  const facts = usePeopleFacts(companyId);
  const sources = useSources(companyId);
  const sourceById = new Map((sources ?? []).map((source) => [source.id, source]));
  const suggestions = usePersonMergeSuggestions(companyId);
  const [adding, setAdding] = useState(false);
  const panel = people?.filter((person) => person.interviewIds.includes(interviewId)).length ?? 0;

  return (
    <DossierSection id="people" title="People">
      {people && (
        // A name that ends in its own full stop ("Lumenfield Systems B.V.") ends the sentence with it.
        <p className="section-summary">
          {people.length === 0
            ? `Add the people you will meet, and anyone at ${companyName} worth knowing about.`
            : `${panel} on this round's panel, ${plural(people.length, 'person', 'people')} known at ${companyName.replace(/\.$/, '')}.`}
        </p>
      )}
      {suggestions?.map(({ keep, other }) => (
        <div key={`${keep.id} ${other.id}`} className="notice" role="note">
          <p>{`${keep.name} and ${other.name} may be the same person.`}</p>
          <ConfirmButton
            label="Merge"
            ariaLabel={`Merge ${other.name} into ${keep.name}`}
            question={`Merge them into one person? The fuller name is kept; titles, notes, pages and rounds of both stay.`}
            failure="Not merged"
            onConfirm={async () => {
              await mergePeople(keep.id, other.id);
            }}
          />
        </div>
      ))}
      <ul className="cards">
        {people?.map((person) => (
          <PersonCard
            key={person.id}
            person={person}
            interviewId={interviewId}
            facts={facts?.get(person.id) ?? []}
            sources={sourceById}
            others={people.filter((other) => other.id !== person.id)}
          />
        ))}
      </ul>
      {adding ? (
        <PersonForm
          initial={blankPerson}
          submitLabel="Add person"
          onSubmit={async (input) => {
            await addPerson(interviewId, input);
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Add a person
        </button>
      )}
    </DossierSection>
  );
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

interface PersonCardProps {
  person: Person;
  interviewId: string;
  /** What captured pages say about the person, each with its page. */
  facts: Fact[];
  sources: Map<string, Source>;
  /** The other people at the company, whom this one may be merged with. */
  others: Person[];
}

function PersonCard({ person, interviewId, facts, sources, others }: PersonCardProps) {
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const conflict = titleConflicts(person, facts, sources);
  const pageTitle = (fact: Fact) =>
    (fact.sourceId && (sources.get(fact.sourceId)?.title || sources.get(fact.sourceId)?.url)) || fact.provenance.url;
  const [interviewer, setPanel, panelError] = usePendingValue(person.interviewIds.includes(interviewId), (value) =>
    setInterviewer(person.id, interviewId, value),
  );
  if (editing) {
    return (
      <li>
        <PersonForm
          initial={{ ...person, interviewer }}
          submitLabel="Save"
          onSubmit={async (input) => {
            await updatePerson(person.id, interviewId, input);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="card person-card">
      <div className="card-title">{person.name}</div>
      {(person.title || person.organization) && (
        <div className="card-line">{[person.title, person.organization].filter(Boolean).join(', ')}</div>
      )}
      {person.notes && <p className="text-block">{person.notes}</p>}
      {person.background && (
        <details>
          <summary>Background</summary>
          <p className="text-block">{person.background}</p>
        </details>
      )}
      {conflict.length > 0 && (
        <div className="warning" role="note">
          <p className="card-line">Titles disagree:</p>
          <ul className="plain-list">
            {conflict.map((claim) => (
              <li key={`${claim.source} ${claim.title}`} className="provenance">
                {`“${claim.title}” · `}
                {claim.url ? <SafeLink href={claim.url}>{claim.sourceTitle}</SafeLink> : claim.sourceTitle}
                {` · ${dateFormat.format(claim.asOf)}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {facts.some((fact) => fact.type === 'position' || fact.type === 'education') && (
        <details>
          <summary>Positions and education</summary>
          <ul className="plain-list">
            {facts
              .filter((fact) => fact.type === 'position' || fact.type === 'education')
              .map((fact) => (
                <li key={fact.id} className="text-block">
                  {fact.text}
                </li>
              ))}
          </ul>
        </details>
      )}
      {facts.length > 0 && (
        <ul className="plain-list provenance-list">
          {facts
            .filter((fact) => fact.type === 'title' || fact.type === 'other')
            .map((fact) => (
              <li key={fact.id} className="provenance">
                {'On '}
                <SafeLink href={fact.provenance.url}>{pageTitle(fact)}</SafeLink>
                {` · ${dateFormat.format(fact.provenance.capturedAt)}`}
              </li>
            ))}
        </ul>
      )}
      {merging && <MergeForm person={person} others={others} onDone={() => setMerging(false)} />}
      <div className="card-actions">
        <label className="check">
          <input type="checkbox" checked={interviewer} onChange={(event) => setPanel(event.target.checked)} />
          Interviewer in this round
        </label>
        {/* The buttons wrap as one group: Delete never ends up alone on a line of its own. */}
        <span className="button-group">
          <button type="button" className="subtle" aria-label={`Edit ${person.name}`} onClick={() => setEditing(true)}>
            Edit
          </button>
          {others.length > 0 && !merging && (
            <button
              type="button"
              className="subtle"
              aria-label={`Merge ${person.name} with…`}
              onClick={() => setMerging(true)}
            >
              Merge with…
            </button>
          )}
          <ConfirmButton
            label="Delete"
            ariaLabel={`Delete ${person.name}`}
            question={`Delete ${person.name} from every round at this company?`}
            onConfirm={() => deletePerson(person.id)}
          />
        </span>
      </div>
      <WriteError error={panelError} />
    </li>
  );
}

/** Two records of one person made one: the user picks the other record, and this one keeps both. */
function MergeForm({ person, others, onDone }: { person: Person; others: Person[]; onDone: () => void }) {
  const [otherId, setOtherId] = useState('');
  const [chosenName, setChosenName] = useState<string | undefined>();
  const [error, setError] = useState('');
  const other = others.find((candidate) => candidate.id === otherId);
  const names = other && other.name !== person.name ? [person.name, other.name] : [];
  const name = chosenName && names.includes(chosenName) ? chosenName : other && nameToKeep(other.name, person.name);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!otherId) {
      setError('Pick the other record of this person.');
      return;
    }
    try {
      await mergePeople(person.id, otherId, { name });
      onDone();
    } catch (failure) {
      setError(writeErrorMessage(failure, 'Not merged'));
    }
  }
  // Those whose names are alike first: the likely other record of this person.
  const sorted = [...others].sort(
    (a, b) => Number(sharesAName(b, person)) - Number(sharesAName(a, person)) || a.name.localeCompare(b.name),
  );
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <Field
        label={`Merge ${person.name} with`}
        hint="Their notes, titles, background, facts and rounds all stay, on one card."
        error={error}
      >
        <select value={otherId} onChange={(event) => setOtherId(event.target.value)}>
          <option value="">Choose a person</option>
          {sorted.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {[candidate.name, candidate.title].filter(Boolean).join(', ')}
            </option>
          ))}
        </select>
      </Field>
      {names.length > 0 && (
        <fieldset className="name-choice">
          <legend>Name to keep</legend>
          {names.map((option) => (
            <label key={option} className="check">
              <input
                type="radio"
                name={`merge-name-${person.id}`}
                checked={name === option}
                onChange={() => setChosenName(option)}
              />
              {option}
            </label>
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Merge
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Whether two people share a word of their names: "Sam Achterberg" and "Samuel Achterberg" do. */
function sharesAName(a: Person, b: Person): boolean {
  const words = new Set(a.normalizedName.split(' ').filter((word) => word.length > 1));
  return b.normalizedName.split(' ').some((word) => words.has(word));
}

interface PersonFormProps {
  initial: PersonInput;
  submitLabel: string;
  onSubmit: (input: PersonInput) => Promise<void>;
  onCancel: () => void;
}

function PersonForm({ initial, submitLabel, onSubmit, onCancel }: PersonFormProps) {
  const [input, setInput] = useState(initial);
  const [error, setError] = useState('');
  const set = (field: keyof PersonInput) => (event: { target: { value: string } }) =>
    setInput((current) => ({ ...current, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!input.name.trim()) {
      setError('Enter the person’s name.');
      return;
    }
    try {
      await onSubmit(input);
    } catch (failure) {
      setError(writeErrorMessage(failure));
    }
  }

  return (
    <form className="card inline-form" onSubmit={submit} noValidate>
      <Field label="Name" error={error}>
        <input value={input.name} onChange={set('name')} autoFocus />
      </Field>
      <Field label="Title">
        <input value={input.title} onChange={set('title')} placeholder="Chief Financial Officer" />
      </Field>
      <Field label="Organization" hint="Where they work, if not the company itself (an outside board member).">
        <input value={input.organization} onChange={set('organization')} />
      </Field>
      <Field label="Notes">
        <textarea value={input.notes} onChange={set('notes')} rows={3} />
      </Field>
      <label className="check">
        <input
          type="checkbox"
          checked={input.interviewer}
          onChange={(event) => setInput((current) => ({ ...current, interviewer: event.target.checked }))}
        />
        Interviewer in this round
      </label>
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
