import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { browserArgs, findBrowser } from './find-browser';

export interface RunningExtension {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://ID/sidepanel.html`, the side panel's page, opened in a tab. */
  panelUrl: string;
}

/** Starts the browser on a profile folder with the built extension loaded and waits for its service worker. */
export async function launchExtension(
  extensionDir: string,
  profileDir: string,
  options: { headless?: boolean } = {},
): Promise<RunningExtension> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findBrowser(),
    headless: options.headless ?? true,
    args: browserArgs(extensionDir),
    viewport: { width: 420, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, panelUrl: `chrome-extension://${extensionId}/sidepanel.html` };
}

export interface TemporaryExtension extends RunningExtension {
  /** Shuts the browser and deletes its profile. */
  close(): Promise<void>;
}

/** The same on a new, empty profile, for one run of tests or a benchmark. */
export async function launchInTemporaryProfile(extensionDir: string): Promise<TemporaryExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'dossier-profile-'));
  const running = await launchExtension(extensionDir, profile);
  return {
    ...running,
    async close() {
      await running.context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
