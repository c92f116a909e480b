import { describe, expect, it } from 'vitest';
import { listPeopleFacts, saveCapture, saveSelection, undoCapture } from '@/lib/db/captures';
import { mergeCompanyInto } from '@/lib/db/companies';
import { deleteFact, deleteSource, moveSource, restoreFact, sourceDeletionImpact } from '@/lib/db/corrections';
import { db } from '@/lib/db/database';
import { createInterview, updateInterview } from '@/lib/db/interviews';
import { addPerson, mergePeople, suggestPersonMerges, titleConflicts } from '@/lib/db/people';
import { addQuestion } from '@/lib/db/questions';
import { type Capture, captureSchema, pendingCaptureSchema } from '@/lib/schema';
import * as make from '../factories';

const TEAM_URL = 'https://northwind.example/leadership';
const blank = { title: '', organization: '', notes: '', interviewer: false };

/** A capture as the extractor returns it, checked by its schema. */
function page(overrides: Partial<Capture> = {}): Capture {
  return captureSchema.parse({
    url: TEAM_URL,
    title: 'Leadership | Northwind Lumen',
    kind: 'team',
    partial: false,
    people: [],
    culture: { words: 0, wePerThousand: 0, iPerThousand: 0, youPerThousand: 0, valuesWords: [] },
    facts: [],
    ...overrides,
  });
}
const fact = (type: Capture['facts'][number]['type'], text: string) => ({
  type,
  text,
  snippet: text,
  method: 'structure' as const,
});
const team = (...people: [string, string][]) => people.map(([name, title]) => ({ name, title }));

async function peopleByName(companyId: string) {
  const people = await db.people.where('companyId').equals(companyId).toArray();
  return new Map(people.map((person) => [person.name, person]));
}

describe('a profile page', () => {
  it('gives its positions and education to its subject only, not to everyone it names', async () => {
    const interview = await createInterview(make.interviewInput());
    const profile = page({
      url: 'https://profiles.example/ada-okafor',
      kind: 'person',
      person: {
        name: 'Ada Okafor',
        title: 'Chief Financial Officer',
        positions: [{ title: 'VP Finance', organization: 'Contoso' }],
        education: [{ school: 'LSE', degree: 'MSc Finance' }],
      },
      // "People also viewed": named on the page, but not the profile's subject.
      people: team(['Lee Park', 'Chief People Officer']),
      facts: [fact('position', 'VP Finance, Contoso'), fact('education', 'MSc Finance, LSE')],
    });
    await saveCapture({ capture: profile, interviewId: interview.id, interviewers: [] });

    const people = await peopleByName(interview.companyId);
    const facts = await listPeopleFacts(interview.companyId);
    const typesOf = (name: string) => (facts.get(people.get(name)?.id ?? '') ?? []).map((entry) => entry.type).sort();
    expect(typesOf('Ada Okafor')).toEqual(['education', 'position', 'title']);
    expect(typesOf('Lee Park')).toEqual(['title']);
  });
});

