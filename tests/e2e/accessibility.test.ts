import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeBuildDir } from '@/scripts/build-extension';
import { demoDossier } from '@/scripts/demo-data';
import { launchInTemporaryProfile, type TemporaryExtension } from '@/scripts/launch-extension';
import { seedDatabase } from '@/scripts/seed-database';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let running: TemporaryExtension;
let page: Page;

beforeAll(async () => {
  running = await launchInTemporaryProfile(chromeBuildDir);
  page = await running.context.newPage();
  await page.goto(running.panelUrl);
  await seedDatabase(page, demoDossier());
  await page.reload();
});
afterAll(() => running.close());

/** axe-core's WCAG 2 A and AA violations on the page as it is drawn now, one line each. */
async function violations(): Promise<string[]> {
  // evaluate() is not subject to the extension page's CSP, so axe can run without being bundled.
  const results = await page.evaluate(`${axeSource};
    axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa'] }).then((r) =>
      r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
  return results as string[];
}

describe.each(['light', 'dark'] as const)('the side panel in the %s theme', (colorScheme) => {
  beforeAll(async () => {
    await page.emulateMedia({ colorScheme });
  });

  it('has no accessibility violations in the interview list', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.locator('.interview-card').first().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('has none in a dossier, with a delete confirmation open', async () => {
    await page.getByRole('link', { name: /Lumenfield Systems/ }).click();
    await page.locator('.question').first().waitFor();
    await page.getByRole('button', { name: 'Delete question 1' }).click();
    expect(await violations()).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('has none in the interview form showing its errors', async () => {
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Company').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.field.invalid').first().waitFor();
    expect(await violations()).toEqual([]);
    await page.getByRole('link', { name: 'Cancel' }).click();
  });
});
