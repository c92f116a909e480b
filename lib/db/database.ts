import Dexie, { type EntityTable } from 'dexie';
import type { Company, Fact, Interview, Note, Person, Question, Source, Story, StoryUse } from '@/lib/schema';

/**
 * The one database. It belongs to the extension's pages and background: a content script's IndexedDB
 * would be the website's. Only fields that are queried are indexed; a new version declares only what
 * changes and upgrades the rows (example rows of every version live in tests/fixtures/db/).
 */
export class DossierDatabase extends Dexie {
  companies!: EntityTable<Company, 'id'>;
  interviews!: EntityTable<Interview, 'id'>;
  people!: EntityTable<Person, 'id'>;
  sources!: EntityTable<Source, 'id'>;
  facts!: EntityTable<Fact, 'id'>;
  questions!: EntityTable<Question, 'id'>;
  stories!: EntityTable<Story, 'id'>;
  storyUses!: EntityTable<StoryUse, 'id'>;
  notes!: EntityTable<Note, 'id'>;

  constructor(name = 'dossier') {
    super(name);
    this.version(1).stores({
      companies: 'id, normalizedName',
      interviews: 'id, companyId',
      people: 'id, companyId, *interviewIds, [companyId+normalizedName]',
      sources: 'id, companyId, url',
      facts: 'id, companyId, personId, sourceId',
      questions: 'id, interviewId',
      stories: 'id',
      storyUses: 'id, storyId, interviewId',
      notes: 'id, interviewId',
    });
    // Version 2: a person's title keeps its source and date, and a person remembers who brought them,
    // so an older page cannot overwrite a newer title and deleting a page takes only what it alone
    // brought. No index changes; the rows are filled from what version 1 kept.
    this.version(2)
      .stores({})
      .upgrade(async (tx) => {
        // Version 1 stored the title a page gave a person as a 'position' fact whose snippet was
        // "Name, Title" (or just the name, with the text "Listed on this page"); a profile's positions
        // had their own text as snippet.
        await tx
          .table<Fact>('facts')
          .toCollection()
          .modify((fact) => {
            if (fact.type !== 'position' || !fact.personId || fact.provenance.snippet === fact.text) return;
            fact.type = fact.text === LISTED_ON_PAGE ? 'other' : 'title';
          });
        const facts = await tx.table<Fact>('facts').toArray();
        await tx
          .table<Person>('people')
          .toCollection()
          .modify((person) => {
            const own = facts
              .filter((fact) => fact.personId === person.id && fact.sourceId)
              .sort((a, b) => a.createdAt - b.createdAt);
            const titled = own
              .filter((fact) => fact.type === 'title' && fact.text === person.title)
              .sort((a, b) => b.provenance.capturedAt - a.provenance.capturedAt)[0];
            person.titleSource = titled?.sourceId ?? (person.title ? 'manual' : '');
            person.titleAsOf = titled?.provenance.capturedAt ?? person.updatedAt;
            person.addedBy = own[0]?.sourceId ?? 'manual';
          });
      });
  }
}

/** The text of the fact that says a page lists a person without giving a title. */
export const LISTED_ON_PAGE = 'Listed on this page';

export const db = new DossierDatabase();