describe('titles', () => {
  const news = (date: string, title: string) =>
    page({
      url: `https://press.example/${date}`,
      kind: 'news',
      news: { headline: 'Northwind names a CFO', datePublished: date, people: [{ name: 'Ada Okafor', title }] },
    });

  it('are not overwritten by an older page, and the disagreement stays on the person', async () => {
    const interview = await createInterview(make.interviewInput());
    await saveCapture({
      capture: news('2026-05-01', 'Chief Financial Officer'),
      interviewId: interview.id,
      interviewers: [],
    });
    // An older press release, captured later, still calls her by her previous title.
    const report = await saveCapture({
      capture: news('2024-02-01', 'VP Finance'),
      interviewId: interview.id,
      interviewers: [],
    });

    const ada = (await peopleByName(interview.companyId)).get('Ada Okafor');
    expect(ada?.title).toBe('Chief Financial Officer');
    expect(ada?.titleAsOf).toBe(Date.parse('2026-05-01'));
    expect(report.keptTitles).toEqual([{ name: 'Ada Okafor', kept: 'Chief Financial Officer', offered: 'VP Finance' }]);
    const sources = new Map((await db.sources.toArray()).map((source) => [source.id, source]));
    const facts = (await listPeopleFacts(interview.companyId)).get(ada?.id ?? '') ?? [];
    const conflict = titleConflicts(ada as never, facts, sources);
    expect(conflict.map((claim) => [claim.title, claim.url])).toEqual([
      ['Chief Financial Officer', 'https://press.example/2026-05-01'],
      ['VP Finance', 'https://press.example/2024-02-01'],
    ]);
  });

  it('from a newer page replace an older one', async () => {
    const interview = await createInterview(make.interviewInput());
    await saveCapture({ capture: news('2024-02-01', 'VP Finance'), interviewId: interview.id, interviewers: [] });
    const report = await saveCapture({
      capture: news('2026-05-01', 'Chief Financial Officer'),
      interviewId: interview.id,
      interviewers: [],
    });
    expect((await peopleByName(interview.companyId)).get('Ada Okafor')?.title).toBe('Chief Financial Officer');
    expect(report.newTitles).toEqual([{ name: 'Ada Okafor', from: 'VP Finance', to: 'Chief Financial Officer' }]);
  });

  it('never overwrite the title the user typed, and show both', async () => {
    const interview = await createInterview(make.interviewInput());
    await addPerson(interview.id, { ...blank, name: 'Ada Okafor', title: 'Group CFO' });
    await saveCapture({
      capture: page({ people: team(['Ada Okafor', 'Chief Financial Officer']) }),
      interviewId: interview.id,
      interviewers: [],
    });
    const ada = (await peopleByName(interview.companyId)).get('Ada Okafor');
    expect(ada).toMatchObject({ title: 'Group CFO', titleSource: 'manual' });
    const sources = new Map((await db.sources.toArray()).map((source) => [source.id, source]));
    const conflict = titleConflicts(
      ada as never,
      (await listPeopleFacts(interview.companyId)).get(ada?.id ?? '') ?? [],
      sources,
    );
    expect(conflict.map((claim) => [claim.title, claim.sourceTitle])).toEqual([
      ['Group CFO', 'you'],
      ['Chief Financial Officer', 'Leadership | Northwind Lumen'],
    ]);
  });
});

describe('merging companies', () => {
  it('keeps every note, title, background and link of both records of a person', async () => {
    const kept = make.company({ name: 'Northwind Lumen' });
    const typo = make.company({ name: 'Northwnd Lumen' });
    await db.companies.bulkAdd([kept, typo]);
    await db.people.bulkAdd([
      make.person(kept.id, {
        name: 'Ada Okafor',
        title: 'CFO',
        notes: 'Chairs the audit committee',
        background: 'Ex-Contoso',
        organization: 'Northwind Lumen',
        profileUrl: 'https://northwind.example/ada',
      }),
      make.person(typo.id, {
        name: 'Ada Okafor',
        title: 'Chief Financial Officer',
        notes: 'Met at the offsite',
        background: 'MSc Finance, LSE',
        organization: 'Fabrikam Board',
        profileUrl: 'https://profiles.example/ada',
        updatedAt: Date.UTC(2026, 10, 2),
      }),
    ]);
    await db.transaction('rw', db.tables, () => mergeCompanyInto(typo.id, kept.id, Date.UTC(2026, 10, 3)));

    const [ada, ...others] = await db.people.toArray();
    expect(others).toEqual([]);
    for (const text of ['Chairs the audit committee', 'Met at the offsite']) expect(ada?.notes).toContain(text);
    for (const text of ['Ex-Contoso', 'MSc Finance, LSE', 'Fabrikam Board', 'https://profiles.example/ada'])
      expect(ada?.background).toContain(text);
    expect(ada?.profileUrl).toBe('https://northwind.example/ada');
    // Both typed; the newer shows, the other stays as a title claim on the card.
    expect(ada?.title).toBe('Chief Financial Officer');
    const titles = await db.facts
      .where('personId')
      .equals(ada?.id ?? '')
      .toArray();
    expect(titles.map((entry) => [entry.type, entry.text])).toEqual([['title', 'CFO']]);
  });
});

