import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeBuildDir } from '@/scripts/build-extension';
import { launchInTemporaryProfile, type TemporaryExtension } from '@/scripts/launch-extension';
import { SidePanel } from './side-panel';

let running: TemporaryExtension;
let panel: SidePanel;

beforeAll(async () => {
  running = await launchInTemporaryProfile(chromeBuildDir);
  panel = new SidePanel(await running.context.newPage(), running.panelUrl);
  await panel.open();
});
afterAll(() => running.close());

describe('editing in the side panel', () => {
  it('creates an interview from the keyboard alone', async () => {
    const { page } = panel;
    await page.getByRole('link', { name: 'New interview' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('companyName');
    await page.keyboard.type('Kestrel Analytics');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Chief Operating Officer');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kestrel Analytics' }).waitFor();
  });

  it('edits the interview: a new round name and a date in another time zone', async () => {
    const { page } = panel;
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Round').fill('Final round with the founder');
    await page.getByLabel('Date').fill('2099-05-04');
    await page.getByLabel('Start time').fill('09:30');
    await page.getByLabel('Time zone').selectOption('Asia/Tokyo');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Chief Operating Officer · Final round with the founder').waitFor();
    // The browser runs in UTC: 09:30 in Tokyo is shown with the zone it was entered in, as people write it.
    await page.getByText(/(?<!\d)9:30 AM (GMT\+9|JST)/).waitFor();
  });

  it('edits a person and a question', async () => {
    const { page } = panel;
    await panel.addPerson({ name: 'Noor Haddad', title: 'Founder' });
    await page.getByRole('button', { name: 'Edit Noor Haddad' }).click();
    const personForm = page.locator('form.inline-form');
    await personForm.getByLabel('Title').fill('Founder and Chief Executive Officer');
    await personForm.getByLabel('Notes').fill('Built the first product herself.');
    await personForm.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.person-card', { hasText: 'Founder and Chief Executive Officer' }).waitFor();

    await panel.addQuestion('What would you change first?');
    await page.getByRole('button', { name: 'Edit question 1' }).click();
    await page.getByLabel('Question', { exact: true }).fill('What would you want changed in the first 90 days?');
    await page.getByLabel('Why ask it').fill('Founders often hire a COO to change something specific.');
    await page.getByLabel('Ask whom').selectOption({ label: 'Noor Haddad, Founder and Chief Executive Officer' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const question = page.locator('.question').first();
    await question.getByText('For Noor Haddad').waitFor();
    expect(await question.textContent()).toContain('What would you want changed in the first 90 days?');
    expect(await question.textContent()).toContain('Founders often hire a COO to change something specific.');
  });

  it('shows a change made in another window without a reload', async () => {
    const other = await running.context.newPage();
    await other.goto(panel.page.url());
    await other.locator('.question').first().waitFor();
    await panel.addQuestion('How is the board composed?');
    await other.locator('.question', { hasText: 'How is the board composed?' }).waitFor();
    await other.getByRole('button', { name: 'Delete question 2' }).click();
    await other.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => panel.questionTexts()).toEqual(['What would you want changed in the first 90 days?']);
    await other.close();
  });

  it('edits a question where its text ends, and saves it with Enter as a new one is added', async () => {
    const { page } = panel;
    await page.getByRole('button', { name: 'Edit question 1' }).click();
    await page.keyboard.type(' And by whom?');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => panel.questionTexts())
      .toEqual(['What would you want changed in the first 90 days? And by whom?']);
  });

  it('deletes the interview after saying what goes with it', async () => {
    const { page } = panel;
    await page.getByRole('button', { name: 'Delete this interview' }).click();
    const message =
      "Delete this interview? Its 1 question and 0 notes go with it. It is the only round at Kestrel Analytics, so the company's research (1 person) goes too.";
    await page.getByText(message).waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('No interviews yet.').waitFor();
    expect(panel.errors).toEqual([]);
  });
});
