import { browser } from 'wxt/browser';

// WXT types `browser` after Chrome's API, which has no sidebarAction: Firefox's is declared here.
type FirefoxBrowser = typeof browser & { sidebarAction: { toggle(): Promise<void>; open(): Promise<void> } };

/**
 * The toolbar button (and its keyboard shortcut, `_execute_action`) opens the panel. Chrome remembers the
 * behaviour, but it is set on every start so that an update cannot leave the button dead.
 */
export function setUpSidePanel(): void {
  if (import.meta.env.FIREFOX) {
    (browser.action ?? browser.browserAction).onClicked.addListener(() => {
      void (browser as FirefoxBrowser).sidebarAction.toggle();
    });
    return;
  }
  browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.error('Dossier could not set the side panel to open from the toolbar button.', error);
  });
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
