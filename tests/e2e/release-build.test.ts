import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeBuildDir, projectRoot } from '@/scripts/build-extension';
import { launchInTemporaryProfile, type TemporaryExtension } from '@/scripts/launch-extension';
import { serveStatic } from '@/scripts/serve-static';
import { SidePanel } from './side-panel';

// The build a user installs: no host permission at all, so the panel's button meets every site as a
// site it may not read yet.

let running: TemporaryExtension;
let site: Awaited<ReturnType<typeof serveStatic>>;
let panel: SidePanel;

beforeAll(async () => {
  site = await serveStatic(join(projectRoot, 'scripts/demo-site'));
  running = await launchInTemporaryProfile(chromeBuildDir);
  panel = new SidePanel(await running.context.newPage(), running.panelUrl);
  await panel.open();
});
afterAll(async () => {
  await running.close();
  await site.close();
});

describe('the release build', () => {
  it("asks for the site on the panel's first Capture click, says what happens next, and can be tried again", async () => {
    const page = await running.context.newPage();
    await page.goto(`${site.origin}/leadership.html`);
    await page.bringToFront();
    await panel.page.getByRole('button', { name: 'Capture this page' }).click();
    const problem = panel.page.locator('[role="alert"]');
    await problem.getByRole('heading', { name: 'Allow Dossier to read this site' }).waitFor();
    await problem.getByText(/choose Allow on the Dossier button in the toolbar/).waitFor();
    await problem.getByText(/Or press Alt\+Shift\+S to let Dossier read just this page, once/).waitFor();
    const tried = await problem.getByText(/^Tried at /).textContent();
    const retry = problem.getByRole('button', { name: 'Try again' });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await retry.click();
    // Trying again shows that it tried: the same message, at a later time.
    await expect.poll(() => problem.getByText(/^Tried at /).textContent()).not.toBe(tried);
    await expect.poll(() => retry.isEnabled()).toBe(true);
    await page.close();
  });

  it('has no door for the tests: the gesture handlers are not reachable from outside', async () => {
    const worker = running.context.serviceWorkers()[0] as Worker;
    expect(await worker.evaluate(() => typeof (globalThis as { dossierGestures?: unknown }).dossierGestures)).toBe(
      'undefined',
    );
  });

  it('says that the browser keeps its data, and how much it uses', async () => {
    await panel.open();
    await panel.page.locator('.storage-status').waitFor();
    expect(await panel.page.locator('.storage-status').textContent()).toMatch(
      /^Kept safely in this browser: it does not clear Dossier's data to free space\. [\d.]+ (bytes|KB|MB|GB) used\.$/,
    );
    await panel.page.screenshot({ path: join(projectRoot, '.output', 'release-list.png') });
    expect(panel.errors).toEqual([]);
  });
});
