import { browser } from 'wxt/browser';
import { captureTab, captureWindowTab } from '@/lib/capture/capture-tab';
import { parseCaptureRequest, sendPendingCapture } from '@/lib/messages';
import { openPanel } from './side-panel';

const menus = [
  { id: 'capture-page', title: 'Capture this page into Dossier', contexts: ['page', 'action'] },
  { id: 'add-selection', title: 'Add selection to dossier', contexts: ['selection'] },
  { id: 'capture-link', title: 'Open and capture linked page', contexts: ['link'] },
] as const;

export interface GestureTab {
  id?: number;
  url?: string;
  title?: string;
  windowId?: number;
}

/**
 * The gestures that grant Dossier one page (activeTab): its keyboard shortcut and its context menus.
 * Each opens the panel at once, while the gesture lasts, then hands it what was read. And the panel's
 * Capture button, whose reading is done here so that it is kept even if the panel closes meanwhile.
 */
export function setUpCaptureGestures(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      for (const menu of menus)
        browser.contextMenus.create({ id: menu.id, title: menu.title, contexts: [...menu.contexts] });
    });
  });

  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab as GestureTab | undefined));
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = parseCaptureRequest(message);
    // Answered once the capture waits for review; any other message is not Dossier's to answer.
    return request ? onCaptureRequest(request.windowId) : undefined;
  });
}

/** The panel's Capture button, for the tab open beside the panel in its window. */
export async function onCaptureRequest(windowId: number | undefined): Promise<void> {
  await sendPendingCapture(await captureWindowTab(windowId));
}

/** The capture shortcut. */
export async function onCommand(command: string, tab: GestureTab | undefined): Promise<void> {
  if (command !== 'capture-page') return;
  openPanel(tab?.windowId);
  await capture(tab);
}

/** A click on one of Dossier's context menus. */
export async function onMenuClicked(
  info: { menuItemId: string | number; selectionText?: string; linkUrl?: string; pageUrl?: string },
  tab: GestureTab | undefined,
): Promise<void> {
  if (info.menuItemId === 'capture-page') {
    openPanel(tab?.windowId);
    await capture(tab);
  } else if (info.menuItemId === 'add-selection' && info.selectionText) {
    openPanel(tab?.windowId);
    await sendPendingCapture({
      status: 'selection',
      text: info.selectionText.slice(0, 20_000),
      url: info.pageUrl ?? tab?.url ?? '',
      title: (tab?.title ?? '').slice(0, 500),
      at: Date.now(),
    });
  } else if (info.menuItemId === 'capture-link' && info.linkUrl) {
    // A link is read in its own tab once it has loaded; Dossier never fetches a page itself.
    openPanel(tab?.windowId);
    await captureLink(info.linkUrl, tab?.windowId);
  }
}

async function capture(tab: GestureTab | undefined): Promise<void> {
  await sendPendingCapture(await captureTab(tab));
}

async function captureLink(url: string, windowId: number | undefined): Promise<void> {
  const opened = await browser.tabs.create({ url, active: true, ...(windowId !== undefined ? { windowId } : {}) });
  const tabId = opened.id;
  if (tabId === undefined) return;
  const loaded = new Promise<void>((resolve) => {
    const listener = (id: number, change: { status?: string }) => {
      if (id !== tabId || change.status !== 'complete') return;
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    browser.tabs.onUpdated.addListener(listener);
  });
  await loaded;
  // activeTab does not reach a tab opened afterwards: this works where the user allowed the site.
  await capture({ id: tabId, url });
}