describe('moving a round to another company', () => {
  it('takes its interviewers along, with their facts, merged with a namesake there', async () => {
    const first = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    const second = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    const contoso = await createInterview(make.interviewInput({ companyName: 'Contoso' }));
    await saveCapture({
      capture: page({ people: team(['Ada Okafor', 'Chief Financial Officer'], ['Lee Park', 'CPO']) }),
      interviewId: second.id,
      interviewers: ['Ada Okafor', 'Lee Park'],
    });
    await addPerson(contoso.id, { ...blank, name: 'Lee Park', notes: 'Runs the Contoso panel' });
    const question = await addQuestion(second.id, {
      text: 'How do you weigh growth against margin?',
      personId: (await peopleByName(first.companyId)).get('Ada Okafor')?.id,
    });

    const moved = await updateInterview(second.id, make.interviewInput({ companyName: 'Contoso' }));

    const there = await peopleByName(moved.companyId);
    expect([...there.keys()].sort()).toEqual(['Ada Okafor', 'Lee Park']);
    expect(there.get('Ada Okafor')).toMatchObject({ title: 'Chief Financial Officer', interviewIds: [second.id] });
    expect(there.get('Lee Park')).toMatchObject({ notes: 'Runs the Contoso panel', interviewIds: [second.id] });
    const adaFacts = await db.facts
      .where('personId')
      .equals(there.get('Ada Okafor')?.id ?? '')
      .toArray();
    expect(adaFacts.map((entry) => entry.text)).toEqual(['Chief Financial Officer']);
    expect((await db.questions.get(question.id))?.personId).toBe(there.get('Ada Okafor')?.id);
    // The old company keeps its research of them for its other round.
    const left = await peopleByName(first.companyId);
    expect(left.get('Ada Okafor')?.interviewIds).toEqual([]);
  });
});

describe('a very long address', () => {
  const long = `https://search.example/results?q=${'northwind+'.repeat(300)}`;

  it('keeps a selection from it, under the address shortened', async () => {
    const interview = await createInterview(make.interviewInput());
    // The selection crosses the message boundary first: it must not be refused there.
    const pending = pendingCaptureSchema.parse({
      status: 'selection',
      text: 'Northwind doubles sites.',
      url: long,
      title: 'Results',
      at: 1,
    });
    if (pending.status !== 'selection') throw new Error('expected a selection');
    await saveSelection({ interviewId: interview.id, url: pending.url, title: pending.title, text: pending.text });
    const [kept] = await db.facts.toArray();
    expect(kept?.text).toBe('Northwind doubles sites.');
    expect(kept?.provenance.url).toBe('https://search.example/results');
  });

  it('keeps a capture of it', async () => {
    const interview = await createInterview(make.interviewInput());
    const capture = captureSchema.parse({ ...page({ facts: [fact('mission', 'Light every warehouse.')] }), url: long });
    await saveCapture({ capture, interviewId: interview.id, interviewers: [] });
    expect((await db.sources.toArray()).map((source) => source.url)).toEqual(['https://search.example/results']);
    expect(await db.facts.count()).toBe(1);
  });
});

