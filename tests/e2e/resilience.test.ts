import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeBuildDir } from '@/scripts/build-extension';
import { launchInTemporaryProfile, type TemporaryExtension } from '@/scripts/launch-extension';
import { seedDatabase } from '@/scripts/seed-database';
import * as make from '@/tests/factories';
import { SidePanel } from './side-panel';

let running: TemporaryExtension;

beforeAll(async () => {
  running = await launchInTemporaryProfile(chromeBuildDir);
});
afterAll(() => running.close());

type Row = { id: string; companyId?: string; sourceId?: string };

/** Every row of the tables named, read straight from IndexedDB. */
async function storedRows<T extends string>(tables: readonly T[]): Promise<Record<T, Row[]>> {
  const page = await running.context.newPage();
  await page.goto(running.panelUrl);
  await page.locator('main').waitFor();
  const rows = await page.evaluate(async (names) => {
    const database = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('dossier');
      request.onsuccess = () => resolve(request.result);
    });
    const transaction = database.transaction(names);
    const read = (name: string) =>
      new Promise<unknown[]>((resolve) => {
        const request = transaction.objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await read(name)])));
  }, tables);
  await page.close();
  return rows as Record<T, Row[]>;
}

/** A capture of a team page of its own company, as the extractor hands it to the panel. */
function teamPageCapture(company: string) {
  return {
    url: `https://${company.toLowerCase().replace(/\W+/g, '-')}.example/team`,
    title: `Leadership | ${company}`,
    kind: 'team',
    partial: false,
    people: ['Ada Okafor', 'Lee Park', 'Mia Roth'].map((name) => ({ name, title: 'Director' })),
    organization: { name: company, values: [], mission: 'Light every warehouse with half the energy.' },
    culture: { words: 0, wePerThousand: 0, iPerThousand: 0, youPerThousand: 0, valuesWords: [] },
    facts: [
      { type: 'mission', text: 'Light every warehouse with half the energy.', snippet: 'Light…', method: 'text' },
    ],
  };
}

// What the code passed to evaluate sees in the panel's page.
declare const chrome: {
  storage: { session: { set(items: object): Promise<void>; get(keys: null): Promise<object>; clear(): Promise<void> } };
};

describe('nothing is lost or half-written', () => {
  it('when the panel is closed in the middle of saving a new interview', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const page = await running.context.newPage();
      await page.goto(`${running.panelUrl}#/new`);
      await page.getByLabel('Company').fill(`Closed Midway ${attempt}`);
      await page.getByLabel('Role').fill('Chief Operating Officer');
      // Close without waiting for the save, a few milliseconds later each time.
      await page.getByRole('button', { name: 'Create interview' }).click({ noWaitAfter: true });
      await new Promise((resolve) => setTimeout(resolve, attempt * 2));
      await page.close({ runBeforeUnload: false });
    }
    const { interviews, companies } = await storedRows(['interviews', 'companies']);
    // An interview and its company are written together or not at all.
    const companyIds = new Set(companies.map((company) => company.id));
    for (const interview of interviews) expect(companyIds.has(interview.companyId ?? '')).toBe(true);
    const usedCompanies = new Set(interviews.map((interview) => interview.companyId));
    for (const company of companies) expect(usedCompanies.has(company.id)).toBe(true);
  });

  it('when the panel is closed in the middle of saving a capture into a new interview', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const page = await running.context.newPage();
      await page.goto(`${running.panelUrl}#/capture`);
      await page.evaluate(
        (capture) =>
          chrome.storage.session.set({
            [`pendingCapture:${Date.now()}:test`]: { status: 'captured', capture, at: Date.now() },
          }),
        teamPageCapture(`Closed Capture ${attempt}`),
      );
      const save = page.getByRole('button', { name: 'Save to dossier' });
      await expect.poll(() => save.isEnabled()).toBe(true);
      await save.click({ noWaitAfter: true });
      // The last waits long enough for its save to finish, so that a whole capture is checked too.
      await new Promise((resolve) => setTimeout(resolve, [0, 2, 5, 10, 500][attempt]));
      await page.close({ runBeforeUnload: false });
    }
    const rows = await storedRows(['companies', 'interviews', 'sources', 'facts', 'people']);
    // Each capture is in whole or not at all: its company with an interview, its page, its three
    // people and their facts; no row points at a company or page that is not there.
    const captured = rows.companies.filter((company) => rows.sources.some((source) => source.companyId === company.id));
    expect(captured.length).toBeGreaterThanOrEqual(1);
    for (const company of captured) {
      expect(rows.interviews.filter((row) => row.companyId === company.id)).toHaveLength(1);
      expect(rows.people.filter((row) => row.companyId === company.id)).toHaveLength(3);
    }
    const companyIds = new Set(rows.companies.map((company) => company.id));
    const sourceIds = new Set(rows.sources.map((source) => source.id));
    for (const row of [...rows.interviews, ...rows.sources, ...rows.facts, ...rows.people]) {
      expect(companyIds.has(row.companyId ?? '')).toBe(true);
    }
    for (const fact of rows.facts) expect(sourceIds.has(fact.sourceId ?? '')).toBe(true);
    // The captures whose save was cut short still wait for review, as they should: the next test starts without them.
    const page = await running.context.newPage();
    await page.goto(running.panelUrl);
    expect(await page.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).length)).toBeGreaterThan(
      0,
    );
    await page.evaluate(() => chrome.storage.session.clear());
    await page.close();
  });

  it('lists the ten latest past interviews, and all of them on request', async () => {
    const page = await running.context.newPage();
    await page.goto(running.panelUrl);
    const company = make.company({ name: 'Archive Holdings' });
    const past = Array.from({ length: 12 }, (_, index) =>
      make.interview(company.id, { round: `Round ${index + 1}`, startsAt: Date.now() - (index + 2) * 86_400_000 }),
    );
    await seedDatabase(page, { companies: [company], interviews: past });
    const pastCards = page.locator('section', { has: page.getByRole('heading', { name: /^Past/ }) }).locator('li');
    await pastCards.first().waitFor();
    expect(await pastCards.count()).toBe(10);
    await page.getByRole('button', { name: /^Show all \d+ past interviews$/ }).click();
    await expect.poll(() => pastCards.count()).toBeGreaterThanOrEqual(12);
    await page.close();
  });

  it('keeps a damaged stored story out of the views, says so, and deletes it on request', async () => {
    const page = await running.context.newPage();
    await page.goto(running.panelUrl);
    const company = make.company({ name: 'Damaged Data Ltd' });
    const interview = make.interview(company.id);
    await seedDatabase(page, {
      companies: [company],
      interviews: [interview],
      stories: [make.story({ title: 'Readable story' }), { id: 'damaged-1', title: 'Half a story', metrics: null }],
    });
    const panel = new SidePanel(page, running.panelUrl);
    await panel.open(`#/interview/${interview.id}`);
    await page.getByRole('heading', { level: 1, name: 'Damaged Data Ltd' }).waitFor();
    expect(await page.getByText('Something went wrong').count()).toBe(0);
    await panel.open('#/stories');
    await page.getByText(/One stored story is damaged \(“Half a story”\): Dossier cannot read it/).waitFor();
    await page.getByRole('link', { name: 'Readable story' }).waitFor();
    await page.getByRole('button', { name: 'Delete the damaged story' }).click();
    await page.getByRole('button', { name: 'Delete the damaged story' }).last().click();
    await expect.poll(() => page.getByText(/stored story is damaged/).count()).toBe(0);
    await page.getByRole('link', { name: 'Readable story' }).waitFor();
    expect(panel.errors).toEqual([]);
    await page.close();
  });
});
