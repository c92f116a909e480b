import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeE2eBuildDir } from '@/scripts/build-extension';
import { launchInTemporaryProfile, type TemporaryExtension } from '@/scripts/launch-extension';
import { SidePanel } from './side-panel';

// The shortcut and the context menus, as the background handles them, seen in the panel: automation
// cannot press a browser shortcut or click its menus, so the tests call the handlers those gestures call
// (exposed by the end-to-end build only) from the service worker.

declare const dossierGestures: {
  onCommand(command: string, tab: unknown): Promise<void>;
  onMenuClicked(info: object, tab: unknown): Promise<void>;
};
declare const chrome: { tabs: { query(query: object): Promise<{ id: number; url: string; windowId: number }[]> } };

const pages: Record<string, string> = {
  '/papercut/job': `<!doctype html><title>Senior DevOps Engineer - PaperCut</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Senior DevOps Engineer",
    "hiringOrganization":{"@type":"Organization","name":"PaperCut Software"},"description":"Run our platform."}</script>
    <h1>Senior DevOps Engineer</h1><h2>What you will do</h2><ul><li>Run our build platform.</li></ul>`,
  '/northwind/team': `<!doctype html><title>Leadership | Northwind Lumen</title><h1>Leadership</h1>
    <h2>Executive team</h2>
    <div class="member"><h3>Ada Okafor</h3><p>Chief Financial Officer</p></div>
    <div class="member"><h3>Lee Park</h3><p>Chief People Officer</p></div>
    <p>We light every warehouse with half the energy. <a href="/northwind/careers">Careers</a></p>`,
  '/northwind/board': `<!doctype html><title>Board | Northwind Lumen</title><h1>Board of directors</h1>
    <div class="member"><h3>Mia Roth</h3><p>Chair of the Board</p></div>
    <div class="member"><h3>Jon Bell</h3><p>Independent Director</p></div>`,
  '/northwind/gone': `<!doctype html><title>Page not found | Northwind Lumen</title><h1>Page not found</h1>
    <p>We light every warehouse with half the energy. Try the home page.</p>`,
  '/northwind/careers': `<!doctype html><title>Careers | Northwind Lumen</title><h1>Careers at Northwind Lumen</h1>
    <div class="member"><h3>Ada Okafor</h3><p>Chief Financial Officer</p></div>
    <div class="member"><h3>Lee Park</h3><p>Chief People Officer</p></div>`,
};

let server: Server;
let origin: string;
let running: TemporaryExtension;
let worker: Worker;
let panel: SidePanel;
let page: Page;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    // A page that never finishes loading: the head arrives, the rest never does.
    // A page whose own script keeps it busy for two seconds once loaded: the capture waits behind it.
    if (path === '/busy') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`${pages['/northwind/board']}
        <script>addEventListener('load', () => setTimeout(() => { const end = Date.now() + 2000; while (Date.now() < end); }, 50));</script>`);
      return;
    }
    if (path === '/stalled') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<!doctype html><title>Loading</title><h1>Still loading');
      return;
    }
    const body = pages[path];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  running = await launchInTemporaryProfile(chromeE2eBuildDir);
  worker = running.context.serviceWorkers()[0] as Worker;
  panel = new SidePanel(await running.context.newPage(), running.panelUrl);
  await panel.open();
  page = await running.context.newPage();
});
afterAll(async () => {
  await running.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Shows `path` in the tab beside the panel. */
async function show(path: string) {
  await page.goto(`${origin}${path}`, { waitUntil: path === '/stalled' ? 'commit' : 'load' });
  await page.bringToFront();
}

/** Presses the capture shortcut on the page shown, as the background receives it. */
function pressShortcut(path: string) {
  return worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await dossierGestures.onCommand('capture-page', tab);
  }, `${origin}${path}`);
}

function clickMenu(path: string, info: object) {
  return worker.evaluate(
    async ({ url, info }) => {
      const [tab] = await chrome.tabs.query({ url });
      await dossierGestures.onMenuClicked({ pageUrl: url, ...info }, tab);
    },
    { url: `${origin}${path}`, info },
  );
}

async function discardPending() {
  const discard = panel.page.getByRole('button', { name: 'Discard' });
  if (await discard.count()) await discard.first().click();
}