describe('a re-capture that comes back partial or empty', () => {
  it('keeps the earlier facts it does not replace, and says so', async () => {
    const interview = await createInterview(make.interviewInput());
    const full = page({
      people: team(['Ada Okafor', 'CFO']),
      facts: [fact('mission', 'Light every warehouse.'), fact('value', 'Own the outcome')],
    });
    await saveCapture({ capture: full, interviewId: interview.id, interviewers: [] });
    const partial = page({ partial: true, facts: [fact('mission', 'Light every warehouse, everywhere.')] });
    const report = await saveCapture({ capture: partial, interviewId: interview.id, interviewers: [] });

    const facts = await db.facts.toArray();
    expect(facts.map((entry) => entry.text).sort()).toEqual([
      'CFO',
      'Light every warehouse, everywhere.',
      'Own the outcome',
    ]);
    expect(report).toMatchObject({ keptFromBefore: 2, gonePeople: [] });

    const empty = await saveCapture({ capture: page(), interviewId: interview.id, interviewers: [] });
    expect(await db.facts.count()).toBe(3);
    expect(empty.keptFromBefore).toBe(3);
  });

  it('but a full re-capture still replaces them', async () => {
    const interview = await createInterview(make.interviewInput());
    await saveCapture({
      capture: page({ facts: [fact('value', 'Own the outcome')] }),
      interviewId: interview.id,
      interviewers: [],
    });
    const report = await saveCapture({
      capture: page({ facts: [fact('mission', 'Light every warehouse.')] }),
      interviewId: interview.id,
      interviewers: [],
    });
    expect((await db.facts.toArray()).map((entry) => entry.text)).toEqual(['Light every warehouse.']);
    expect(report.keptFromBefore).toBe(0);
  });
});

describe('corrections', () => {
  it('delete one fact', async () => {
    const interview = await createInterview(make.interviewInput());
    await saveCapture({
      capture: page({ facts: [fact('mission', 'Light every warehouse.'), fact('value', 'Own the outcome')] }),
      interviewId: interview.id,
      interviewers: [],
    });
    const mission = await db.facts.filter((entry) => entry.type === 'mission').first();
    await deleteFact(mission?.id ?? '');
    expect((await db.facts.toArray()).map((entry) => entry.text)).toEqual(['Own the outcome']);
  });

  it('a deleted fact stays deleted when its page is captured again, until the deletion is undone', async () => {
    const interview = await createInterview(make.interviewInput());
    const capture = page({ facts: [fact('mission', 'Light every warehouse.'), fact('value', 'Own the outcome')] });
    await saveCapture({ capture, interviewId: interview.id, interviewers: [] });
    const mission = await db.facts.filter((entry) => entry.type === 'mission').first();
    const deleted = await deleteFact(mission?.id ?? '');
    await saveCapture({ capture, interviewId: interview.id, interviewers: [] });
    expect((await db.facts.toArray()).map((entry) => entry.text)).toEqual(['Own the outcome']);

    await restoreFact(deleted as NonNullable<typeof deleted>);
    await saveCapture({ capture, interviewId: interview.id, interviewers: [] });
    expect((await db.facts.toArray()).map((entry) => entry.text).sort()).toEqual([
      'Light every warehouse.',
      'Own the outcome',
    ]);
  });

  it('delete a page with what it alone brought, keeping people the user typed or another page lists', async () => {
    const interview = await createInterview(make.interviewInput());
    await addPerson(interview.id, { ...blank, name: 'Mia Roth' });
    const wrong = await saveCapture({
      capture: page({
        people: team(['Ada Okafor', 'CFO'], ['Lee Park', 'CPO'], ['Mia Roth', 'CTO']),
        facts: [fact('mission', 'Sell more lamps.')],
      }),
      interviewId: interview.id,
      interviewers: [],
    });
    await saveCapture({
      capture: page({ url: 'https://northwind.example/board', people: team(['Lee Park', 'Board observer']) }),
      interviewId: interview.id,
      interviewers: [],
    });

    expect(await sourceDeletionImpact(wrong.sourceId)).toMatchObject({ facts: 4, people: ['Ada Okafor'] });
    await deleteSource(wrong.sourceId);

    expect([...(await peopleByName(interview.companyId)).keys()].sort()).toEqual(['Lee Park', 'Mia Roth']);
    expect(await db.sources.count()).toBe(1);
    expect((await db.facts.toArray()).map((entry) => entry.text)).toEqual(['Board observer']);
  });

  it('move a page, its facts and the people it alone brought to another company', async () => {
    const northwind = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    await addPerson(northwind.id, { ...blank, name: 'Lee Park', notes: 'Our recruiter' });
    const report = await saveCapture({
      capture: page({
        url: 'https://contoso.example/team',
        people: team(['Ada Okafor', 'CFO'], ['Lee Park', 'Advisor']),
        facts: [fact('mission', 'Contoso ships software.')],
      }),
      interviewId: northwind.id,
      interviewers: [],
    });

    const { companyId, interviewId } = await moveSource(report.sourceId, { companyName: 'Contoso' });

    expect((await db.interviews.get(interviewId))?.companyId).toBe(companyId);
    expect((await db.sources.get(report.sourceId))?.companyId).toBe(companyId);
    const moved = await db.facts.where('sourceId').equals(report.sourceId).toArray();
    expect(moved.every((entry) => entry.companyId === companyId)).toBe(true);
    const there = await peopleByName(companyId);
    expect([...there.keys()].sort()).toEqual(['Ada Okafor', 'Lee Park']);
    expect(there.get('Lee Park')?.title).toBe('Advisor');
    // Lee Park was typed at Northwind: his record there stays, without Contoso's facts.
    const left = await peopleByName(northwind.companyId);
    expect([...left.keys()]).toEqual(['Lee Park']);
    expect(left.get('Lee Park')?.notes).toBe('Our recruiter');
    expect(
      await db.facts
        .where('personId')
        .equals(left.get('Lee Park')?.id ?? '')
        .count(),
    ).toBe(0);
  });

  it('moving a page to a company that has it already keeps one copy: the newer capture', async () => {
    const northwind = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    const contoso = await createInterview(make.interviewInput({ companyName: 'Contoso' }));
    const url = 'https://contoso.example/team';
    await saveCapture(
      { capture: page({ url, facts: [fact('mission', 'Old mission.')] }), interviewId: contoso.id, interviewers: [] },
      1_000,
    );
    const misfiled = await saveCapture(
      { capture: page({ url, facts: [fact('mission', 'New mission.')] }), interviewId: northwind.id, interviewers: [] },
      2_000,
    );
    await moveSource(misfiled.sourceId, { companyId: contoso.companyId });
    expect((await db.sources.toArray()).map((source) => [source.companyId, source.url])).toEqual([
      [contoso.companyId, url],
    ]);
    expect((await db.facts.toArray()).map((entry) => entry.text)).toEqual(['New mission.']);
  });
});

