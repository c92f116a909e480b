import { browser } from 'wxt/browser';
import { captureTab } from '@/lib/capture/capture-tab';
import { sendPendingCapture } from '@/lib/messages';
import { openPanel } from './side-panel';

const menus = [
  { id: 'capture-page', title: 'Capture this page into Dossier', contexts: ['page', 'action'] },
  { id: 'add-selection', title: 'Add selection to dossier', contexts: ['selection'] },
  { id: 'capture-link', title: 'Open and capture linked page', contexts: ['link'] },
] as const;

interface GestureTab {
  id?: number;
  url?: string;
  title?: string;
  windowId?: number;
}

/**
 * The gestures that grant Dossier one page (activeTab): its keyboard shortcut and its context menus.
 * Each opens the panel at once, while the gesture lasts, then hands it what was read.
 */
export function setUpCaptureGestures(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      for (const menu of menus)
        browser.contextMenus.create({ id: menu.id, title: menu.title, contexts: [...menu.contexts] });
    });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'capture-page') return;
    openPanel(tab?.windowId);
    void capture(tab);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const gestureTab = tab as GestureTab | undefined;
    if (info.menuItemId === 'capture-page') {
      openPanel(gestureTab?.windowId);
      void capture(gestureTab);
    } else if (info.menuItemId === 'add-selection' && info.selectionText) {
      openPanel(gestureTab?.windowId);
      void sendPendingCapture({
        status: 'selection',
        text: info.selectionText.slice(0, 20_000),
        url: info.pageUrl ?? gestureTab?.url ?? '',
        title: (gestureTab?.title ?? '').slice(0, 500),
        at: Date.now(),
      });
    } else if (info.menuItemId === 'capture-link' && info.linkUrl) {
      // A link is read in its own tab once it has loaded; Dossier never fetches a page itself.
      openPanel(gestureTab?.windowId);
      void captureLink(info.linkUrl, gestureTab?.windowId);
    }
  });
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
