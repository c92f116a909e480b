import { browser } from 'wxt/browser';
import { type captureProblems, captureSchema, type PendingCapture } from '@/lib/schema/capture';
import { pageReadingSchema } from '@/lib/schema/page-reading';

/** Pages no extension may read: the browser's own, extension stores, other extensions, PDFs. */
const restrictedUrl =
  /^(?:chrome|edge|about|brave|opera|vivaldi|moz-extension|chrome-extension|devtools|view-source|chrome-search|data|blob|javascript|file):|^https:\/\/(?:chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)|\.pdf(?:[?#]|$)/i;

/**
 * How long a page may take to answer. Its reading stops at a quarter of a second; a page that
 * is still loading, or whose own scripts keep it busy, can hold the injection back without end.
 */
export const CAPTURE_TIMEOUT_MS = 8_000;

export interface TabToCapture {
  id?: number;
  url?: string;
}

/**
 * Reads a tab with the extractor, injected only now and only into this tab. Needs the user's grant
 * for the tab (activeTab, from the toolbar button, the shortcut or a context menu) or for its site.
 */
export async function captureTab(
  tab: TabToCapture | undefined,
  now = Date.now(),
  options: { timeoutMs?: number; askForAccess?: boolean } = {},
): Promise<PendingCapture> {
  const timeoutMs = options.timeoutMs ?? CAPTURE_TIMEOUT_MS;
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
    const injection = browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/extractor.js'] });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const answer = await Promise.race([injection, timedOut]).finally(() => clearTimeout(timer));
    if (answer === 'timeout') {
      return failed(
        'timeout',
        `The page did not answer within ${timeoutMs / 1000} seconds: it may still be loading or busy. Wait for it to finish, then try again.`,
        url,
        now,
      );
    }
    const [result] = answer;
    // What comes back from a page is checked like any other input, and so is the capture made of it.
    const reading = pageReadingSchema.safeParse(result?.result);
    // The readers load on the first capture, not with the panel, whose first paint they would slow.
    const { readCapture } = await import('@/lib/extract');
    const parsed = reading.success ? captureSchema.safeParse(readCapture(reading.data)) : reading;
    if (!parsed.success) return failed('failed', 'The page gave back something Dossier cannot read.', url, now);
    const selection = reading.success ? reading.data.selection : undefined;
    return { status: 'captured', capture: parsed.data, at: now, ...(selection ? { selection } : {}) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/cannot access contents|must request permission|missing host permission|permission to access/i.test(message)) {
      // Without access the browser does not even tell the panel the page's address, so there is no
      // origin to ask for: the browser is asked to offer the user access to whatever site the tab shows.
      if (options.askForAccess && (await askForSiteAccess(tab.id))) {
        return {
          ...failed(
            'no-access',
            'Dossier may not read this site yet. The browser now offers it to you: choose Allow on the Dossier button in the toolbar (or in the extensions menu), and the capture starts at once. Or press Alt+Shift+S to let Dossier read just this page, once.',
            url,
            now,
          ),
          accessRequested: true,
        };
      }
      return failed(
        'no-access',
        'Dossier may read a tab only once you point it there: click the Dossier button in the toolbar while this tab is open (or press Alt+Shift+S, or right-click the page and choose Capture this page into Dossier). After that you can let Dossier read the site whenever you press Capture.',
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

/**
 * The active tab of the window the panel is in, for the panel's Capture button: where Dossier may not
 * read the site, the browser is asked to offer the user access to it.
 */
export async function captureWindowTab(windowId: number | undefined, now = Date.now()): Promise<PendingCapture> {
  const [tab] = await browser.tabs.query(
    windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId },
  );
  return captureTab(tab, now, { askForAccess: true });
}

/**
 * Asks the browser to offer the user access to the site open in a tab (Chrome 133+: shown on the
 * toolbar button and in the extensions menu). Only sites within the optional host permissions qualify.
 * False where the browser has no such request.
 */
async function askForSiteAccess(tabId: number): Promise<boolean> {
  const permissions = browser.permissions as typeof browser.permissions & {
    addHostAccessRequest?: (request: { tabId: number }) => Promise<void>;
  };
  if (typeof permissions.addHostAccessRequest !== 'function') return false;
  try {
    await permissions.addHostAccessRequest({ tabId });
    return true;
  } catch {
    return false;
  }
}

type FailedCapture = Extract<PendingCapture, { status: 'failed' }>;

/** A capture that did not happen, with what to tell the user (cut to what a pending capture holds). */
export function failed(
  problem: (typeof captureProblems)[number],
  message: string,
  url: string | undefined,
  at: number,
): FailedCapture {
  return { status: 'failed', problem, message: message.slice(0, 1_000), ...(url ? { url } : {}), at };
}
