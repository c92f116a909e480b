import { useState } from 'react';
import { type DeletedFact, deleteFact, restoreFact } from '@/lib/db/corrections';
import type { Fact, Source } from '@/lib/schema';
import { calendarDate } from '@/lib/time';
import { SafeLink } from '../controls/safe-link';
import { UndoNotice } from '../controls/undo-notice';
import { WriteError } from '../controls/write-error';
import { useCompanyFacts } from '../hooks/live-queries';
import { useWrite } from '../hooks/use-write';
import { DossierSection } from './dossier-section';

const typeLabels: Partial<Record<Fact['type'], string>> = {
  mission: 'Mission',
  vision: 'Vision',
  value: 'Values',
  description: 'About',
  founded: 'Founded',
  headquarters: 'Headquarters',
  industry: 'Industry',
  size: 'Size',
  website: 'Website',
  job: 'The role',
  responsibility: 'Responsibilities',
  requirement: 'Requirements',
  news: 'News',
  culture: 'Culture',
  selection: 'Saved from pages',
};
const order = Object.keys(typeLabels) as Fact['type'][];
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** What the company's captured pages say about it, each fact with its page and capture date. */
export function CompanySection({ companyName, companyId }: { companyName: string; companyId: string }) {
  const facts = useCompanyFacts(companyId);
  // One wrong fact goes at a click; the last one deleted can be put back.
  const [deleted, setDeleted] = useState<DeletedFact | undefined>();
  const deletion = useWrite();
  const groups = new Map<Fact['type'], { fact: Fact; source?: Source }[]>();
  for (const entry of facts ?? []) groups.set(entry.fact.type, [...(groups.get(entry.fact.type) ?? []), entry]);
  const types = order.filter((type) => groups.has(type));

  return (
    <DossierSection id="company" title="Company">
      {deleted && (
        <UndoNotice
          text={`Deleted “${brief(deleted.fact.text)}”.`}
          onUndo={() => restoreFact(deleted)}
          onDone={() => setDeleted(undefined)}
        />
      )}
      <WriteError error={deletion.error} />
      {facts?.length === 0 && (
        <p className="empty-state">
          Facts about {companyName} appear here as you capture its pages: mission, values, leadership, news and the
          language its culture speaks, each with its source and date.
        </p>
      )}
      {types.map((type) => (
        <div key={type} className="fact-group">
          <h3>{typeLabels[type]}</h3>
          <ul className="plain-list">
            {groups.get(type)?.map(({ fact, source }) => (
              <li key={fact.id}>
                <span className="text-block">{factText(fact)}</span>
                <span className="provenance">
                  <SafeLink href={fact.provenance.url}>{source?.title || fact.provenance.url}</SafeLink>
                  {` · ${dateFormat.format(fact.provenance.capturedAt)} · `}
                  <button
                    type="button"
                    className="subtle danger inline"
                    aria-label={`Delete the fact “${brief(fact.text)}”`}
                    onClick={() =>
                      deletion.run('Not deleted', async () => {
                        const gone = await deleteFact(fact.id);
                        if (gone) setDeleted(gone);
                      })
                    }
                  >
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </DossierSection>
  );
}

/** A fact as the user reads it: a story's date as the calendar writes it ("Jun 2, 2025: …"), not as ISO. */
function factText(fact: Fact): string {
  const dated = fact.type === 'news' ? /^(\d{4}-\d{2}-\d{2}): /.exec(fact.text) : null;
  return dated?.[1] ? `${calendarDate(dated[1])}: ${fact.text.slice(dated[0].length)}` : fact.text;
}

/** The start of a long fact, enough to tell it apart in a button's accessible name. */
function brief(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
