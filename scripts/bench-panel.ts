// `npm run bench:panel`: the side panel against years of data, in Chromium. Seeds 200 interviews, 2,000
// people, 5,000 facts, 1,000 questions and 300 stories, then measures, over repeated runs, the time from
// opening the panel's page to the interview list drawn, and from a click on an interview to its dossier
// drawn (people and questions on screen). Budget: both medians under 150 ms. Then, with 1,000 stories,
// each keystroke in the story search: the work it costs before the browser may draw (budget: one frame,
// 16 ms, at the 95th percentile), to the next frame drawn (which adds the wait for the display's next
// refresh, up to 16.7 ms) and to the filtered list shown. A blank page of the extension's own origin,
// opened the same way in the same run, is the floor the list and dossier are compared with; capture is
// timed from the panel's button and from the shortcut's handler to the preview. Last, the story editor
// holding a 150,000-character story: each keystroke typed at the end of its longest field, the work it
// costs before the browser may draw (budget: one frame, 16 ms, at the 95th percentile) and to the next
// frame drawn.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Worker } from 'playwright-core';
import * as make from '@/tests/factories';
import fixtureStories from '@/tests/fixtures/matching/stories.json';
import { largeDataset } from './bench-data';
import { buildExtension, chromeBuildDir, chromeE2eBuildDir, projectRoot } from './build-extension';
import { findBrowser } from './find-browser';
import { launchInTemporaryProfile } from './launch-extension';
import { seedDatabase } from './seed-database';
import { serveStatic } from './serve-static';

// What the code passed to evaluate sees in the extension's pages and its end-to-end service worker.
declare const chrome: {
  storage: { session: { remove(key: string): Promise<void> } };
  tabs: { query(query: object): Promise<unknown[]> };
};
declare const dossierGestures: { onCommand(command: string, tab: unknown): Promise<void> };

const RUNS = 21;
const BUDGET_MS = 150;
/** One frame at 60 Hz: typing in a search must never take longer. */
const FRAME_MS = 16;
/** Typed key by key at the end of the long story's situation. */
const editorTyping = ' We cut lead time by 38 % in two quarters, with the leads.';
/** A story as long as the longest a person pastes in: the whole of several reports. */
const LONG_STORY_CHARS = 150_000;
const searchQueries = ['supply chain', 'board 2019', 'culture', 'cost', 'ransomware', 'failed launch'];

/** Stories with varied words, so each keystroke changes what the search shows. */
function bankStory(index: number) {
  const fixture = fixtureStories[index % fixtureStories.length] as (typeof fixtureStories)[number];
  return make.story({
    title: `${fixture.title} ${index}`,
    hook: fixture.hook,
    situation: fixture.situation,
    challenge: fixture.challenge,
    action: fixture.action,
    result: fixture.result,
    lesson: fixture.lesson,
    kind: fixture.kind as 'achievement',
    competencies: fixture.competencies,
    period: String(2005 + (index % 20)),
  });
}

// Runs in the page from its first byte: notes when the list first shows an interview, after that frame.
function markListDrawn() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.interview-card')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => Object.assign(window, { listDrawnAt: performance.now() })));
  });
  observer.observe(document, { childList: true, subtree: true });
}

// The floor: a blank page of the extension's own origin, noted drawn the same way.
function markBlankDrawn() {
  document.addEventListener('DOMContentLoaded', () => {
    requestAnimationFrame(() => setTimeout(() => Object.assign(window, { blankDrawnAt: performance.now() })));
  });
}

