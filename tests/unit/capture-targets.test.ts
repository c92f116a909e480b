import { describe, expect, it } from 'vitest';
import { identityOf } from '@/lib/capture/page-model';
import { defaultTarget, matchInterviews } from '@/lib/db/capture-targets';
import { saveCapture } from '@/lib/db/captures';
import { createInterview } from '@/lib/db/interviews';
import { addPerson } from '@/lib/db/people';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';
import * as make from '../factories';

const read = (html: string, url: string) => captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: 1 }));

const jobAtPaperCut = read(
  `<title>Senior DevOps Engineer - PaperCut</title>
   <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Senior DevOps Engineer",
   "hiringOrganization":{"@type":"Organization","name":"PaperCut Software"},"description":"Run our platform."}</script>
   <h1>Senior DevOps Engineer</h1><p>Run our platform.</p>`,
  'https://jobs.example/papercut/senior-devops',
);

const card = (name: string, title: string) => `<div class="member"><h3>${name}</h3><p>${title}</p></div>`;

describe('which interview a captured page belongs to', () => {
  it('files a page of another company under that company, never under the dossier the user came from', async () => {
    const rapid7 = await createInterview(make.interviewInput({ companyName: 'Rapid7' }));
    const matches = await matchInterviews(identityOf(jobAtPaperCut));
    expect(matches).toEqual([]);
    // The page names PaperCut: a new interview there, not Rapid7's dossier.
    expect(defaultTarget(matches, rapid7.id, true)).toBe('');

    const paperCut = await createInterview(make.interviewInput({ companyName: 'PaperCut Software Pty Ltd' }));
    const now = await matchInterviews(identityOf(jobAtPaperCut));
    expect(now).toEqual([{ interviewId: paperCut.id, companyId: paperCut.companyId, reason: 'name' }]);
    expect(defaultTarget(now, rapid7.id, true)).toBe(paperCut.id);
  });

  it('keeps the dossier the user came from when the page matches it', async () => {
    const first = await createInterview(make.interviewInput({ companyName: 'PaperCut Software', round: 'Recruiter' }));
    const second = await createInterview(make.interviewInput({ companyName: 'PaperCut Software', round: 'Panel' }));
    const matches = await matchInterviews(identityOf(jobAtPaperCut));
    expect(matches.map((match) => match.interviewId).sort()).toEqual([first.id, second.id].sort());
    expect(defaultTarget(matches, second.id, true)).toBe(second.id);
  });

  it('recognises the company by its own site, and by the people already known there', async () => {
    const interview = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    const url = 'https://northwind.example/about/leadership';
    await saveCapture({
      capture: read(`<title>Leadership</title><h1>Leadership</h1>${card('Ada Okafor', 'CFO')}`, url),
      interviewId: interview.id,
      interviewers: [],
    });
    const press = read('<h1>Press</h1><p>Short notes.</p>', 'https://www.northwind.example/press');
    expect(await matchInterviews({ ...identityOf(press), companyNames: [] })).toEqual([
      { interviewId: interview.id, companyId: interview.companyId, reason: 'site' },
    ]);

    await addPerson(interview.id, { name: 'Lee Park', title: '', organization: '', notes: '', interviewer: true });
    const elsewhere = read(
      `<h1>Our speakers</h1>${card('Ada Okafor', 'CFO')}${card('Lee Park', 'CPO')}${card('Sam Wu', 'Author')}`,
      'https://conference.example/speakers',
    );
    expect(await matchInterviews({ ...identityOf(elsewhere), companyNames: [] })).toEqual([
      { interviewId: interview.id, companyId: interview.companyId, reason: 'people' },
    ]);
    // One shared name among many is chance, not a match.
    const one = read(
      `<h1>Speakers</h1>${card('Ada Okafor', 'CFO')}${card('Sam Wu', 'Author')}${card('Kim Lee', 'Host')}`,
      'https://other.example/speakers',
    );
    expect(await matchInterviews({ ...identityOf(one), companyNames: [] })).toEqual([]);
  });

  it('does not take a news site for the company it writes about', async () => {
    const interview = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    await saveCapture({
      capture: {
        ...jobAtPaperCut,
        url: 'https://news.example/northwind-raises',
        kind: 'news',
        organization: undefined,
      },
      interviewId: interview.id,
      interviewers: [],
    });
    const other = read('<h1>Acme buys Brightline</h1><p>Acme said.</p>', 'https://news.example/acme-buys');
    expect(await matchInterviews({ ...identityOf(other), companyNames: ['Acme'] })).toEqual([]);
  });

  it('keeps the dossier the user came from for a page that names no company and matches none', () => {
    expect(defaultTarget([], 'from', false)).toBe('from');
    expect(defaultTarget([], undefined, false)).toBe('');
  });
});