describe('undoing the last capture', () => {
  it('of a new page removes the page, its facts and the people it created, and restores those it changed', async () => {
    const interview = await createInterview(make.interviewInput());
    await addPerson(interview.id, { ...blank, name: 'Ada Okafor' });
    const before = await db.people.toArray();
    const report = await saveCapture({
      capture: page({ people: team(['Ada Okafor', 'CFO'], ['Lee Park', 'CPO']), facts: [fact('mission', 'Light.')] }),
      interviewId: interview.id,
      interviewers: ['Ada Okafor'],
    });

    expect(await undoCapture(report)).toEqual({ keptPeople: [], keptInterview: false });
    expect(await db.people.toArray()).toEqual(before);
    expect(await db.sources.count()).toBe(0);
    expect(await db.facts.count()).toBe(0);
  });

  it('of a re-capture puts the earlier capture back', async () => {
    const interview = await createInterview(make.interviewInput());
    await saveCapture(
      {
        capture: page({ people: team(['Ada Okafor', 'CFO']), facts: [fact('mission', 'Light.')] }),
        interviewId: interview.id,
        interviewers: [],
      },
      1_000,
    );
    const sources = await db.sources.toArray();
    const facts = await db.facts.toArray();
    const people = await db.people.toArray();
    const report = await saveCapture(
      {
        capture: page({ people: team(['Ada Okafor', 'COO'], ['Sam Ortiz', 'GC']) }),
        interviewId: interview.id,
        interviewers: [],
      },
      2_000,
    );
    await undoCapture(report);
    expect(await db.sources.toArray()).toEqual(sources);
    expect(await db.facts.toArray()).toEqual(facts);
    expect(await db.people.toArray()).toEqual(people);
  });

  it('that created an interview removes it and its company, but keeps what the user edited since', async () => {
    const report = await saveCapture({
      capture: page({ organization: { name: 'Fabrikam', values: [] }, people: team(['Ada Okafor', 'CFO']) }),
      interviewId: null,
      interviewers: [],
    });
    await undoCapture(report);
    expect(await db.interviews.count()).toBe(0);
    expect(await db.companies.count()).toBe(0);

    const again = await saveCapture({
      capture: page({ organization: { name: 'Fabrikam', values: [] }, people: team(['Ada Okafor', 'CFO']) }),
      interviewId: null,
      interviewers: [],
    });
    const ada = await db.people.toCollection().first();
    await db.people.update(ada?.id ?? '', { notes: 'Call her on Monday', updatedAt: again.undo.savedAt + 1 });
    expect(await undoCapture(again)).toEqual({ keptPeople: ['Ada Okafor'], keptInterview: true });
    expect((await db.people.toArray()).map((person) => person.notes)).toEqual(['Call her on Monday']);
  });
});