async function main() {
  findBrowser(); // says what to install before any time is spent building
  buildExtension('chrome');
  const running = await launchInTemporaryProfile(chromeBuildDir);
  const { context, panelUrl } = running;
  const page = await context.newPage();
  await page.goto(panelUrl);
  const data = largeDataset();
  await seedDatabase(page, data);
  await page.addInitScript(markListDrawn);

  console.error('measuring: interview list…');
  const listTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await page.reload();
    await page.waitForFunction(() => 'listDrawnAt' in window, undefined, { timeout: 30_000 });
    listTimes.push(await page.evaluate(() => (window as unknown as { listDrawnAt: number }).listDrawnAt));
  }

  console.error('measuring: a blank extension page, the floor…');
  const blankUrl = await page.evaluate(() =>
    URL.createObjectURL(new Blob(['<!doctype html><title>Blank</title><p>Blank</p>'], { type: 'text/html' })),
  );
  const floorPage = await context.newPage();
  await floorPage.goto(panelUrl);
  await floorPage.addInitScript(markBlankDrawn);
  const floorTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // From the extension's own page: the browser lets a page open a blob of its origin, not the automation.
    await floorPage.evaluate((url) => {
      // The mark of the page being left must not be read for the new one's.
      delete (window as { blankDrawnAt?: number }).blankDrawnAt;
      window.location.assign(url);
    }, blankUrl);
    await floorPage.waitForFunction(() => 'blankDrawnAt' in window, undefined, { timeout: 30_000 });
    floorTimes.push(await floorPage.evaluate(() => (window as unknown as { blankDrawnAt: number }).blankDrawnAt));
  }
  await floorPage.close();

  // Interviews the list shows (upcoming or not yet scheduled) whose dossier has people and questions.
  const withPeople = new Set(data.people.flatMap((person) => person.interviewIds));
  const targets = data.interviews
    .filter((interview) => withPeople.has(interview.id) && interview.status !== 'completed')
    .slice(0, RUNS);
  console.error('measuring: dossier…');
  const dossierTimes: number[] = [];
  for (const interview of targets) {
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.reload();
    await page.waitForFunction(() => 'listDrawnAt' in window);
    dossierTimes.push(
      await page.evaluate(async (id) => {
        const link = document.querySelector<HTMLAnchorElement>(`a[href="#/interview/${encodeURIComponent(id)}"]`);
        if (!link) throw new Error(`No link to interview ${id} in the list`);
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const start = performance.now();
        link.click();
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!document.querySelector('.dossier .person-card') || !document.querySelector('.dossier .question'))
              return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document.body, { childList: true, subtree: true });
        });
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return performance.now() - start;
      }, interview.id),
    );
  }
  // The story bank at 1,000 stories: each keystroke in its search, to the next frame (the typing
  // itself) and to the filtered list on screen.
  const extraStories = Array.from({ length: 1_000 - data.stories.length }, (_, index) => bankStory(index));
  console.error('measuring: story search…');
  await seedDatabase(page, { stories: extraStories });
  await page.evaluate(() => {
    window.location.hash = '#/stories';
  });
  await page.reload();
  await page.getByLabel('Search stories').waitFor();
  await page.locator('.story-card').first().waitFor();
  const keystrokeWork: number[] = [];
  const keystrokeFrames: number[] = [];
  const keystrokeResults: number[] = [];
  for (const query of searchQueries) {
    await page.getByLabel('Search stories').fill('');
    await page.locator('.story-card').first().waitFor();
    await page.getByLabel('Search stories').focus();
    for (const character of query) {
      const measured = await timeKeystroke(page, character, '.story-bank .results');
      keystrokeWork.push(measured.handled);
      keystrokeFrames.push(measured.frame);
      keystrokeResults.push(measured.shown ?? Number.NaN);
    }
  }
  const editorKeystrokes = await measureEditorTyping(page);
  await running.close();
  const capture = await measureCapture();

  const html = readFileSync(join(chromeBuildDir, 'sidepanel.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="\/([^"]+\.js)"/g)].map((match) => match[1] ?? '');
  const initialKb =
    scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(chromeBuildDir, file))).length, 0) / 1024;

  const rows = [
    ['blank extension page drawn (the floor)', floorTimes, undefined],
    ['panel opened → interview list drawn', listTimes, BUDGET_MS],
    ['interview clicked → dossier drawn', dossierTimes, BUDGET_MS],
    ['story search keystroke handled', keystrokeWork, FRAME_MS],
    ['story search keystroke → next frame', keystrokeFrames, undefined],
    ['story search keystroke → list updated', keystrokeResults, undefined],
    [`editor keystroke, ${LONG_STORY_CHARS / 1000}k story, handled`, editorKeystrokes.work, FRAME_MS],
    ['editor keystroke → next frame', editorKeystrokes.frames, undefined],
    ['Capture clicked → preview shown', capture.click, undefined],
    ['shortcut in the background → preview', capture.gesture, undefined],
  ] as const;
  console.log(
    `\nSide panel, ${data.interviews.length} interviews, ${data.people.length} people, ${data.facts.length} facts,`,
  );
  console.log(`${data.questions.length} questions, ${data.stories.length} stories; ${RUNS} runs each, in Chromium.\n`);
  console.log(`${'measure'.padEnd(40)}${'median'.padStart(10)}${'p95'.padStart(10)}${'budget'.padStart(10)}`);
  let withinBudget = true;
  for (const [name, times, budget] of rows) {
    const median = percentile(times, 50);
    if (budget) withinBudget &&= median < budget;
    console.log(
      `${name.padEnd(40)}${`${median.toFixed(1)} ms`.padStart(10)}${`${percentile(times, 95).toFixed(1)} ms`.padStart(10)}${(budget ? `${budget} ms` : '').padStart(10)}`,
    );
  }
  const floor = percentile(floorTimes, 50);
  console.log(
    `\nagainst the floor (medians): list ×${(percentile(listTimes, 50) / floor).toFixed(1)}, dossier click ×${(percentile(dossierTimes, 50) / floor).toFixed(1)}`,
  );
  // Typing must never drop a frame, so its budget holds for nearly every keystroke, not half of them.
  withinBudget &&= percentile(keystrokeWork, 95) < FRAME_MS;
  withinBudget &&= percentile(editorKeystrokes.work, 95) < FRAME_MS;
  console.log(`\nside panel initial JavaScript: ${initialKb.toFixed(1)} KB gzipped (budget 150 KB)`);
  withinBudget &&= initialKb < 150;
  console.log(
    JSON.stringify({
      floorMedianMs: round(floor),
      listMedianMs: round(percentile(listTimes, 50)),
      dossierMedianMs: round(percentile(dossierTimes, 50)),
      storyKeystrokeHandledMedianMs: round(percentile(keystrokeWork, 50)),
      storyKeystrokeHandledP95Ms: round(percentile(keystrokeWork, 95)),
      storyKeystrokeFrameMedianMs: round(percentile(keystrokeFrames, 50)),
      storyKeystrokeListMedianMs: round(percentile(keystrokeResults, 50)),
      editorKeystrokeHandledMedianMs: round(percentile(editorKeystrokes.work, 50)),
      editorKeystrokeHandledP95Ms: round(percentile(editorKeystrokes.work, 95)),
      editorKeystrokeFrameMedianMs: round(percentile(editorKeystrokes.frames, 50)),
      captureClickMedianMs: round(percentile(capture.click, 50)),
      captureGestureMedianMs: round(percentile(capture.gesture, 50)),
      initialJsKbGzip: round(initialKb),
      withinBudget,
    }),
  );
  if (!withinBudget) process.exitCode = 1;
}

