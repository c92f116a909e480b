// `npm run demo`: builds Dossier, serves the fictional Lumenfield Systems site from 127.0.0.1, and opens
// a Chromium with the extension loaded and a demo interview in it. With --headless it saves screenshots
// of the side panel's views to demo-screenshots/ and exits.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildExtension, chromeBuildDir, projectRoot } from './build-extension';
import { demoDossier } from './demo-data';
import { findBrowser } from './find-browser';
import { launchExtension } from './launch-extension';
import { seedDatabase } from './seed-database';
import { serveStatic } from './serve-static';

const headless = process.argv.includes('--headless');
const shotsDir = join(projectRoot, 'demo-screenshots');

async function main() {
  findBrowser(); // says what to install before any time is spent building
  console.log('Building the extension…');
  buildExtension('chrome');
  const site = await serveStatic(join(projectRoot, 'scripts/demo-site'));
  const profile = mkdtempSync(join(tmpdir(), 'dossier-demo-'));
  const { context, panelUrl } = await launchExtension(chromeBuildDir, profile, { headless });

  const panel = context.pages()[0] ?? (await context.newPage());
  await panel.goto(panelUrl);
  await seedDatabase(panel, demoDossier());
  await panel.reload();

  if (headless) {
    await takeScreenshots(panel);
  } else {
    const companyPage = await context.newPage();
    await companyPage.goto(`${site.origin}/leadership.html`);
    console.log(
      [
        '',
        'Dossier is running with a demo interview.',
        `  The side panel's page is open in a tab: ${panelUrl}`,
        '  Click the Dossier button in the toolbar (or press Alt+Shift+D) to open it as a side panel.',
        `  The fictional company's site: ${site.origin}/`,
        'Close the browser to end the demo.',
      ].join('\n'),
    );
    await new Promise((resolve) => context.on('close', resolve));
  }
  await context.close().catch(() => {});
  await site.close();
  rmSync(profile, { recursive: true, force: true });
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
