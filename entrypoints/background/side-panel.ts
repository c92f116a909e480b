import { browser } from 'wxt/browser';

// WXT types `browser` after Chrome's API, which has no sidebarAction: Firefox's is declared here.
type FirefoxBrowser = typeof browser & { sidebarAction: { toggle(): Promise<void>; open(): Promise<void> } };

/**
 * The toolbar button (and its keyboard shortcut, `_execute_action`) opens the panel. It is opened from
 * the button's own click event rather than by Chrome's openPanelOnActionClick: only a click that reaches
 * the extension grants it the tab (activeTab), so the panel's Capture button can read the page the panel
 * was opened over, on any site, without a permission for the site.
 */
export function setUpSidePanel(): void {
  if (import.meta.env.FIREFOX) {
    (browser.action ?? browser.browserAction).onClicked.addListener(() => {
      void (browser as FirefoxBrowser).sidebarAction.toggle();
    });
    return;
  }
  // Set on every start, so that a profile that kept the older behaviour does not swallow the click.
  browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch((error: unknown) => {
    console.error('Dossier could not set the side panel behaviour.', error);
  });
  browser.action.onClicked.addListener((tab) => openPanel(tab.windowId));
}

/**
 * Opens the panel in a window. Only allowed while the user's gesture lasts: call it first, before
 * anything is awaited.
 */
export function openPanel(windowId: number | undefined): void {
  if (import.meta.env.FIREFOX) {
    void (browser as FirefoxBrowser).sidebarAction.open().catch(() => {});
    return;
  }
  if (windowId === undefined) return;
  browser.sidePanel.open({ windowId }).catch((error: unknown) => {
    console.error('Dossier could not open the side panel.', error);
  });
}
