import { useLiveQuery } from 'dexie-react-hooks';
import { listCompanyFacts, listPeopleFacts } from '@/lib/db/captures';
import { listCompanies } from '@/lib/db/companies';
import { listSources } from '@/lib/db/corrections';
import { db } from '@/lib/db/database';
import { getInterview, interviewDeletionImpact, listInterviews } from '@/lib/db/interviews';
import { listNotes } from '@/lib/db/notes';
import { listPeopleForInterview, suggestPersonMerges } from '@/lib/db/people';
import { listQuestions } from '@/lib/db/questions';
import { getStory, listStories, listStoryUses, readStoryBank } from '@/lib/db/stories';

// Each hook re-renders its view whenever the rows it read change, in this page or any other part of
// the extension (Dexie broadcasts changes between the panel, other tabs and the background).
// `undefined` means still loading; `null` means there is no such record.

export function useInterviews() {
  return useLiveQuery(listInterviews, []);
}

export function useInterview(id: string) {
  return useLiveQuery(async () => (await getInterview(id)) ?? null, [id]);
}

export function useInterviewDeletionImpact(id: string) {
  return useLiveQuery(() => interviewDeletionImpact(id), [id]);
}

export function usePeople(interviewId: string) {
  return useLiveQuery(() => listPeopleForInterview(interviewId), [interviewId]);
}

export function useQuestions(interviewId: string) {
  return useLiveQuery(() => listQuestions(interviewId), [interviewId]);
}

export function useNotes(interviewId: string) {
  return useLiveQuery(() => listNotes(interviewId), [interviewId]);
}

export function useCompanyFacts(companyId: string) {
  return useLiveQuery(() => listCompanyFacts(companyId), [companyId]);
}

export function usePeopleFacts(companyId: string) {
  return useLiveQuery(() => listPeopleFacts(companyId), [companyId]);
}

export function useSources(companyId: string) {
  return useLiveQuery(() => db.sources.where('companyId').equals(companyId).toArray(), [companyId]);
}

/** The company's captured pages, each with what deleting it would take. */
export function useSourcePages(companyId: string) {
  return useLiveQuery(() => listSources(companyId), [companyId]);
}

export function usePersonMergeSuggestions(companyId: string) {
  return useLiveQuery(() => suggestPersonMerges(companyId), [companyId]);
}

export function useCompanies() {
  return useLiveQuery(listCompanies, []);
}

export function useStories() {
  return useLiveQuery(listStories, []);
}

export function useStoryUses() {
  return useLiveQuery(listStoryUses, []);
}

/** Stored records that do not read as stories, kept out of the views (see readStoryBank). */
export function useDamagedStories() {
  return useLiveQuery(async () => (await readStoryBank()).damaged, []);
}

export function useStory(id: string | undefined) {
  return useLiveQuery(async () => (id ? getStory(id) : null), [id]);
}
