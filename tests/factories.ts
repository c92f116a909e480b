// Valid records for tests and benchmarks, each checked by its schema, so a schema change breaks here first.
import type { InterviewInput } from '@/lib/db/interviews';
import {
  type Company,
  companySchema,
  type Fact,
  factSchema,
  type Interview,
  interviewSchema,
  type Note,
  newId,
  noteSchema,
  type Person,
  personSchema,
  type Question,
  questionSchema,
  type Source,
  type Story,
  type StoryUse,
  sourceSchema,
  storySchema,
  storyUseSchema,
} from '@/lib/schema';
import { normalizeName } from '@/lib/text/normalize-name';

const T0 = Date.UTC(2026, 10, 1, 9, 0);

/** A typed title dates from when the record was last edited. */
const now0 = (overrides: { updatedAt?: number }) => overrides.updatedAt ?? T0;

function stamp(now = T0) {
  return { id: newId(), createdAt: now, updatedAt: now };
}

export function interviewInput(overrides: Partial<InterviewInput> = {}): InterviewInput {
  return {
    companyName: 'Northwind Lumen',
    role: 'Chief Operating Officer',
    round: 'Panel with the CFO',
    startsAt: Date.UTC(2026, 11, 3, 14, 30),
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    meetingUrl: 'https://meet.example.com/abc-defg-hij',
    status: 'scheduled',
    ...overrides,
  };
}

export function company(overrides: Partial<Company> = {}): Company {
  const name = overrides.name ?? 'Northwind Lumen';
  return companySchema.parse({ ...stamp(), name, normalizedName: normalizeName(name), ...overrides });
}

export function interview(companyId: string, overrides: Partial<Interview> = {}): Interview {
  return interviewSchema.parse({
    ...stamp(),
    companyId,
    role: 'Chief Operating Officer',
    round: 'First round',
    startsAt: T0 + 7 * 86_400_000,
    timeZone: 'Europe/Berlin',
    durationMinutes: 60,
    meetingUrl: '',
    status: 'scheduled',
    ...overrides,
  });
}

export function person(companyId: string, overrides: Partial<Person> = {}): Person {
  const name = overrides.name ?? 'Ada Okafor';
  return personSchema.parse({
    ...stamp(),
    companyId,
    name,
    normalizedName: normalizeName(name),
    title: 'Chief Financial Officer',
    titleSource: 'manual',
    titleAsOf: now0(overrides),
    addedBy: 'manual',
    organization: '',
    background: '',
    notes: '',
    interviewIds: [],
    ...overrides,
  });
}

export function source(companyId: string, overrides: Partial<Source> = {}): Source {
  return sourceSchema.parse({
    ...stamp(),
    companyId,
    url: 'https://northwind.example/about',
    title: 'About Northwind Lumen',
    kind: 'company',
    capturedAt: T0,
    partial: false,
    ...overrides,
  });
}

export function fact(companyId: string, overrides: Partial<Fact> = {}): Fact {
  return factSchema.parse({
    ...stamp(),
    companyId,
    type: 'mission',
    text: 'Light every warehouse with half the energy.',
    provenance: {
      url: 'https://northwind.example/about',
      capturedAt: T0,
      snippet: 'Our mission: light every warehouse with half the energy.',
      method: 'structure',
    },
    ...overrides,
  });
}

export function question(interviewId: string, overrides: Partial<Question> = {}): Question {
  return questionSchema.parse({
    ...stamp(),
    interviewId,
    text: 'How will the board judge the first year in this role?',
    reason: '',
    rank: 1,
    starred: false,
    askedAt: null,
    origin: 'manual',
    ...overrides,
  });
}

export function note(interviewId: string, overrides: Partial<Note> = {}): Note {
  return noteSchema.parse({
    ...stamp(),
    interviewId,
    text: 'The recruiter says the CEO values candour.',
    ...overrides,
  });
}

export function story(overrides: Partial<Story> = {}): Story {
  return storySchema.parse({
    ...stamp(),
    title: 'Turned around the EMEA supply chain',
    hook: 'EMEA supply chain: 38% faster',
    situation: 'Deliveries in EMEA ran three weeks late.',
    challenge: 'Two warehouses, one ERP migration, no budget.',
    action: 'I set up a weekly review with the regional leads and decided to close the smallest site.',
    result: 'Lead time fell 38% in two quarters.',
    lesson: '',
    metrics: [{ value: '38', unit: '%', label: 'faster delivery' }],
    period: '2023',
    teamSize: 40,
    kind: 'achievement',
    competencies: ['systems-design'],
    tags: [],
    archived: false,
    ...overrides,
  });
}

export function storyUse(storyId: string, interviewId: string, overrides: Partial<StoryUse> = {}): StoryUse {
  return storyUseSchema.parse({ ...stamp(), storyId, interviewId, toldAt: T0, notes: '', ...overrides });
}
