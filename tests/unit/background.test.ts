import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { captureTab } from '@/lib/capture/capture-tab';
import { readPage } from '@/lib/extract';
import { clearPendingCapture, readPendingCaptures, restorePendingCapture, sendPendingCapture } from '@/lib/messages';
import type { PendingCapture } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Dossier',
    version: '1.2.3',
  });
});

/** The capture that arrived last. */
async function readPendingCapture() {
  return (await readPendingCaptures()).at(-1)?.pending;
}

/** A browser event the test can fire, for the APIs the fake browser leaves unimplemented. */
function fakeEvent<T extends unknown[]>() {
  const listeners: ((...args: T) => unknown)[] = [];
  return {
    addListener: (listener: (...args: T) => unknown) => listeners.push(listener),
    removeListener: () => {},
    fire: (...args: T) => listeners.map((listener) => listener(...args)),
  };
}

/** What the injected script hands back from a team page: the page read into plain data. */
const teamPage = htmlDocument(
  `<title>Team</title><h1>Our team</h1>
   <div><h3>Ada Okafor</h3><p>Chief Financial Officer</p></div>
   <div><h3>Ben Moreau</h3><p>Chief Operating Officer</p></div>`,
  'https://acme.example/team',
);
const pageReading = readPage(teamPage, 'https://acme.example/team');
const capturedPage = {
  url: 'https://acme.example/team',
  title: 'Team',
  kind: 'team',
  people: [
    { name: 'Ada Okafor', title: 'Chief Financial Officer' },
    { name: 'Ben Moreau', title: 'Chief Operating Officer' },
  ],
};