/**
 * The story editor with a 150,000-character story: each keystroke at the end of its situation, from the
 * key pressed to the input handled with style and layout done (the work before the next frame may be
 * drawn), and to the next frame.
 */
async function measureEditorTyping(page: Page): Promise<{ work: number[]; frames: number[] }> {
  console.error('measuring: typing in the story editor…');
  const paragraphs = fixtureStories.map((item) => [item.situation, item.challenge, item.action].join(' '));
  let situation = '';
  for (let index = 0; situation.length < LONG_STORY_CHARS; index++) {
    situation += `${paragraphs[index % paragraphs.length]}\n\n`;
  }
  const long = make.story({ title: 'A very long story', situation: situation.slice(0, LONG_STORY_CHARS) });
  await seedDatabase(page, { stories: [long] });
  await page.evaluate((id) => {
    window.location.hash = `#/stories/${id}`;
  }, long.id);
  await page.reload();
  const box = page.getByLabel('Situation');
  await box.waitFor();
  await box.focus();
  await page.keyboard.press('Control+End');
  // Let the coaching of the opened story settle, as it would before a person starts typing.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const work: number[] = [];
  const frames: number[] = [];
  for (const character of editorTyping) {
    const measured = await timeKeystroke(page, character);
    work.push(measured.handled);
    frames.push(measured.frame);
  }
  const typed = await box.inputValue();
  if (!typed.endsWith(editorTyping)) throw new Error('The story editor did not keep what was typed');
  return { work, frames };
}

