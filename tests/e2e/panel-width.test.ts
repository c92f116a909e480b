import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeBuildDir, projectRoot } from '@/scripts/build-extension';
import { demoDossier } from '@/scripts/demo-data';
import { launchInTemporaryProfile, type TemporaryExtension } from '@/scripts/launch-extension';
import { seedDatabase } from '@/scripts/seed-database';
import * as make from '@/tests/factories';
import { SidePanel } from './side-panel';

let running: TemporaryExtension;
let panel: SidePanel;

/** The demo dossier with a story bank, a job posting's requirements and a story already told to the panel. */
function fullDossier() {
  const data = demoDossier();
  const lumenfield = data.companies[0] as (typeof data.companies)[number];
  const panelRound = data.interviews[0] as (typeof data.interviews)[number];
  const cfo = data.people[0] as (typeof data.people)[number];
  const told = make.story({
    title: 'Cut $12M of costs without layoffs at a 3,000-person distributor',
    competencies: ['financial-acumen', 'decision-making'],
  });
  const stories = [
    told,
    make.story({
      title: 'Moved 3,000 technicians onto a mobile app',
      competencies: ['innovation-change', 'inspiring-others'],
    }),
    make.story({ title: 'Built the regional hub model', competencies: ['systems-design', 'vision-strategy'] }),
    make.story({
      title: 'A failed ERP migration and what it taught me',
      kind: 'failure',
      competencies: ['ownership-failure'],
    }),
    make.story({
      title: 'Developed five plant managers into directors',
      competencies: ['developing-leaders', 'building-teams'],
    }),
    make.story({
      title: 'Chaired the board of a regional food bank',
      kind: 'board',
      competencies: ['governance-board'],
    }),
  ];
  const source = make.source(lumenfield.id, {
    url: 'http://127.0.0.1/careers/coo.html',
    title: 'Chief Operating Officer — Lumenfield Systems careers',
    kind: 'job',
  });
  const facts = [
    make.fact(lumenfield.id, {
      sourceId: source.id,
      type: 'requirement',
      text: 'Fifteen years leading multi-site operations, with P&L responsibility above $500M.',
    }),
    make.fact(lumenfield.id, {
      sourceId: source.id,
      type: 'responsibility',
      text: 'Lead the operating model across four regional hubs and develop their leaders.',
    }),
  ];
  const storyUses = [make.storyUse(told.id, panelRound.id, { personId: cfo.id })];
  return { data: { ...data, stories, storyUses, sources: [source], facts }, interviewId: panelRound.id, told };
}

const seeded = fullDossier();

/** A news page's capture, as the extractor hands it to the panel. */
const newsCapture = {
  url: 'https://lumenfield.example/news/new-cfo',
  title: 'Lumenfield Systems names Daniel Osei Chief Financial Officer',
  kind: 'news',
  partial: false,
  people: [{ name: 'Daniel Osei', title: 'Chief Financial Officer' }],
  news: {
    headline: 'Lumenfield Systems names Daniel Osei Chief Financial Officer',
    organization: 'Lumenfield Systems',
    eventType: 'hire',
    people: [{ name: 'Daniel Osei', title: 'Chief Financial Officer' }],
  },
  culture: { words: 420, wePerThousand: 31, iPerThousand: 4, youPerThousand: 9, valuesWords: [] },
  facts: [],
};

// What the code passed to evaluate sees in the panel's page.
declare const chrome: { storage: { session: { set(items: object): Promise<void> } } };

beforeAll(async () => {
  running = await launchInTemporaryProfile(chromeBuildDir);
  panel = new SidePanel(await running.context.newPage(), running.panelUrl);
  await panel.open();
  await seedDatabase(panel.page, seeded.data);
});
afterAll(() => running.close());

