import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeBuildDir } from '@/scripts/build-extension';
import { launchInTemporaryProfile, type TemporaryExtension } from '@/scripts/launch-extension';
import { seedDatabase } from '@/scripts/seed-database';
import * as make from '@/tests/factories';

let running: TemporaryExtension;

beforeAll(async () => {
  running = await launchInTemporaryProfile(chromeBuildDir);
});
afterAll(() => running.close());

/** Every interview and company in the database, read straight from IndexedDB. */
async function storedRows() {
  const page = await running.context.newPage();
  await page.goto(running.panelUrl);
  await page.locator('main').waitFor();
  const rows = await page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('dossier');
      request.onsuccess = () => resolve(request.result);
    });
    const transaction = database.transaction(['interviews', 'companies']);
    const read = (name: string) =>
      new Promise<{ id: string; companyId?: string }[]>((resolve) => {
        const request = transaction.objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    return { interviews: await read('interviews'), companies: await read('companies') };
  });
  await page.close();
  return rows;
}

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
    const { interviews, companies } = await storedRows();
    // An interview and its company are written together or not at all.
    const companyIds = new Set(companies.map((company) => company.id));
    for (const interview of interviews) expect(companyIds.has(interview.companyId ?? '')).toBe(true);
    const usedCompanies = new Set(interviews.map((interview) => interview.companyId));
    for (const company of companies) expect(usedCompanies.has(company.id)).toBe(true);
  });

  it('lists the ten latest past interviews, and all of them on request', async () => {
    const page = await running.context.newPage();
    await page.goto(running.panelUrl);
    const company = make.company({ name: 'Archive Holdings' });
    const past = Array.from({ length: 12 }, (_, index) =>
      make.interview(company.id, { round: `Round ${index + 1}`, startsAt: Date.now() - (index + 2) * 86_400_000 }),
    );
    await seedDatabase(page, { companies: [company], interviews: past });
    await page.reload();
    const pastCards = page.locator('section', { has: page.getByRole('heading', { name: /^Past/ }) }).locator('li');
    await pastCards.first().waitFor();
    expect(await pastCards.count()).toBe(10);
    await page.getByRole('button', { name: /^Show all \d+ past interviews$/ }).click();
    await expect.poll(() => pastCards.count()).toBeGreaterThanOrEqual(12);
    await page.close();
  });
});