describe('merging two people', () => {
  it('keeps every field of both and moves their facts, questions, stories and rounds', async () => {
    const interview = await createInterview(make.interviewInput());
    const corey = await addPerson(interview.id, { ...blank, name: 'Corey Thomas', title: 'CEO', notes: 'Founder' });
    // The record kept is the older one: the capture's person is made a moment later, never in the same millisecond.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const report = await saveCapture({
      capture: page({ people: team(['Corey E. Thomas', 'Chief Executive Officer']) }),
      interviewId: interview.id,
      interviewers: ['Corey E. Thomas'],
    });
    const other = (await peopleByName(interview.companyId)).get('Corey E. Thomas');
    const question = await addQuestion(interview.id, { text: 'Why is the seat open?', personId: other?.id });
    const story = make.story();
    await db.stories.add(story);
    await db.storyUses.add(make.storyUse(story.id, interview.id, { personId: other?.id }));

    expect((await suggestPersonMerges(interview.companyId)).map((pair) => [pair.keep.name, pair.other.name])).toEqual([
      ['Corey Thomas', 'Corey E. Thomas'],
    ]);
    const merged = await mergePeople(corey.id, other?.id ?? '');

    expect(await db.people.count()).toBe(1);
    // The fuller spelling names the person; the other is kept in the background.
    expect(merged).toMatchObject({
      name: 'Corey E. Thomas',
      title: 'CEO',
      notes: 'Founder',
      interviewIds: [interview.id],
    });
    expect(merged.background).toContain('Also known as Corey Thomas');
    const facts = await db.facts.where('personId').equals(corey.id).toArray();
    expect(facts.map((entry) => [entry.text, entry.sourceId])).toEqual([['Chief Executive Officer', report.sourceId]]);
    expect((await db.questions.get(question.id))?.personId).toBe(corey.id);
    expect((await db.storyUses.toArray()).map((use) => use.personId)).toEqual([corey.id]);
    expect(await suggestPersonMerges(interview.companyId)).toEqual([]);
  });

  it('suggests a merge for honorifics and middle names, not for different people', async () => {
    const interview = await createInterview(make.interviewInput());
    for (const name of ['Corey Thomas', 'Dr. Corey Thomas', 'Corey Thompson', 'Thomas Corey', 'Lamar Pritchard'])
      await addPerson(interview.id, { ...blank, name });
    await addPerson(interview.id, { ...blank, name: 'F. Lamar Pritchard' });
    // Records made in one millisecond have no older one, so each pair is compared without its order.
    const suggestions = await suggestPersonMerges(interview.companyId);
    const pairs = suggestions.map((pair) => [pair.keep.name, pair.other.name].sort()).sort();
    expect(pairs).toEqual([
      ['Corey Thomas', 'Dr. Corey Thomas'],
      ['F. Lamar Pritchard', 'Lamar Pritchard'],
    ]);
    const lamar = suggestions.find((pair) => pair.keep.name.includes('Lamar'));
    // Whichever record is kept, the name with the initial is the fuller one, and it stays.
    expect((await mergePeople(lamar?.keep.id ?? '', lamar?.other.id ?? '')).name).toBe('F. Lamar Pritchard');
  });
});
