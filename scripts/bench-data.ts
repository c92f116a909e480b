import * as make from '@/tests/factories';

const DAY = 86_400_000;
const firstNames = ['Ada', 'Lee', 'Priya', 'Tomás', 'Ingrid', 'Samuel', 'Mei', 'Olu', 'Jana', 'Rafael', 'Noor', 'Kai'];
const lastNames = ['Okafor', 'Park', 'Raman', 'Ferreira', 'Vos', 'Achterberg', 'Chen', 'Adeyemi', 'Novak', 'Souza'];
const titles = [
  'Chief Financial Officer',
  'Chief People Officer',
  'Chief Executive Officer',
  'VP Engineering',
  'Director',
];
const sentence =
  'The company grew its regional operations while keeping costs flat, and the leadership team says the next phase is about integrating the acquisition.';

/** Years of use: 200 interviews, 2,000 people, 5,000 facts, 1,000 questions, 300 stories, and their kin. */
export function largeDataset(now = Date.now()) {
  const companies = Array.from({ length: 120 }, (_, index) => make.company({ name: `Company ${index + 1} Holdings` }));
  const interviews = Array.from({ length: 200 }, (_, index) =>
    make.interview(companies[index % companies.length]?.id ?? '', {
      role: `Chief Operating Officer ${index + 1}`,
      round: index % 3 === 0 ? 'Final round with the board' : 'Panel',
      startsAt: index % 10 === 0 ? null : now + (index - 150) * DAY,
      status: index % 10 === 0 ? 'preparing' : index < 150 ? 'completed' : 'scheduled',
    }),
  );
  const people = Array.from({ length: 2_000 }, (_, index) => {
    const interview = interviews[index % interviews.length];
    return make.person(interview?.companyId ?? '', {
      name: `${firstNames[index % firstNames.length]} ${lastNames[(index * 7) % lastNames.length]} ${index}`,
      title: titles[index % titles.length],
      notes: index % 4 === 0 ? sentence : '',
      interviewIds: index % 3 === 0 && interview ? [interview.id] : [],
    });
  });
  const sources = Array.from({ length: 500 }, (_, index) =>
    make.source(companies[index % companies.length]?.id ?? '', { url: `https://example.com/page-${index}` }),
  );
  const facts = Array.from({ length: 5_000 }, (_, index) => {
    const source = sources[index % sources.length];
    return make.fact(source?.companyId ?? '', {
      sourceId: source?.id,
      text: `${sentence} (${index})`,
      provenance: { url: source?.url ?? '', capturedAt: now, snippet: `${sentence} ${sentence}`, method: 'structure' },
    });
  });
  const questions = Array.from({ length: 1_000 }, (_, index) =>
    make.question(interviews[index % interviews.length]?.id ?? '', {
      text: `Question ${index}: how will the first year in this role be judged, and by whom?`,
      rank: Math.floor(index / interviews.length) + 1,
    }),
  );
  const stories = Array.from({ length: 300 }, (_, index) => make.story({ title: `Story ${index}` }));
  const notes = Array.from({ length: 400 }, (_, index) =>
    make.note(interviews[index % interviews.length]?.id ?? '', { text: `${sentence} Note ${index}.` }),
  );
  const storyUses = Array.from({ length: 300 }, (_, index) =>
    make.storyUse(stories[index % stories.length]?.id ?? '', interviews[index % interviews.length]?.id ?? ''),
  );
  return { companies, interviews, people, sources, facts, questions, stories, notes, storyUses };
}