describe('every capture gesture reaches the preview', () => {
  it('opens the preview from the interview list when the shortcut is pressed', async () => {
    await show('/northwind/team');
    await pressShortcut('/northwind/team');
    const review = panel.page.locator('.capture-review');
    await review.getByRole('heading', { level: 1, name: 'Leadership | Northwind Lumen' }).waitFor();
    await review.locator('.person-found', { hasText: 'Ada Okafor' }).waitFor();
    await panel.page.getByRole('button', { name: 'Save to dossier' }).click();
    await panel.page.getByText('Saved to the dossier').waitFor();
  });

  it("opens the preview over a dossier from the page's context menu, and says when the page is another company's", async () => {
    await panel.page.getByRole('button', { name: 'Open the dossier' }).click();
    await panel.page.getByRole('heading', { level: 1, name: 'Northwind Lumen' }).waitFor();
    await show('/papercut/job');
    await clickMenu('/papercut/job', { menuItemId: 'capture-page' });
    const notice = panel.page.locator('.capture-review .notice');
    await notice.getByText('This page is about PaperCut Software, not Northwind Lumen').waitFor();
    // The default is the page's own company: a new interview there, not the dossier the user came from.
    expect(await panel.page.getByLabel('Save to').inputValue()).toBe('');
    await notice.getByRole('button', { name: /^Save to Northwind Lumen/ }).click();
    await expect.poll(() => panel.page.getByLabel('Save to').inputValue()).not.toBe('');
    await discardPending();
    await panel.page.getByText('Nothing captured yet').waitFor();
  });

  it('saves once on a double click: one new interview, not two', async () => {
    await show('/papercut/job');
    await pressShortcut('/papercut/job');
    await panel.page.locator('.capture-review').getByText('Senior DevOps Engineer').first().waitFor();
    await panel.page.getByRole('button', { name: 'Save to dossier' }).dblclick();
    await panel.page.getByText('Saved to the dossier').waitFor();
    await panel.open();
    await panel.page.locator('.interview-card').first().waitFor();
    expect(await panel.page.locator('.interview-card', { hasText: 'PaperCut Software' }).count()).toBe(1);
  });

  it('keeps a half-written story open when a selection arrives, and offers it instead', async () => {
    await panel.open('#/stories/new');
    await panel.page.getByLabel('Title').pressSequentially('Turned around the Lyon plant');
    await show('/northwind/team');
    await clickMenu('/northwind/team', { menuItemId: 'add-selection', selectionText: 'We light every warehouse' });
    const notice = panel.page.locator('.notice', { hasText: 'A selection from' });
    await notice.waitFor();
    expect(await panel.page.getByLabel('Title').inputValue()).toBe('Turned around the Lyon plant');
    await notice.getByText('It opens when you have saved or left this form.').waitFor();
    // Nothing there leads away from the draft: the preview opens once the story is saved.
    expect(await notice.getByRole('link').count()).toBe(0);
    await panel.page.getByRole('button', { name: 'Save story' }).click();
    const review = panel.page.locator('.capture-review');
    await review.getByText('We light every warehouse').waitFor();
    // The selection's page is Northwind's own site: its dossier is the default.
    await expect
      .poll(() => review.getByLabel('Save to').locator('option:checked').textContent())
      .toMatch(/^Northwind Lumen/);
    await discardPending();
  });

  it('opens a linked page and shows its preview', async () => {
    await panel.open();
    await show('/northwind/team');
    await clickMenu('/northwind/team', { menuItemId: 'capture-link', linkUrl: `${origin}/northwind/careers` });
    await panel.page.locator('.capture-review').getByRole('heading', { name: 'Careers | Northwind Lumen' }).waitFor();
    await discardPending();
  });

  it('gives up on a page that never finishes loading, says so, and lets the user try again', async () => {
    await panel.open();
    await show('/stalled');
    await panel.page.getByRole('button', { name: 'Capture this page' }).click();
    const problem = panel.page.locator('[role="alert"]');
    await problem.getByText(/did not answer within 8 seconds/).waitFor({ timeout: 20_000 });
    await expect.poll(() => problem.getByRole('button', { name: 'Try again' }).isEnabled()).toBe(true);
    await discardPending();
  });

  it('takes the last capture back with Undo: the people it brought are gone, the others stay', async () => {
    await panel.open();
    await show('/northwind/board');
    await pressShortcut('/northwind/board');
    await panel.page.locator('.capture-review .person-found', { hasText: 'Mia Roth' }).waitFor();
    await panel.page.getByRole('button', { name: 'Save to dossier' }).click();
    await panel.page.getByText('Saved to the dossier').waitFor();
    await panel.page.getByRole('button', { name: 'Undo' }).click();
    await panel.page.getByRole('heading', { name: 'Capture undone' }).waitFor();
    await panel.open();
    await panel.page.locator('.interview-card', { hasText: 'Northwind Lumen' }).click();
    await panel.page.locator('.person-card', { hasText: 'Ada Okafor' }).waitFor();
    expect(await panel.peopleNames()).not.toContain('Mia Roth');
    // The pages section lists the page captured before, and not the one taken back.
    const pages = panel.page.locator('#pages');
    await pages.getByRole('link', { name: 'Leadership | Northwind Lumen' }).waitFor();
    expect(await pages.getByRole('link', { name: 'Board | Northwind Lumen' }).count()).toBe(0);
    expect(panel.errors).toEqual([]);
  });

  it('takes a saved selection back with Undo', async () => {
    await panel.open();
    await show('/northwind/team');
    await clickMenu('/northwind/team', { menuItemId: 'add-selection', selectionText: 'Half the energy, everywhere' });
    const review = panel.page.locator('.capture-review');
    await review.getByText('Half the energy, everywhere').waitFor();
    await review.getByRole('button', { name: 'Save to dossier' }).click();
    await panel.page.getByRole('heading', { name: 'Selection saved' }).waitFor();
    await panel.page.getByRole('button', { name: 'Undo' }).click();
    await panel.page.getByRole('heading', { name: 'Selection removed' }).waitFor();
    await panel.page.getByRole('link', { name: 'Open the dossier' }).click();
    await panel.page.getByRole('heading', { level: 1, name: 'Northwind Lumen' }).waitFor();
    await panel.page.locator('.person-card', { hasText: 'Ada Okafor' }).waitFor();
    expect(await panel.page.getByText('Half the energy, everywhere').count()).toBe(0);
  });

  it('keeps the review open when a second capture arrives, and lists the new one to review next', async () => {
    await panel.open();
    await show('/northwind/team');
    await pressShortcut('/northwind/team');
    const review = panel.page.locator('.capture-review');
    await review.getByRole('heading', { level: 1, name: 'Leadership | Northwind Lumen' }).waitFor();
    await review.locator('.person-found', { hasText: 'Lee Park' }).getByRole('checkbox').check();
    await show('/northwind/board');
    await pressShortcut('/northwind/board');
    const waiting = panel.page.locator('.also-waiting');
    await waiting.getByText(/Team page: Board \| Northwind Lumen/).waitFor();
    // The review under way is untouched: its page, and the interviewer ticked.
    await review.getByRole('heading', { level: 1, name: 'Leadership | Northwind Lumen' }).waitFor();
    expect(await review.locator('.person-found', { hasText: 'Lee Park' }).getByRole('checkbox').isChecked()).toBe(true);
    await review.getByRole('button', { name: 'Save to dossier' }).click();
    await panel.page.getByRole('heading', { name: /^(?:Saved to the dossier|Capture updated)$/ }).waitFor();
    // After the save, the one that waits is one click away.
    await waiting.getByRole('button', { name: 'Review it' }).click();
    await review.getByRole('heading', { level: 1, name: 'Board | Northwind Lumen' }).waitFor();
    await review.getByRole('button', { name: 'Discard' }).click();
    await panel.page.getByText('Nothing captured yet').waitFor();
    // A discard is one click from undone: the review comes back as it was.
    await panel.page.getByText(/^Discarded: Team page: Board \| Northwind Lumen/).waitFor();
    await panel.page.getByRole('button', { name: 'Undo' }).click();
    await review.getByRole('heading', { level: 1, name: 'Board | Northwind Lumen' }).waitFor();
    await review.getByRole('button', { name: 'Discard' }).click();
    await panel.page.getByText('Nothing captured yet').waitFor();
  });

  it("keeps the Capture button's reading when the panel is closed before it ends", async () => {
    await panel.open();
    await show('/busy');
    await panel.page.getByRole('button', { name: 'Capture this page' }).click();
    await panel.page.getByRole('button', { name: 'Reading the page…' }).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await panel.page.close();
    // The page is still busy: the capture finishes in the background, with no panel open.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    panel = new SidePanel(await running.context.newPage(), running.panelUrl);
    await panel.open();
    await panel.page
      .locator('.capture-review')
      .getByRole('heading', { level: 1, name: 'Board | Northwind Lumen' })
      .waitFor();
    await panel.page.locator('.capture-review').getByRole('button', { name: 'Discard' }).click();
  });

  it('holds a capture back while the user is typing a question in the dossier, and says so', async () => {
    await panel.open();
    await panel.page.locator('.interview-card', { hasText: 'Northwind Lumen' }).click();
    await panel.page.getByLabel('New question').pressSequentially('What would make the first year a success');
    await show('/northwind/board');
    await pressShortcut('/northwind/board');
    const notice = panel.page.locator('.notice', { hasText: 'A capture of Board | Northwind Lumen waits' });
    await notice.getByText('It waits so that what you are typing is not lost').waitFor();
    expect(await panel.page.getByLabel('New question').inputValue()).toBe('What would make the first year a success');
    // The user decides: the review is one click away.
    await notice.getByRole('link', { name: 'Review it' }).click();
    await panel.page
      .locator('.capture-review')
      .getByRole('heading', { level: 1, name: 'Board | Northwind Lumen' })
      .waitFor();
  });

  it('keeps what was ticked on a review while another waiting capture is looked at', async () => {
    const review = panel.page.locator('.capture-review');
    await review.locator('.person-found', { hasText: 'Jon Bell' }).getByRole('checkbox').check();
    // A reload of the panel gives the tick back.
    await panel.page.reload();
    const jon = review.locator('.person-found', { hasText: 'Jon Bell' }).getByRole('checkbox');
    await jon.waitFor();
    await expect.poll(() => jon.isChecked()).toBe(true);
    await show('/northwind/careers');
    await pressShortcut('/northwind/careers');
    const waiting = panel.page.locator('.also-waiting');
    await waiting.getByRole('button', { name: 'Review it' }).click();
    await review.getByRole('heading', { level: 1, name: 'Careers | Northwind Lumen' }).waitFor();
    await waiting.getByRole('button', { name: 'Review it' }).click();
    await review.getByRole('heading', { level: 1, name: 'Board | Northwind Lumen' }).waitFor();
    expect(await review.locator('.person-found', { hasText: 'Jon Bell' }).getByRole('checkbox').isChecked()).toBe(true);
    await review.getByRole('button', { name: 'Discard' }).click();
    await review.getByRole('heading', { level: 1, name: 'Careers | Northwind Lumen' }).waitFor();
    await review.getByRole('button', { name: 'Discard' }).click();
    await panel.page.getByText('Nothing captured yet').waitFor();
  });

  it('says when a page gave nothing to keep, and an undone save stays undone when another capture comes and goes', async () => {
    await show('/northwind/gone');
    await pressShortcut('/northwind/gone');
    const review = panel.page.locator('.capture-review');
    await review.getByText('Dossier found no people, facts, posting or story on this page').waitFor();
    await show('/northwind/board');
    await pressShortcut('/northwind/board');
    await panel.page.locator('.also-waiting').getByRole('button', { name: 'Review it' }).click();
    await review.getByRole('heading', { level: 1, name: 'Board | Northwind Lumen' }).waitFor();
    await review.getByRole('button', { name: 'Save to dossier' }).click();
    await panel.page.getByRole('button', { name: 'Undo' }).click();
    await panel.page.getByRole('heading', { name: 'Capture undone' }).waitFor();
    // A capture that fails arrives, and is dismissed: the undone save does not come back as saved.
    await worker.evaluate(() => dossierGestures.onCommand('capture-page', { id: 99_999, url: 'chrome://settings/' }));
    const problem = panel.page.locator('[role="alert"]', { hasText: 'This page cannot be read' });
    await problem.waitFor();
    expect(await problem.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    await problem.getByRole('button', { name: 'Dismiss' }).click();
    await review.getByText('Dossier found no people, facts, posting or story on this page').waitFor();
    expect(await panel.page.getByText('Saved to the dossier').count()).toBe(0);
    await review.getByRole('button', { name: 'Discard' }).click();
    await panel.page.getByText('Nothing captured yet').waitFor();
    expect(await panel.page.getByRole('button', { name: 'Capture this page' }).count()).toBe(1);
  });
});
