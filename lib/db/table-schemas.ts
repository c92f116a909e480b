import {
  companySchema,
  factSchema,
  interviewSchema,
  noteSchema,
  personSchema,
  questionSchema,
  sourceSchema,
  storySchema,
  storyUseSchema,
} from '@/lib/schema';

/**
 * The schema every row of each table must satisfy: after a migration, and in a backup file.
 * tests/unit/db-versions.test.ts checks that it names every table of the database.
 */
export const tableSchemas = {
  companies: companySchema,
  interviews: interviewSchema,
  people: personSchema,
  sources: sourceSchema,
  facts: factSchema,
  questions: questionSchema,
  stories: storySchema,
  storyUses: storyUseSchema,
  notes: noteSchema,
};
