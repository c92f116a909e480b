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
  }
}

export const db = new DossierDatabase();