/**
 * One keystroke, timed in the page: from the key pressed to the input handled with style and layout done
 * (the work before the next frame may be drawn), to the next frame, and, given a results region that is
 * aria-busy while it catches up, to the results shown.
 */
async function timeKeystroke(
  page: Page,
  character: string,
  resultsSelector?: string,
): Promise<{ handled: number; frame: number; shown?: number }> {
  // Written as a string: tsx would wrap named functions in a helper the page does not have.
  // The listener is in place before the key is pressed; the result is read back once complete.
  await page.evaluate(`(() => {
    window.keyResult = undefined;
    const resultsSelector = ${JSON.stringify(resultsSelector ?? null)};
    const result = {};
    const finish = () => {
      if (result.handled !== undefined && result.frame !== undefined && (!resultsSelector || result.shown !== undefined)) window.keyResult = result;
    };
    let keyAt = 0;
    document.addEventListener('keydown', () => {
      keyAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => { result.frame = performance.now() - keyAt; finish(); }));
      if (!resultsSelector) return;
      // The results region is busy from the keystroke until it shows what was typed.
      const results = document.querySelector(resultsSelector);
      const observer = new MutationObserver(() => {
        if (results.getAttribute('aria-busy') !== 'false') return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => { result.shown = performance.now() - keyAt; finish(); }));
      });
      observer.observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
    }, { once: true, capture: true });
    // The input event reaches the window after React has rendered the keystroke; style and layout are
    // forced here so the measure holds all the work the next frame needs (paint aside).
    window.addEventListener('input', () => {
      void document.body.offsetHeight;
      result.handled = performance.now() - keyAt;
      finish();
    }, { once: true });
  })()`);
  await page.keyboard.press(character === ' ' ? 'Space' : character);
  // Polled from here: the page's CSP forbids the string functions waitForFunction would need.
  let measured: { handled: number; frame: number; shown?: number } | undefined;
  while (!measured) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    measured = (await page.evaluate('window.keyResult')) as typeof measured;
  }
  return measured;
}

/**
 * Capture, timed in the end-to-end build (the release build may read no page without a real click):
 * from the panel's Capture click, and from the shortcut's handler in the background, to the preview in
 * the panel's document. The panel is a background tab here, so paint cannot be awaited: it is the
 * document that is timed.
 */
async function measureCapture(): Promise<{ click: number[]; gesture: number[] }> {
  console.error('measuring: capture, in the end-to-end build…');
  buildExtension('chrome', { e2e: true });
  const site = await serveStatic(join(projectRoot, 'scripts/demo-site'));
  const running = await launchInTemporaryProfile(chromeE2eBuildDir);
  const worker = running.context.serviceWorkers()[0] as Worker;
  const panel = await running.context.newPage();
  const target = await running.context.newPage();
  const url = `${site.origin}/leadership.html`;
  await target.goto(url);
  const click: number[] = [];
  const gesture: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const [times, byGesture] of [
      [click, false],
      [gesture, true],
    ] as const) {
      await panel.goto(`${running.panelUrl}#/`);
      await panel.evaluate(() => chrome.storage.session.remove('pendingCapture'));
      await panel.reload();
      await panel.getByRole('button', { name: 'Capture this page' }).waitFor();
      await target.bringToFront();
      const shown = panel.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const observer = new MutationObserver(() => {
              if (!document.querySelector('.capture-review h1')) return;
              observer.disconnect();
              resolve(Date.now());
            });
            observer.observe(document.body, { childList: true, subtree: true });
          }),
      );
      const started = byGesture
        ? await worker.evaluate(async (pageUrl) => {
            const [tab] = await chrome.tabs.query({ url: pageUrl });
            const at = Date.now();
            void dossierGestures.onCommand('capture-page', tab);
            return at;
          }, url)
        : await panel.evaluate(() => {
            const button = [...document.querySelectorAll('button')].find(
              (item) => item.textContent === 'Capture this page',
            );
            const at = Date.now();
            button?.click();
            return at;
          });
      times.push((await shown) - started);
    }
  }
  await running.close();
  await site.close();
  return { click, gesture };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const round = (value: number) => Math.round(value * 10) / 10;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
