import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeE2eBuildDir, projectRoot } from '@/scripts/build-extension';
import { launchInTemporaryProfile, type TemporaryExtension } from '@/scripts/launch-extension';
import { serveStatic } from '@/scripts/serve-static';
import { SidePanel } from './side-panel';

// Correcting saved research the way a user does, in the dossier: a wrong fact, two records of one
// person, a page filed under the wrong company, a page that should not have been kept.

let running: TemporaryExtension;
let site: Awaited<ReturnType<typeof serveStatic>>;
let panel: SidePanel;
let companyPage: Page;
let dossierUrl: string;

beforeAll(async () => {
  site = await serveStatic(join(projectRoot, 'scripts/demo-site'));
  running = await launchInTemporaryProfile(chromeE2eBuildDir);
  panel = new SidePanel(await running.context.newPage(), running.panelUrl);
  await panel.open();
  await panel.createInterview({ company: 'Lumenfield Systems', role: 'Chief Operating Officer', round: 'Panel' });
  await panel.page.getByRole('heading', { level: 1, name: 'Lumenfield Systems' }).waitFor();
  dossierUrl = panel.page.url();
  companyPage = await running.context.newPage();
});
afterAll(async () => {
  await running.close();
  await site.close();
});

/** Captures `url` from the panel into the interview the preview picks (the page's company), and saves it. */
async function captureAndSave(url: string) {
  await panel.open();
  await companyPage.goto(url);
  await companyPage.bringToFront();
  await panel.page.getByRole('button', { name: 'Capture this page' }).click();
  await panel.page.locator('.capture-review').waitFor();
  await expect.poll(() => panel.page.getByLabel('Save to').inputValue()).not.toBe('');
  await panel.page.getByRole('button', { name: 'Save to dossier' }).click();
  await panel.page.getByRole('button', { name: 'Open the dossier' }).click();
  await panel.page.locator('#pages').waitFor();
}

const cards = () => panel.page.locator('.person-card');
const confirm = () => panel.page.locator('fieldset.confirm').getByRole('button', { name: 'Delete', exact: true });

describe('correcting the dossier', () => {
  it('deletes one wrong fact and keeps the rest of its page', async () => {
    await captureAndSave(`${site.origin}/leadership.html`);
    await captureAndSave(`${site.origin}/`);
    const company = panel.page.locator('#company');
    await company.getByText('Speak plainly', { exact: true }).waitFor();

    await company.getByRole('button', { name: 'Delete the fact “Speak plainly”' }).click();

    await company.getByText('Speak plainly', { exact: true }).waitFor({ state: 'detached' });
    await company.getByText('Own the outcome', { exact: true }).waitFor();
    // A slip of the mouse costs nothing: the fact comes back, with its page.
    await company.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await company.getByText('Speak plainly', { exact: true }).waitFor();
    await expect.poll(() => company.getByRole('status').count()).toBe(0);
  });

  it('merges two records of one person by hand, keeping what the user typed', async () => {
    await panel.addPerson({ name: 'Sam Achterberg', title: 'Board director', interviewer: false });
    const before = await cards().count();
    const sam = cards().filter({ hasText: 'Sam Achterberg' });
    await sam.getByRole('button', { name: 'Merge Sam Achterberg with…' }).click();
    const select = sam.getByLabel('Merge Sam Achterberg with');
    const samuel = await select.locator('option', { hasText: 'Samuel Achterberg' }).getAttribute('value');
    await select.selectOption(samuel ?? '');
    // The fuller name is offered; the user keeps the one they typed.
    expect(await sam.getByRole('radio', { name: 'Samuel Achterberg' }).isChecked()).toBe(true);
    await sam.getByRole('radio', { name: 'Sam Achterberg' }).check();
    await sam.getByRole('button', { name: 'Merge', exact: true }).click();

    await expect.poll(() => cards().count()).toBe(before - 1);
    const merged = cards().filter({ hasText: 'Sam Achterberg' });
    // The typed title shows; the page's title stays beside it, with its page.
    await merged.getByRole('note').getByText('“Board director”').waitFor();
    await merged
      .getByRole('note')
      .getByText(/Noordzee Capital/)
      .waitFor();
    expect(await panel.peopleNames()).not.toContain('Samuel Achterberg');
  });

  it('suggests merging two spellings of one name, and merges them on a click', async () => {
    await panel.addPerson({ name: 'Dr. Maren Holt', interviewer: false });
    const before = await cards().count();
    const notice = panel.page.getByRole('note').filter({ hasText: 'may be the same person' });
    await notice.getByText('Maren Holt and Dr. Maren Holt may be the same person').waitFor();

    await notice.getByRole('button', { name: 'Merge Dr. Maren Holt into Maren Holt' }).click();
    await notice.getByRole('button', { name: 'Merge', exact: true }).click();

    await expect.poll(() => cards().count()).toBe(before - 1);
    await notice.waitFor({ state: 'detached' });
    expect(await panel.peopleNames()).not.toContain('Dr. Maren Holt');
  });

  it('moves a page to another company, typed by name, with its facts', async () => {
    const pages = panel.page.locator('#pages');
    const about = pages.locator('.source-card').filter({ has: panel.page.getByRole('link', { name: /About/ }) });
    const title = await about.getByRole('link').first().innerText();
    await about.getByRole('button', { name: `Move ${title} to another company` }).click();
    await about.getByLabel(`Move ${title} to`).fill('Brightline');
    await about.getByRole('button', { name: 'Move page' }).click();

    await pages.getByRole('status').getByText(`Moved “${title}” to Brightline.`).waitFor();
    await panel.page.locator('#company').getByText('Own the outcome', { exact: true }).waitFor({ state: 'detached' });
    await pages.getByRole('link', { name: 'Open Brightline' }).click();
    await panel.page.getByRole('heading', { level: 1, name: 'Brightline' }).waitFor();
    await panel.page.locator('#company').getByText('Own the outcome', { exact: true }).waitFor();
  });

  it('deletes a page with the people it alone brought, after saying who goes', async () => {
    await panel.page.goto(dossierUrl);
    const pages = panel.page.locator('#pages');
    const leadership = pages.locator('.source-card').filter({ hasText: 'Leadership' });
    await leadership.waitFor();
    const title = await leadership.getByRole('link').first().innerText();
    await leadership.getByRole('button', { name: `Delete the page ${title}` }).click();
    const question = leadership.locator('fieldset.confirm legend');
    await question.getByText(/Daniel Osei/).waitFor();
    // The two people the user merged into records of their own stay, so the question does not name them.
    expect(await question.innerText()).not.toMatch(/Maren Holt|Achterberg/);
    await confirm().click();

    await leadership.waitFor({ state: 'detached' });
    await expect
      .poll(() => panel.peopleNames().then((names) => names.sort()))
      .toEqual(['Maren Holt', 'Sam Achterberg']);

    // Undo brings the page back with the people it took along.
    await panel.page.locator('#pages').getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await panel.page.locator('#pages').getByRole('link', { name: title }).waitFor();
    await panel.page.locator('.person-card', { hasText: 'Daniel Osei' }).waitFor();
    expect(panel.errors).toEqual([]);
  });
});
