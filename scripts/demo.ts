// `npm run demo`: builds Dossier, serves the fictional Lumenfield Systems site from 127.0.0.1, and opens
// a Chromium with the extension loaded and a demo interview in it. With --headless it saves screenshots
// of the side panel's views to demo-screenshots/ and exits.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { buildExtension, chromeBuildDir, projectRoot } from './build-extension';
import { demoDossier } from './demo-data';
import { findBrowser } from './find-browser';
import { hasDisplay } from './has-display';
import { launchExtension } from './launch-extension';
import { seedDatabase } from './seed-database';
import { serveStatic } from './serve-static';

const headless = process.argv.includes('--headless');
const shotsDir = join(projectRoot, 'demo-screenshots');

/** Said instead of Chromium's stack trace when a window cannot be opened. */
const noDisplayMessage =
  'No display to open Chromium on: run `npm run demo -- --headless` to save screenshots of the panel instead.';

/** What this run holds open, let go however the demo ends. */
let profile: string | undefined;
let browser: BrowserContext | undefined;
let site: { close(): Promise<void> } | undefined;

function removeProfile() {
  if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  profile = undefined;
}

async function shutDown() {
  await browser?.close().catch(() => {});
  browser = undefined;
  await site?.close().catch(() => {});
  site = undefined;
  removeProfile();
}

// Ctrl-C or a kill: the browser is closed and the temporary profile deleted before the process ends;
// on any other way out, the exit handler deletes what is left of the profile.
process.on('exit', removeProfile);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    void shutDown().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

async function main() {
  if (!headless && !hasDisplay()) {
    console.error(noDisplayMessage);
    process.exitCode = 2;
    return;
  }
  findBrowser(); // says what to install before any time is spent building
  console.log('Building the extension…');
  buildExtension('chrome');
  const served = await serveStatic(join(projectRoot, 'scripts/demo-site'));
  site = served;
  const { origin } = served;
  profile = mkdtempSync(join(tmpdir(), 'dossier-demo-'));
  const { context, panelUrl } = await launchExtension(chromeBuildDir, profile, { headless }).catch((error: unknown) => {
    // A display that is set but unusable (a stale DISPLAY, no X server running) fails the same way.
    if (!headless && /X server|\bDISPLAY\b|ozone|cannot open display/i.test(String(error))) {
      throw new Error(noDisplayMessage);
    }
    throw error;
  });
  browser = context;

  const panel = context.pages()[0] ?? (await context.newPage());
  await panel.goto(panelUrl);
  await seedDatabase(panel, demoDossier());
  await panel.reload();

  if (headless) {
    await takeScreenshots(panel);
  } else {
    const companyPage = await context.newPage();
    await companyPage.goto(`${origin}/leadership.html`);
    console.log(
      [
        '',
        'Dossier is running with a demo interview.',
        `  The side panel's page is open in a tab: ${panelUrl}`,
        '  Click the Dossier button in the toolbar (or press Alt+Shift+D) to open it as a side panel.',
        `  The fictional company's site: ${origin}/`,
        'Close the browser to end the demo.',
      ].join('\n'),
    );
    await new Promise((resolve) => context.on('close', resolve));
  }
  await shutDown();
}

async function takeScreenshots(panel: import('playwright-core').Page) {
  mkdirSync(shotsDir, { recursive: true });
  const shoot = async (name: string) => {
    await panel.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
    console.log(`  demo-screenshots/${name}.png`);
  };
  console.log('Saving screenshots of the side panel:');
  await panel.getByText('Lumenfield Systems').first().waitFor();
  await shoot('1-interviews');

  await panel.getByRole('link', { name: /Lumenfield Systems/ }).click();
  await panel.locator('.question').first().waitFor();
  await shoot('2-dossier');

  await panel.emulateMedia({ colorScheme: 'dark' });
  await shoot('3-dossier-dark');
  await panel.emulateMedia({ colorScheme: 'light' });

  await panel.getByRole('link', { name: 'Edit' }).click();
  await panel.getByLabel('Company').fill('');
  await panel.getByLabel('Date').fill('');
  await panel.getByLabel('Meeting link').fill('meet.example.com/no-scheme');
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await panel.locator('.field.invalid').first().waitFor();
  await shoot('4-form-errors');
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await shutDown();
  process.exit(1);
});
