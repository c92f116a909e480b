import { type FormEvent, useState } from 'react';
import { type DeletedSource, deleteSource, moveSource, restoreSource, type SourceImpact } from '@/lib/db/corrections';
import { writeErrorMessage } from '@/lib/db/write-error';
import { normalizeName } from '@/lib/text/normalize-name';
import { plural } from '@/lib/text/plural';
import { ConfirmButton } from '../controls/confirm-button';
import { Field } from '../controls/field';
import { SafeLink } from '../controls/safe-link';
import { UndoNotice } from '../controls/undo-notice';
import { useCompanies, useSourcePages } from '../hooks/live-queries';
import { routeHref } from '../hooks/use-hash-route';
import { DossierSection } from './dossier-section';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The pages captured for the company: each can be moved to another company or deleted with what it brought. */
export function SourcesSection({ companyId }: { companyId: string }) {
  const pages = useSourcePages(companyId);
  // Kept here: a moved page leaves this list, and the user still needs the way to where it went.
  const [moved, setMoved] = useState<{ title: string; company: string; interviewId: string }>();
  // The last page deleted, with all it took along, can be put back.
  const [deleted, setDeleted] = useState<DeletedSource>();

  return (
    <DossierSection id="pages" title="Pages">
      {moved && (
        <p className="section-summary" role="status">
          Moved “{moved.title}” to {moved.company}.{' '}
          <a href={routeHref({ name: 'dossier', id: moved.interviewId })}>Open {moved.company}</a>
        </p>
      )}
      {deleted && (
        <UndoNotice
          text={`Deleted “${deleted.source.title || deleted.source.url}”.`}
          onUndo={() => restoreSource(deleted)}
          onDone={() => setDeleted(undefined)}
        />
      )}
      {pages?.length === 0 && <p className="empty-state">The pages you capture for this company are listed here.</p>}
      <ul className="cards">
        {pages?.map((page) => (
          <SourceCard
            key={page.source.id}
            page={page}
            companyId={companyId}
            onDeleted={setDeleted}
            onMoved={(company, interviewId) =>
              setMoved({ title: page.source.title || page.source.url, company, interviewId })
            }
          />
        ))}
      </ul>
    </DossierSection>
  );
}

function SourceCard({
  page,
  companyId,
  onMoved,
  onDeleted,
}: {
  page: SourceImpact;
  companyId: string;
  onMoved: (company: string, interviewId: string) => void;
  onDeleted: (deleted: DeletedSource) => void;
}) {
  const { source } = page;
  const title = source.title || source.url;
  const [moving, setMoving] = useState(false);
  return (
    <li className="card source-card">
      <div className="card-title">
        <SafeLink href={source.url}>{title}</SafeLink>
      </div>
      <div className="card-meta">
        {`Captured ${dateFormat.format(source.capturedAt)} · ${plural(page.facts, 'fact')}`}
        {source.partial && ' · read in part'}
      </div>
      {moving ? (
        <MoveForm
          title={title}
          companyId={companyId}
          onCancel={() => setMoving(false)}
          onMove={async (target, company) => {
            const { interviewId } = await moveSource(source.id, target);
            onMoved(company, interviewId);
          }}
        />
      ) : (
        <div className="card-actions">
          <button
            type="button"
            className="subtle"
            aria-label={`Move ${title} to another company`}
            onClick={() => setMoving(true)}
          >
            Move to…
          </button>
          <ConfirmButton
            label="Delete"
            ariaLabel={`Delete the page ${title}`}
            question={deletionQuestion(page)}
            onConfirm={async () => {
              const gone = await deleteSource(source.id);
              if (gone) onDeleted(gone);
            }}
          />
        </div>
      )}
    </li>
  );
}

function MoveForm({
  title,
  companyId,
  onMove,
  onCancel,
}: {
  title: string;
  companyId: string;
  onMove: (target: { companyId: string } | { companyName: string }, company: string) => Promise<void>;
  onCancel: () => void;
}) {
  const companies = useCompanies()?.filter((company) => company.id !== companyId);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const listId = `companies-${companyId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Pick a company or type a new name.');
      return;
    }
    // A name that matches a kept company (loosely, as companies are matched everywhere) is that company.
    const known = companies?.find((company) => company.normalizedName === normalizeName(name));
    try {
      await onMove(known ? { companyId: known.id } : { companyName: name.trim() }, known?.name ?? name.trim());
    } catch (failure) {
      setError(writeErrorMessage(failure, 'Not moved'));
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <Field
        label={`Move ${title} to`}
        hint="A company in your dossiers, or a new name (a new interview is made for it)."
        error={error}
      >
        <input value={name} onChange={(event) => setName(event.target.value)} list={listId} autoFocus />
      </Field>
      <datalist id={listId}>
        {companies?.map((company) => (
          <option key={company.id} value={company.name} />
        ))}
      </datalist>
      <div className="actions">
        <button type="submit" className="primary">
          Move page
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function deletionQuestion(page: SourceImpact): string {
  const people =
    page.people.length === 0
      ? 'Everyone it lists stays: other pages or you brought them.'
      : `${page.people.length === 1 ? 'So does 1 person' : `So do ${page.people.length} people`} only it brought: ${page.people.join(', ')}.`;
  return `Delete this page? Its ${plural(page.facts, 'fact')} ${page.facts === 1 ? 'goes' : 'go'}. ${people}`;
}
