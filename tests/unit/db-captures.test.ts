import { describe, expect, it } from 'vitest';
import { identityOf } from '@/lib/capture/page-model';
import { matchInterviews } from '@/lib/db/capture-targets';
import {
  lastCapturedAt,
  listCompanyFacts,
  listPeopleFacts,
  saveCapture,
  saveSelection,
  undoCapture,
  undoSelection,
} from '@/lib/db/captures';
import { db } from '@/lib/db/database';
import { createInterview } from '@/lib/db/interviews';
import { addPerson } from '@/lib/db/people';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';
import * as make from '../factories';

const card = (name: string, title: string) => `<div class="member"><h3>${name}</h3><p>${title}</p></div>`;
const teamPage = (cards: string) =>
  `<title>Leadership | Northwind Lumen</title><h1>Leadership</h1><h2>Executive team</h2>${cards}
   <h2>Our mission</h2><p>Light every warehouse with half the energy, everywhere in Europe.</p>`;
const URL = 'https://northwind.example/about/leadership';
const capture = (html: string, now = 1_000) => captureSchema.parse(extractPage(htmlDocument(html, URL), URL, { now }));

describe('saving a capture', () => {
  it('writes the source, its facts and its people, merged with the people already known by name', async () => {
    const interview = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    await addPerson(interview.id, {
      name: 'Ada Okafor',
      title: '',
      organization: '',
      notes: 'Met at a conference',
      interviewer: false,
    });
    const page = capture(
      teamPage(
        `${card('Ada Okafor', 'Chief Financial Officer')}${card('Lee Park', 'Chief People Officer')}${card('Mia Roth', 'Chief Technology Officer')}`,
      ),
    );

    const report = await saveCapture({ capture: page, interviewId: interview.id, interviewers: ['Lee Park'] }, 5_000);

    expect(report).toMatchObject({
      recaptured: false,
      newPeople: ['Lee Park', 'Mia Roth'],
      gonePeople: [],
      newTitles: [],
    });
    const people = await db.people.where('companyId').equals(interview.companyId).sortBy('name');
    expect(people.map(({ name, title, notes }) => [name, title, notes])).toEqual([
      ['Ada Okafor', 'Chief Financial Officer', 'Met at a conference'],
      ['Lee Park', 'Chief People Officer', ''],
      ['Mia Roth', 'Chief Technology Officer', ''],
    ]);
    expect(people.find((person) => person.name === 'Lee Park')?.interviewIds).toEqual([interview.id]);
    const sources = await db.sources.toArray();
    expect(sources).toMatchObject([{ url: URL, kind: 'team', capturedAt: 5_000 }]);
    const companyFacts = await listCompanyFacts(interview.companyId);
    expect(companyFacts.map(({ fact }) => fact.type)).toContain('mission');
    expect(companyFacts.every(({ source }) => source?.id === sources[0]?.id)).toBe(true);
    expect(companyFacts.find(({ fact }) => fact.type === 'mission')?.fact.provenance).toMatchObject({
      url: URL,
      capturedAt: 5_000,
      method: 'structure',
    });
    const ada = people.find((person) => person.name === 'Ada Okafor');
    expect((await listPeopleFacts(interview.companyId)).get(ada?.id ?? '')?.map((fact) => fact.text)).toEqual([
      'Chief Financial Officer',
    ]);
  });

  it('on a second capture of the page, replaces its facts and says who is new, who is gone and whose title changed', async () => {
    const interview = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    const first = teamPage(
      `${card('Ada Okafor', 'Chief Financial Officer')}${card('Lee Park', 'Chief People Officer')}${card('Mia Roth', 'Chief Technology Officer')}`,
    );
    await saveCapture({ capture: capture(first), interviewId: interview.id, interviewers: [] });
    const factsBefore = await db.facts.count();

    const second = teamPage(
      `${card('Ada Okafor', 'Chief Operating Officer')}${card('Lee Park', 'Chief People Officer')}${card('Sam Ortiz', 'General Counsel')}`,
    );
    const report = await saveCapture({ capture: capture(second), interviewId: interview.id, interviewers: [] });

    expect(report).toMatchObject({
      recaptured: true,
      newPeople: ['Sam Ortiz'],
      gonePeople: ['Mia Roth'],
      newTitles: [{ name: 'Ada Okafor', from: 'Chief Financial Officer', to: 'Chief Operating Officer' }],
    });
    expect(await db.sources.count()).toBe(1);
    expect(await db.facts.count()).toBe(factsBefore);
    expect(await db.people.count()).toBe(4); // Mia Roth is kept: the page no longer lists her, nothing more
  });

  it('says a recapture of a page that says the same changed nothing, and a changed one did', async () => {
    const interview = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    const page = teamPage(card('Ada Okafor', 'Chief Financial Officer'));
    await saveCapture({ capture: capture(page), interviewId: interview.id, interviewers: [] }, 1_000);
    const again = await saveCapture({ capture: capture(page), interviewId: interview.id, interviewers: [] }, 2_000);
    expect(again).toMatchObject({ recaptured: true, unchanged: true });
    const ticked = await saveCapture(
      { capture: capture(page), interviewId: interview.id, interviewers: ['Ada Okafor'] },
      2_500,
    );
    expect(ticked.unchanged).toBe(false); // Ada Okafor is now on the panel
    const changed = await saveCapture(
      {
        capture: capture(teamPage(card('Ada Okafor', 'Chief Operating Officer'))),
        interviewId: interview.id,
        interviewers: [],
      },
      3_000,
    );
    expect(changed).toMatchObject({ recaptured: true, unchanged: false });
  });

  it("keeps what the user selected on a page when the page is captured again, and through the capture's Undo", async () => {
    const interview = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    const page = capture(teamPage(card('Ada Okafor', 'Chief Financial Officer')));
    await saveCapture({ capture: page, interviewId: interview.id, interviewers: [] }, 1_000);
    await saveSelection(
      { interviewId: interview.id, url: URL, title: 'Leadership', text: 'Light every warehouse.' },
      2_000,
    );
    const again = await saveCapture({ capture: page, interviewId: interview.id, interviewers: [] }, 3_000);
    const selections = async () =>
      (await db.facts.toArray()).filter((fact) => fact.type === 'selection').map((fact) => fact.text);
    expect(await selections()).toEqual(['Light every warehouse.']);
    expect(again.unchanged).toBe(true);
    await undoCapture(again);
    expect(await selections()).toEqual(['Light every warehouse.']);
  });

  it('creates an interview from the page when asked, at the company the page names', async () => {
    const report = await saveCapture({
      capture: capture(teamPage(card('Ada Okafor', 'Chief Financial Officer'))),
      interviewId: null,
      interviewers: [],
    });
    const interview = await db.interviews.get(report.interviewId);
    const company = await db.companies.get(interview?.companyId ?? '');
    expect(company?.name).toBe('Northwind Lumen');
    expect((await matchInterviews(identityOf(capture(teamPage(''))))).map((match) => match.interviewId)).toEqual([
      report.interviewId,
    ]);
  });

  it('creates the interview at the company the user names, when they correct the page', async () => {
    const report = await saveCapture({
      capture: capture(teamPage(card('Ada Okafor', 'Chief Financial Officer'))),
      interviewId: null,
      interviewers: [],
      companyName: 'Northwind Holdings',
    });
    const interview = await db.interviews.get(report.interviewId);
    expect((await db.companies.get(interview?.companyId ?? ''))?.name).toBe('Northwind Holdings');
  });

  it('counts a page of which only a passage was kept as not captured yet', async () => {
    const interview = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    await saveSelection(
      { interviewId: interview.id, url: URL, title: 'Leadership', text: 'Light every warehouse.' },
      1_000,
    );
    expect(await lastCapturedAt(URL, interview.id)).toBeUndefined();
    const report = await saveCapture(
      {
        capture: capture(teamPage(card('Ada Okafor', 'Chief Financial Officer'))),
        interviewId: interview.id,
        interviewers: [],
      },
      2_000,
    );
    expect(report.recaptured).toBe(false);
    expect(await lastCapturedAt(URL, interview.id)).toBe(2_000);
  });

  it("keeps no culture reading of a newspaper's story about the company: the paper's voice is not theirs", async () => {
    const storyUrl = 'https://porttimes.example/2026/10/02/northwind-lumen-buys-a-rival';
    const storyPage = (html: string) =>
      captureSchema.parse(extractPage(htmlDocument(html, storyUrl), storyUrl, { now: 1_000 }));
    const story = storyPage(
      `<head><title>Northwind Lumen buys a rival - Port Times</title><meta property="og:site_name" content="Port Times">
      <meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Northwind Lumen buys a rival",
      "datePublished":"2026-10-02","publisher":{"@type":"Organization","name":"Port Times"},"about":{"@type":"Organization","name":"Northwind Lumen"}}</script></head>
      <body><article><h1>Northwind Lumen buys a rival</h1><p>${'We at the Port Times report that Northwind Lumen bought a rival lighting firm on Thursday, our sources say. '.repeat(4)}</p></article></body>`,
    );
    expect(story.news?.organization).toMatch(/^Northwind/);
    const interview = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    await saveCapture({ capture: story, interviewId: interview.id, interviewers: [] });
    expect((await db.facts.toArray()).map((fact) => fact.type)).not.toContain('culture');
  });

  it('writes nothing when any part fails', async () => {
    const page = capture(teamPage(card('Ada Okafor', 'Chief Financial Officer')));
    await expect(saveCapture({ capture: page, interviewId: 'gone', interviewers: [] })).rejects.toThrow(
      'This interview no longer exists.',
    );
    const broken = {
      ...page,
      facts: [...page.facts, { type: 'mission', text: '', snippet: '', method: 'text' } as never],
    };
    const interview = await createInterview(make.interviewInput());
    await expect(saveCapture({ capture: broken, interviewId: interview.id, interviewers: [] })).rejects.toThrow();
    expect(await db.sources.count()).toBe(0);
    expect(await db.facts.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  });

  it('keeps a selection as a fact with its page', async () => {
    const interview = await createInterview(make.interviewInput());
    await saveSelection(
      { interviewId: interview.id, url: URL, title: 'Leadership', text: '  We double the sites we light by 2030. ' },
      7_000,
    );
    const [entry] = await listCompanyFacts(interview.companyId);
    expect(entry?.fact).toMatchObject({
      type: 'selection',
      text: 'We double the sites we light by 2030.',
      provenance: { method: 'selection', capturedAt: 7_000 },
    });
    expect(entry?.source?.title).toBe('Leadership');
  });

  it('takes a selection back with Undo: the page it created goes, a page captured before stays as it was', async () => {
    const interview = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    const alone = await saveSelection(
      { interviewId: interview.id, url: 'https://northwind.example/', title: 'Home', text: 'Founded in Lyon.' },
      5_000,
    );
    await undoSelection(alone);
    expect(await db.facts.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);

    await saveCapture({
      capture: capture(teamPage(card('Ada Okafor', 'Chief Financial Officer'))),
      interviewId: interview.id,
      interviewers: [],
    });
    const before = await db.sources.toArray();
    const factsBefore = await db.facts.count();
    const onCapturedPage = await saveSelection(
      { interviewId: interview.id, url: URL, title: 'Leadership, again', text: 'Light every warehouse.' },
      7_000,
    );
    expect(await db.facts.count()).toBe(factsBefore + 1);
    await undoSelection(onCapturedPage);
    expect(await db.sources.toArray()).toEqual(before);
    expect(await db.facts.count()).toBe(factsBefore);
  });
});