describe('background wiring', () => {
  let api: ReturnType<typeof stubApis>;
  function stubApis() {
    const stubs = {
      sidePanel: { setPanelBehavior: vi.fn(async () => {}), open: vi.fn(async () => {}) },
      contextMenus: { create: vi.fn(), removeAll: vi.fn(async () => {}), onClicked: fakeEvent<[object, object]>() },
      commands: { onCommand: fakeEvent<[string, object]>() },
      scripting: {
        // Injecting the extractor returns what it read from the page.
        executeScript: vi.fn(async (_injection: object) => [{ result: pageReading as unknown }]),
      },
    };
    Object.assign(fakeBrowser, stubs);
    return stubs;
  }
  beforeEach(() => {
    api = stubApis();
  });

  it("opens the side panel from the toolbar button's own click, the click that grants Dossier the tab", async () => {
    background.main();
    // Chrome's own handling of the click would open the panel without granting the tab.
    expect(api.sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    await fakeBrowser.action.onClicked.trigger({ id: 7, windowId: 3, index: 0 } as never);
    expect(api.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('adds its context menus on install: page and toolbar button, selection, link', async () => {
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(api.contextMenus.create).toHaveBeenCalledTimes(3));
    expect(api.contextMenus.create.mock.calls.map(([menu]) => [menu.id, menu.contexts])).toEqual([
      ['capture-page', ['page', 'action']],
      ['add-selection', ['selection']],
      ['capture-link', ['link']],
    ]);
  });

  it('captures the page on its keyboard shortcut: opens the panel first, then hands it the capture', async () => {
    background.main();
    api.commands.onCommand.fire('capture-page', { id: 7, windowId: 3, url: 'https://acme.example/team' });
    expect(api.sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
    await vi.waitFor(async () =>
      expect(await readPendingCapture()).toMatchObject({ status: 'captured', capture: capturedPage }),
    );
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/extractor.js'] });
  });

  it('keeps a selection from the page menu, and refuses to read a browser page', async () => {
    background.main();
    api.contextMenus.onClicked.fire(
      { menuItemId: 'add-selection', selectionText: 'We double our sites by 2030.', pageUrl: 'https://acme.example/' },
      { id: 7, windowId: 3, title: 'Acme' },
    );
    await vi.waitFor(async () =>
      expect(await readPendingCapture()).toMatchObject({
        status: 'selection',
        text: 'We double our sites by 2030.',
        title: 'Acme',
      }),
    );
    api.contextMenus.onClicked.fire({ menuItemId: 'capture-page' }, { id: 8, windowId: 3, url: 'chrome://settings/' });
    await vi.waitFor(async () =>
      expect(await readPendingCapture()).toMatchObject({ status: 'failed', problem: 'restricted' }),
    );
    // The selection still waits beside the failure.
    expect((await readPendingCaptures()).map(({ pending }) => pending.status)).toEqual(['selection', 'failed']);
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('opens a linked page in a tab and captures it once it has loaded', async () => {
    background.main();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    api.contextMenus.onClicked.fire(
      { menuItemId: 'capture-link', linkUrl: 'https://acme.example/team' },
      { id: 7, windowId: 3, url: 'https://news.example/' },
    );
    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith({ url: 'https://acme.example/team', active: true, windowId: 3 }),
    );
    const opened = await create.mock.results[0]?.value;
    expect(api.scripting.executeScript).not.toHaveBeenCalled(); // not before the page has loaded
    await fakeBrowser.tabs.onUpdated.trigger(opened.id, { status: 'complete' }, opened);
    await vi.waitFor(async () => expect(await readPendingCapture()).toMatchObject({ status: 'captured' }));
    expect(api.scripting.executeScript).toHaveBeenCalledWith({
      target: { tabId: opened.id },
      files: ['/extractor.js'],
    });
  });

  it('does not try to read a PDF', async () => {
    expect(await captureTab({ id: 9, url: 'https://acme.example/annual-report.pdf' })).toMatchObject({
      status: 'failed',
      problem: 'restricted',
    });
    expect(api.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('says when a page could not be read for want of access', async () => {
    api.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    expect(await captureTab({ id: 9 })).toMatchObject({ status: 'failed', problem: 'no-access' });
    api.scripting.executeScript.mockResolvedValueOnce([{ result: { kind: 'bogus' } }]);
    expect(await captureTab({ id: 9, url: 'https://acme.example/' })).toMatchObject({
      status: 'failed',
      message: 'The page gave back something Dossier cannot read.',
    });
  });

  it('gives up on a page that does not answer, with a message, instead of waiting for ever', async () => {
    api.scripting.executeScript.mockReturnValueOnce(new Promise(() => {}));
    const started = Date.now();
    expect(await captureTab({ id: 9, url: 'https://acme.example/' }, 1, { timeoutMs: 50 })).toMatchObject({
      status: 'failed',
      problem: 'timeout',
      message: expect.stringContaining('did not answer'),
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("asks the browser to offer the site to the user when the panel's button may not read it", async () => {
    const addHostAccessRequest = vi.fn(async (_request: object) => {});
    Object.assign(fakeBrowser.permissions, { addHostAccessRequest });
    api.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect(await captureTab({ id: 9 }, 1, { askForAccess: true })).toMatchObject({
      problem: 'no-access',
      accessRequested: true,
      message: expect.stringContaining('choose Allow on the Dossier button'),
    });
    expect(addHostAccessRequest).toHaveBeenCalledWith({ tabId: 9 });
    // A gesture's own capture (shortcut, menu) never asks: it has the page already, or says why not.
    addHostAccessRequest.mockClear();
    expect(await captureTab({ id: 9 })).not.toHaveProperty('accessRequested');
    expect(addHostAccessRequest).not.toHaveBeenCalled();
  });

  it("reads the page for the panel's Capture button in the background, so it waits for review even if the panel closes", async () => {
    background.main();
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockImplementation(async () => [{ id: 7, windowId: 3, url: 'https://acme.example/team' }] as never);
    // The panel's message, as it sends it; nobody waits for the answer once the panel is gone.
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'capture-active-tab', windowId: 3 },
      {},
      () => {},
    );
    await Promise.all(answers);
    expect(query).toHaveBeenCalledWith({ active: true, windowId: 3 });
    expect(await readPendingCapture()).toMatchObject({ status: 'captured', capture: capturedPage });
    // Any other message is not Dossier's to answer.
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'something-else' }, {}, () => {})).toEqual([undefined]);
  });
});

describe('captures waiting for review', () => {
  const capture = (url: string, at: number): PendingCapture => ({
    status: 'captured',
    capture: {
      url,
      title: url,
      kind: 'team',
      partial: false,
      people: [],
      culture: { words: 0, wePerThousand: 0, iPerThousand: 0, youPerThousand: 0, valuesWords: [] },
      facts: [],
    },
    at,
  });
  const waitingUrls = async () =>
    (await readPendingCaptures()).map(({ pending }) =>
      pending.status === 'captured' ? pending.capture.url : `${pending.status}:${pending.url ?? ''}`,
    );

  it('keeps a second capture beside an unsaved one, oldest first', async () => {
    await sendPendingCapture(capture('https://acme.example/team', 1));
    await sendPendingCapture(capture('https://acme.example/board', 2));
    expect(await waitingUrls()).toEqual(['https://acme.example/team', 'https://acme.example/board']);
  });

  it('replaces a waiting capture of the same page, and any earlier failure, with the new reading', async () => {
    await sendPendingCapture({
      status: 'failed',
      problem: 'timeout',
      message: 'Slow',
      url: 'https://acme.example/',
      at: 1,
    });
    await sendPendingCapture(capture('https://acme.example/team', 2));
    await sendPendingCapture({
      status: 'failed',
      problem: 'restricted',
      message: 'No',
      url: 'chrome://settings/',
      at: 3,
    });
    await sendPendingCapture(capture('https://acme.example/team', 4));
    expect(await waitingUrls()).toEqual(['https://acme.example/team']);
    expect((await readPendingCaptures()).at(-1)?.pending.at).toBe(4);
  });

  it('adds up selections, even from one page', async () => {
    const selection = (text: string, at: number) =>
      ({ status: 'selection', text, url: 'https://acme.example/', title: 'Acme', at }) as const;
    await sendPendingCapture(selection('We double our sites by 2030.', 1));
    await sendPendingCapture(selection('Founded in Lyon in 1998.', 2));
    expect((await readPendingCaptures()).map(({ pending }) => pending.status === 'selection' && pending.text)).toEqual([
      'We double our sites by 2030.',
      'Founded in Lyon in 1998.',
    ]);
  });

  it("puts a discarded capture back under its key, unless the page's newer reading waits", async () => {
    await sendPendingCapture(capture('https://acme.example/team', 1));
    const [discarded] = await readPendingCaptures();
    if (!discarded) throw new Error('Nothing waits');
    await clearPendingCapture(discarded.key);
    await restorePendingCapture(discarded);
    expect(await readPendingCaptures()).toEqual([discarded]);

    await clearPendingCapture(discarded.key);
    await sendPendingCapture(capture('https://acme.example/team', 5));
    await restorePendingCapture(discarded);
    expect((await readPendingCaptures()).map(({ pending }) => pending.at)).toEqual([5]);
  });

  it('keeps the text selected on a captured page as a selection beside the page', async () => {
    const page = capture('https://acme.example/team', 1);
    if (page.status !== 'captured') throw new Error('Not a page capture');
    await sendPendingCapture({ ...page, selection: 'We light every warehouse.' });
    const waiting = await readPendingCaptures();
    // The page is the newest, reviewed first; the selection waits beside it.
    expect(waiting.map(({ pending }) => pending.status)).toEqual(['selection', 'captured']);
    expect(waiting[1]?.pending).not.toHaveProperty('selection');
    expect(waiting[0]?.pending).toMatchObject({ text: 'We light every warehouse.', url: 'https://acme.example/team' });
  });

  it('ignores what it cannot read back', async () => {
    await fakeBrowser.storage.session.set({ 'pendingCapture:1:x': { status: 'captured' }, unrelated: 1 });
    await sendPendingCapture(capture('https://acme.example/team', 2));
    expect(await waitingUrls()).toEqual(['https://acme.example/team']);
  });
});
