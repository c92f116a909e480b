import { join } from 'node:path';
import type { Request, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeE2eBuildDir, projectRoot } from '@/scripts/build-extension';
import { launchInTemporaryProfile, type TemporaryExtension } from '@/scripts/launch-extension';
import { serveStatic } from '@/scripts/serve-static';
import { SidePanel } from './side-panel';

// "No network request leaves the extension" (PRODUCT.md): every request the extension's own pages and
// its service worker make, through a whole session, is recorded; only the extension's own files may be.

let running: TemporaryExtension;
let site: Awaited<ReturnType<typeof serveStatic>>;
const extensionRequests: string[] = [];

function fromExtension(request: Request): boolean {
  if (request.serviceWorker()) return true;
  try {
    return request.frame().page()?.url().startsWith('chrome-extension://') ?? false;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  site = await serveStatic(join(projectRoot, 'scripts/demo-site'));
  running = await launchInTemporaryProfile(chromeE2eBuildDir);
  running.context.on('request', (request) => {
    if (fromExtension(request) && !request.url().startsWith('chrome-extension://')) {
      extensionRequests.push(request.url());
    }
  });
});
afterAll(async () => {
  await running.close();
  await site.close();
});

describe('a whole session with Dossier', () => {
  it('would notice a request from the panel or the service worker', async () => {
    const panel = await running.context.newPage();
    await panel.goto(running.panelUrl);
    await panel.evaluate((url) => fetch(url).catch(() => {}), `${site.origin}/probe-from-panel`);
    const worker = running.context.serviceWorkers()[0] as Worker;
    await worker.evaluate((url) => fetch(url).catch(() => {}), `${site.origin}/probe-from-worker`);
    await expect
      .poll(() => [...extensionRequests].sort())
      .toEqual([`${site.origin}/probe-from-panel`, `${site.origin}/probe-from-worker`]);
    extensionRequests.length = 0;
    await panel.close();
  });

  it('makes no network request: interviews, capture, save, dossier, stories', async () => {
    const panel = new SidePanel(await running.context.newPage(), running.panelUrl);
    await panel.open();
    await panel.createInterview({ company: 'Lumenfield Systems', role: 'Chief Operating Officer' });
    await panel.page.getByRole('heading', { level: 1, name: 'Lumenfield Systems' }).waitFor();
    const page = await running.context.newPage();
    for (const path of ['/leadership.html', '/', '/careers/chief-operating-officer.html']) {
      await page.goto(`${site.origin}${path}`);
      await page.bringToFront();
      await panel.page.getByRole('button', { name: 'Capture this page' }).first().click();
      await panel.page.getByRole('button', { name: 'Save to dossier' }).click();
      await panel.page.getByRole('button', { name: 'Open the dossier' }).click();
      await panel.page.locator('#company .fact-group').first().waitFor();
    }
    await panel.page.locator('.person-card', { hasText: 'Daniel Osei' }).waitFor();
    await panel.open('#/stories/new');
    await panel.page.getByLabel('Title').fill('Cut $12M of costs without layoffs');
    await panel.page.getByLabel('Result').fill('Saved $12M a year, 9 % of operating cost, with no layoffs.');
    await panel.page.getByRole('button', { name: 'Save story' }).click();
    await panel.open('#/stories');
    await panel.page.getByRole('link', { name: 'Cut $12M of costs without layoffs' }).waitFor();
    await panel.page.reload();
    await panel.page.locator('main').waitFor();
    expect(extensionRequests).toEqual([]);
    expect(panel.errors).toEqual([]);
  });
});