describe('a page that names its company', () => {
  it('belongs to that company even on the site of another, and matches spellings of its name', async () => {
    const northwind = await createInterview(make.interviewInput({ companyName: 'Northwind Lumen' }));
    await saveCapture({
      capture: read(
        `<title>Leadership</title><h1>Leadership</h1>${card('Ada Okafor', 'CFO')}`,
        'https://jobs.example/team',
      ),
      interviewId: northwind.id,
      interviewers: [],
    });
    // Same site as Northwind's own pages, but the posting is PaperCut's.
    expect(await matchInterviews({ ...identityOf(jobAtPaperCut), url: 'https://jobs.example/papercut' })).toEqual([]);
    expect(
      await matchInterviews({ url: 'https://blog.example/', companyNames: ['Northwind Lumen Blog'], peopleNames: [] }),
    ).toEqual([{ interviewId: northwind.id, companyId: northwind.companyId, reason: 'name' }]);
  });
});

describe('a selection, which has only its address and title', () => {
  it("is matched by a company its title names, and never by a word that happens to be one company's name", async () => {
    const rapid7 = await createInterview(make.interviewInput({ companyName: 'Rapid7, Inc.' }));
    await createInterview(make.interviewInput({ companyName: 'Box' }));
    const page = { url: 'https://www.rapid7.example/about/leadership/', companyNames: [], peopleNames: [] };
    expect(await matchInterviews({ ...page, title: 'Leadership | Rapid7' })).toEqual([
      { interviewId: rapid7.id, companyId: rapid7.companyId, reason: 'title' },
    ]);
    expect(await matchInterviews({ ...page, title: 'Think outside the box' })).toEqual([]);
  });
});

describe('a page filed before, and the rounds of one company', () => {
  it('goes where the user filed it before, under whatever name they gave the company', async () => {
    const interview = await createInterview(make.interviewInput({ companyName: 'The Walt Disney Company' }));
    await saveCapture({ capture: jobAtPaperCut, interviewId: interview.id, interviewers: [] });
    expect((await matchInterviews(identityOf(jobAtPaperCut)))[0]).toMatchObject({
      interviewId: interview.id,
      reason: 'page',
    });
  });

  it('offers the next round first, then rounds without a date, then past ones, latest first', async () => {
    const now = Date.UTC(2026, 11, 8);
    const day = 86_400_000;
    const at = (startsAt: number | null, round: string) =>
      createInterview(make.interviewInput({ companyName: 'PaperCut Software', round, startsAt }));
    const longAgo = await at(now - 90 * day, 'First');
    const lastWeek = await at(now - 7 * day, 'Second');
    const undated = await at(null, 'Someday');
    const later = await at(now + 40 * day, 'Final');
    const next = await at(now + 10 * day, 'Panel');
    const ids = (await matchInterviews(identityOf(jobAtPaperCut), now)).map((match) => match.interviewId);
    expect(ids).toEqual([next.id, later.id, undated.id, lastWeek.id, longAgo.id]);
  });
});