/**
 * What a narrow panel gets wrong, as a reader would notice: anything wider than the panel, and words of
 * headings, titles and buttons split across two lines ("Intervie" / "ws").
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways (${root.scrollWidth}px)`);
    for (const element of document.querySelectorAll('main *')) {
      if (element.closest('.table-scroll')) continue;
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > root.clientWidth + 0.5) {
        problems.push(`${element.tagName.toLowerCase()} “${element.textContent?.slice(0, 30)}” is cut at the right`);
      }
    }
    const texts = document.querySelectorAll('h1, h2, h3, summary, th, button, .button, .card-title, .chip');
    for (const element of texts) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A word of ordinary length; a longer token may break, or it would widen the panel.
        for (const match of text.matchAll(/[\p{L}\p{N}’']{2,20}/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) problems.push(`“${match[0]}” is split across lines in “${element.textContent}”`);
        }
      }
    }
    return problems;
  });
}

describe('the panel at its real width', () => {
  for (const width of [320, 400, 500]) {
    it(`reads whole at ${width} px in every view`, async () => {
      const { page } = panel;
      await page.setViewportSize({ width, height: 800 });
      const views: [string, () => Promise<unknown>][] = [
        ['#/', () => page.getByRole('heading', { level: 1, name: 'Interviews' }).waitFor()],
        [
          `#/interview/${seeded.interviewId}`,
          async () => {
            await page.locator('.likely-question').first().waitFor();
            await page.getByText('Coverage: competencies by stories').click();
            await page.locator('.coverage table').waitFor();
          },
        ],
        ['#/stories', () => page.locator('.story-card').first().waitFor()],
        [`#/stories/${seeded.told.id}`, () => page.getByLabel('Title').waitFor()],
        [`#/interview/${seeded.interviewId}/edit`, () => page.getByLabel('Company').waitFor()],
        [
          `#/capture/${seeded.interviewId}`,
          async () => {
            await page.evaluate(
              (capture) =>
                chrome.storage.session.set({
                  [`pendingCapture:${Date.now()}:test`]: { status: 'captured', capture, at: Date.now() },
                }),
              newsCapture,
            );
            await page.getByRole('button', { name: 'Save to dossier' }).waitFor();
          },
        ],
      ];
      for (const [hash, shown] of views) {
        await panel.open(hash);
        await shown();
        expect(await layoutProblems(page), `${hash} at ${width} px`).toEqual([]);
      }
      await page.getByRole('button', { name: 'Discard' }).click();
    });
  }

  it('explains the coverage matrix and names its stories in full', async () => {
    const { page } = panel;
    await page.setViewportSize({ width: 320, height: 800 });
    await panel.open(`#/interview/${seeded.interviewId}`);
    await page.getByText('Coverage: competencies by stories').click();
    await page.getByText('● strong · ◐ partial · blank: none.').waitFor();
    const matrix = page.locator('.coverage table');
    await matrix.getByRole('columnheader', { name: seeded.told.title }).waitFor();
    // Every story in the matrix is in the key, by its whole title.
    const columns = await matrix.locator('thead th').count();
    const key = await page.locator('.coverage-key li').allInnerTexts();
    expect(key).toHaveLength(columns - 1);
    expect(key).toContain(seeded.told.title);
  });

  it('warns once that a story was told to this panel, and draws Told to… as a button', async () => {
    const { page } = panel;
    await panel.open(`#/interview/${seeded.interviewId}`);
    await page.locator('.likely-question').first().waitFor();
    const warning = `“${seeded.told.title}”: Already told to this panel.`;
    await page.getByText(warning).waitFor();
    expect(await page.getByText('Already told to this panel').count()).toBe(1);
    const tell = page.getByRole('button', { name: /^Mark “.*” as told to Priya Raman$/ }).first();
    const look = await tell.evaluate((button) => {
      const style = getComputedStyle(button);
      return { border: Number.parseFloat(style.borderTopWidth), color: style.borderTopColor };
    });
    expect(look.border).toBeGreaterThan(0);
    expect(look.color).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('capitalises what the capture preview read', async () => {
    const { page } = panel;
    await panel.open(`#/capture/${seeded.interviewId}`);
    await page.evaluate(
      (capture) =>
        chrome.storage.session.set({
          [`pendingCapture:${Date.now()}:test`]: { status: 'captured', capture, at: Date.now() },
        }),
      newsCapture,
    );
    const row = page.locator('dl.fields > div', { hasText: 'Kind of event' });
    expect(await row.locator('dd').innerText()).toBe('Hire');
    await page.getByRole('button', { name: 'Discard' }).click();
  });

  it('counts in the singular when there is one', async () => {
    const { page } = panel;
    await panel.open('#/stories');
    await page.getByText(/^4 achievements, 1 failure, 1 board or volunteer\./).waitFor();
  });
});

describe('errors never blank the panel', () => {
  it('says what was not saved when the browser’s storage is full, and keeps what was typed', async () => {
    const { page } = panel;
    await panel.open(`#/interview/${seeded.interviewId}`);
    await page.locator('.question').first().waitFor();
    await page.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
    });
    const text = 'What would the board change first if it could?';
    await page.getByLabel('New question').fill(text);
    await page.getByRole('button', { name: 'Add question' }).click();
    await page
      .getByText("Not saved: your browser's storage for Dossier is full. Free space or export a backup.", {
        exact: true,
      })
      .waitFor();
    expect(await page.getByLabel('New question').inputValue()).toBe(text);
    // A quick action says so too, beside it.
    await page.getByRole('button', { name: 'Star question 1' }).click();
    await page
      .locator('.question')
      .first()
      .getByText(/^Not saved: your browser's storage/)
      .waitFor();
    await page.reload(); // the browser's own methods back
  });

  it('shows a view it cannot draw as a message with the way back', async () => {
    const { page } = panel;
    const company = make.company({ name: 'Corrupt Records Ltd' });
    const interview = make.interview(company.id, { role: 'Chief Executive Officer' });
    const person = make.person(company.id, { name: 'Ada Okafor', interviewIds: [interview.id] });
    // A row written by something other than this version of Dossier: no list of rounds.
    const { interviewIds: _, ...broken } = make.person(company.id, { name: 'Lee Park' });
    await seedDatabase(page, { companies: [company], interviews: [interview], people: [person, broken] });
    await panel.open(`#/interview/${interview.id}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Something went wrong showing this view.' });
    await alert.getByText('Something went wrong showing this view. Nothing you saved is lost.').waitFor();
    await alert.getByRole('button', { name: 'Try again' }).waitFor();
    await alert.getByRole('link', { name: 'Back to interviews' }).click();
    await page.getByRole('heading', { level: 1, name: 'Interviews' }).waitFor();
    await page.getByRole('link', { name: /Corrupt Records Ltd/ }).waitFor();
  });
});

describe('the demo', () => {
  it('deletes its temporary profile when stopped with Ctrl-C or a kill', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const temporary = mkdtempSync(join(tmpdir(), 'dossier-demo-signal-'));
      const demo = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--headless'], {
        cwd: projectRoot,
        env: { ...process.env, TMPDIR: temporary },
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((resolve) => demo.on('exit', (code) => resolve(code)));
      const profiles = () => readdirSync(temporary).filter((name) => name.startsWith('dossier-demo-'));
      // Stopped once the browser runs on its profile.
      await expect
        .poll(() => profiles().some((name) => existsSync(join(temporary, name, 'Default'))), {
          timeout: 60_000,
          interval: 200,
        })
        .toBe(true);
      demo.kill(signal);
      expect(await exited).not.toBe(0);
      const left = profiles();
      rmSync(temporary, { recursive: true, force: true });
      expect(left, signal).toEqual([]);
    }
  }, 150_000);
});
