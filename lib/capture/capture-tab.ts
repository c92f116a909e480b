import { browser } from 'wxt/browser';
import { type captureProblems, captureSchema, type PendingCapture } from '@/lib/schema/capture';

/** Pages no extension may read: the browser's own, extension stores, other extensions, PDFs. */
const restrictedUrl =
  /^(?:chrome|edge|about|brave|opera|vivaldi|moz-extension|chrome-extension|devtools|view-source|chrome-search|data|blob|javascript|file):|^https:\/\/(?:chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)|\.pdf(?:[?#]|$)/i;

export interface TabToCapture {
  id?: number;
  url?: string;
}

/**
 * Reads a tab with the extractor, injected only now and only into this tab. Needs the user's grant
 * for the tab (activeTab, from the toolbar button, the shortcut or a context menu) or for its site.
 */
export async function captureTab(tab: TabToCapture | undefined, now = Date.now()): Promise<PendingCapture> {
  if (tab?.id === undefined) return failed('no-tab', 'There is no page open to capture.', undefined, now);
  const url = tab.url;
  if (url && restrictedUrl.test(url)) {
    return failed(
      'restricted',
      'This page cannot be read: browsers keep their own pages, extension stores and PDF files out of reach of extensions.',
      url,
      now,
    );
  }
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/extractor.js'] });
    // What comes back from a page is checked like any other input.
    const parsed = captureSchema.safeParse(result?.result);
    if (!parsed.success) return failed('failed', 'The page gave back something Dossier cannot read.', url, now);
    return { status: 'captured', capture: parsed.data, at: now };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/cannot access contents|must request permission|missing host permission|permission to access/i.test(message)) {
      // Without access the browser does not even tell the panel the page's address.
      return failed(
        'no-access',
        'Dossier may not read this page yet. Press Alt+Shift+S, or right-click the page and choose Capture this page into Dossier: either lets Dossier read it. After that capture you can allow the site, so that this button reads it too.',
        url,
        now,
      );
    }
    if (/cannot be scripted|cannot access a chrome|error page|extensions gallery/i.test(message)) {
      return failed('restricted', 'This page cannot be read by extensions.', url, now);
    }
    return failed('failed', `The page could not be read: ${message}`, url, now);
  }
}

/** The active tab of the window the panel is in. */
export async function captureActiveTab(now = Date.now()): Promise<PendingCapture> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return captureTab(tab, now);
}

function failed(
  problem: (typeof captureProblems)[number],
  message: string,
  url: string | undefined,
  at: number,
): PendingCapture {
  return { status: 'failed', problem, message, ...(url ? { url } : {}), at };
}
