import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeE2eBuildDir, projectRoot } from '@/scripts/build-extension';
import { launchInTemporaryProfile, type TemporaryExtension } from '@/scripts/launch-extension';
import { serveStatic } from '@/scripts/serve-static';
import { SidePanel } from './side-panel';

let running: TemporaryExtension;
let site: Awaited<ReturnType<typeof serveStatic>>;
let panel: SidePanel;
let companyPage: Page;

beforeAll(async () => {
  site = await serveStatic(join(projectRoot, 'scripts/demo-site'));
  running = await launchInTemporaryProfile(chromeE2eBuildDir);
  panel = new SidePanel(await running.context.newPage(), running.panelUrl);
  await panel.open();
  await panel.createInterview({ company: 'Lumenfield Systems', role: 'Chief Operating Officer', round: 'Panel' });
  await panel.page.getByRole('heading', { level: 1, name: 'Lumenfield Systems' }).waitFor();
  companyPage = await running.context.newPage();
});
afterAll(async () => {
  await running.close();
  await site.close();
});

/** Shows `url` in the active tab, as the page beside the panel, and presses the panel's capture button. */
async function captureFromPanel(url: string) {
  await panel.open();
  await companyPage.goto(url);
  await companyPage.bringToFront();
  await panel.page.getByRole('button', { name: 'Capture this page' }).click();
  await panel.page.locator('.capture-review, .capture [role="alert"]').first().waitFor();
}

describe('capturing a page', () => {
  it('reads a leadership page, saves the people with the interviewer ticked, and keeps them after a reload', async () => {
    await captureFromPanel(`${site.origin}/leadership.html`);
    const review = panel.page.locator('.capture-review');
    await review.getByText('Team page').waitFor();
    for (const name of ['Maren Holt', 'Daniel Osei', 'Priya Raman', 'Tomás Ferreira', 'Ingrid Vos']) {
      await review.locator('.person-found', { hasText: name }).waitFor();
    }
    await review.locator('.person-found', { hasText: 'Daniel Osei' }).getByRole('checkbox').check();
    // The interview at the page's company is chosen for the user.
    await expect.poll(() => panel.page.getByLabel('Save to').inputValue()).not.toBe('');
    await panel.page.getByRole('button', { name: 'Save to dossier' }).click();
    await panel.page.getByText('Saved to the dossier').waitFor();
    await panel.page.getByRole('button', { name: 'Open the dossier' }).click();

    await panel.page.reload();
    const daniel = panel.page.locator('.person-card', { hasText: 'Daniel Osei' });
    await daniel.waitFor();
    expect(await daniel.getByLabel('Interviewer in this round').isChecked()).toBe(true);
    expect(await daniel.textContent()).toContain('Chief Financial Officer');
    const source = daniel.locator('.provenance a');
    expect(await source.getAttribute('href')).toBe(`${site.origin}/leadership.html`);
    expect(await panel.page.locator('.person-card').count()).toBe(6);
  });

  it('reads the about page into company facts, each with its source and date', async () => {
    await captureFromPanel(`${site.origin}/`);
    await panel.page.locator('.capture-review').getByText('Light every warehouse in Europe').first().waitFor();
    await panel.page.getByRole('button', { name: 'Save to dossier' }).click();
    await panel.page.getByRole('button', { name: 'Open the dossier' }).click();
    const company = panel.page.locator('#company');
    await company.getByText('Light every warehouse in Europe with half the energy it uses today.').waitFor();
    const values = company.locator('.fact-group', { has: panel.page.getByRole('heading', { name: 'Values' }) });
    expect(await values.locator('.text-block').allTextContents()).toEqual([
      'Own the outcome',
      'Build for the long run',
      'Speak plainly',
    ]);
    expect(await company.locator('.provenance a').first().getAttribute('href')).toBe(`${site.origin}/`);
  });

  it("keeps a press release as news dated the way the user's calendar writes it", async () => {
    await captureFromPanel(`${site.origin}/news/lumenfield-acquires-brightline.html`);
    await panel.page.locator('.capture-review .status', { hasText: 'News' }).waitFor();
    await panel.page.getByRole('button', { name: 'Save to dossier' }).click();
    await panel.page.getByRole('button', { name: 'Open the dossier' }).click();
    const news = panel.page
      .locator('#company .fact-group', { has: panel.page.getByRole('heading', { name: 'News' }) })
      .locator('.text-block');
    await news.first().waitFor();
    const day = await panel.page.evaluate(() =>
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 9, 5)),
    );
    expect(await news.first().textContent()).toMatch(new RegExp(`^${day}: Lumenfield`));
  });

  it('captures the same page again without duplicating anything, and says nothing changed', async () => {
    await captureFromPanel(`${site.origin}/leadership.html`);
    // The preview says the page is known before anything is saved.
    await panel.page.getByText(/^You captured this page on .+: saving it again updates what it gave\.$/).waitFor();
    await panel.page.getByRole('button', { name: 'Save to dossier' }).click();
    await panel.page.getByRole('heading', { name: 'Already up to date' }).waitFor();
    expect(await panel.page.locator('[role="status"]').textContent()).toContain('nothing in the dossier changed');
    // Nothing changed, so nothing to undo; the next page is one click away.
    expect(await panel.page.getByRole('button', { name: 'Undo' }).count()).toBe(0);
    await panel.page.getByRole('button', { name: 'Capture this page' }).waitFor();
    await panel.page.getByRole('button', { name: 'Open the dossier' }).click();
    await panel.page.locator('.person-card').first().waitFor();
    expect(await panel.page.locator('.person-card').count()).toBe(6);
  });

  it('offers the text selected on the page beside the page itself', async () => {
    await panel.open();
    await companyPage.goto(`${site.origin}/`);
    await companyPage.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((element) =>
        element.textContent?.includes('warehouse'),
      );
      if (paragraph) window.getSelection()?.selectAllChildren(paragraph);
    });
    await companyPage.bringToFront();
    await panel.page.getByRole('button', { name: 'Capture this page' }).click();
    // The page is reviewed first; the selection waits beside it, and is reviewed next.
    const review = panel.page.locator('.capture-review');
    await review.locator('.status', { hasText: 'Company page' }).waitFor();
    await panel.page
      .locator('.also-waiting')
      .getByText(/^Selection from /)
      .waitFor();
    await review.getByRole('button', { name: 'Discard' }).click();
    await review.getByRole('heading', { name: 'Add this selection to a dossier' }).waitFor();
    expect(await review.locator('blockquote').textContent()).toContain('warehouse');
    await review.getByRole('button', { name: 'Discard' }).click();
    await panel.page.getByText('Nothing captured yet').waitFor();
  });

  it('says what to do on a site Dossier may not read yet', async () => {
    await captureFromPanel(`${site.origin.replace('127.0.0.1', 'localhost')}/leadership.html`);
    const problem = panel.page.locator('[role="alert"]');
    await problem.getByRole('heading', { name: 'Allow Dossier to read this site' }).waitFor();
    await problem.getByText(/Or press Alt\+Shift\+S to let Dossier read just this page, once/).waitFor();
    await problem.getByRole('button', { name: 'Try again' }).waitFor();
  });

  it('says a browser page cannot be read', async () => {
    await captureFromPanel('chrome://version/');
    await panel.page.getByText(/This page cannot be read/).waitFor();
    expect(panel.errors).toEqual([]);
  });
});
