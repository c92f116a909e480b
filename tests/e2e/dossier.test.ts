import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeBuildDir } from '@/scripts/build-extension';
import { launchExtension, type RunningExtension } from '@/scripts/launch-extension';
import { SidePanel } from './side-panel';

const profile = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
let running: RunningExtension;
let panel: SidePanel;
const allErrors: string[] = [];

async function start() {
  running = await launchExtension(chromeBuildDir, profile);
  panel = new SidePanel(await running.context.newPage(), running.panelUrl);
  await panel.open();
}

async function stop() {
  allErrors.push(...panel.errors);
  await running.context.close();
}

beforeAll(start);
afterAll(async () => {
  await stop();
  rmSync(profile, { recursive: true, force: true });
});

describe('the side panel in Chromium', () => {
  it('refuses an interview without a company, next to the field, and stores nothing', async () => {
    await panel.page.getByRole('link', { name: 'New interview' }).click();
    await panel.page.getByLabel('Role').fill('Chief Operating Officer');
    await panel.page.getByLabel('Date').fill('2026-12-03');
    await panel.page.getByRole('button', { name: 'Create interview' }).click();
    const company = panel.page.getByLabel('Company');
    await expect.poll(() => company.getAttribute('aria-invalid')).toBe('true');
    expect(await panel.page.locator('.field.invalid .error').allInnerTexts()).toEqual([
      'Enter the company you are interviewing with.',
      'Enter the start time too, or clear the date.',
    ]);
    expect(await panel.page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('companyName');
    await panel.page.getByRole('link', { name: 'Cancel' }).click();
    await panel.page.getByText('No interviews yet.').waitFor();
  });

  it('creates an interview, adds a person and two questions, and reorders them', async () => {
    await panel.createInterview({
      company: 'Northwind Lumen',
      role: 'Chief Operating Officer',
      round: 'Panel with the CFO',
      date: '2099-12-03',
      time: '14:30',
    });
    await panel.page.getByRole('heading', { level: 1, name: 'Northwind Lumen' }).waitFor();
    await panel.addPerson({ name: 'Ada Okafor', title: 'Chief Financial Officer' });
    await panel.addQuestion('Why is the seat open?');
    await panel.addQuestion('How will the board judge the first year?');
    expect(await panel.questionTexts()).toEqual(['Why is the seat open?', 'How will the board judge the first year?']);

    await panel.page.getByRole('button', { name: 'Move question 2 up' }).click();
    await expect
      .poll(() => panel.questionTexts())
      .toEqual(['How will the board judge the first year?', 'Why is the seat open?']);
    // Keyboard: focus stays on the moved question, and Alt+↓ moves it back.
    await expect
      .poll(() => panel.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move question 1 down');
    await panel.page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => panel.questionTexts())
      .toEqual(['Why is the seat open?', 'How will the board judge the first year?']);
    await panel.page.getByRole('button', { name: 'Star question 2' }).click();
    await panel.page.locator('.question', { hasText: 'Why is the seat open?' }).getByLabel('Asked').check();
  });

  it('shows a note written in another window of the extension without a reload', async () => {
    const other = await running.context.newPage();
    await other.goto(panel.page.url());
    await other.getByLabel('New note').fill('Written in another window');
    await other.getByRole('button', { name: 'Add note' }).click();
    await panel.page.locator('.note', { hasText: 'Written in another window' }).waitFor();
    await other.close();
  });

  it('keeps a note and a question typed but not added through a reload, and lets them go once added', async () => {
    await panel.page.getByLabel('New note').pressSequentially('Ask about the Rotterdam hub');
    await panel.page.getByLabel('New question').pressSequentially('Who decides the budget');
    await panel.page.reload();
    await panel.page.getByRole('heading', { level: 1, name: 'Northwind Lumen' }).waitFor();
    expect(await panel.page.getByLabel('New note').inputValue()).toBe('Ask about the Rotterdam hub');
    expect(await panel.page.getByLabel('New question').inputValue()).toBe('Who decides the budget');
    await panel.page.getByRole('button', { name: 'Add note' }).click();
    await panel.page.locator('.note', { hasText: 'Ask about the Rotterdam hub' }).waitFor();
    await panel.page.getByLabel('New question').clear();
    await panel.page.reload();
    await panel.page.getByRole('heading', { level: 1, name: 'Northwind Lumen' }).waitFor();
    expect(await panel.page.getByLabel('New note').inputValue()).toBe('');
    expect(await panel.page.getByLabel('New question').inputValue()).toBe('');
  });

  it('keeps everything after a reload', async () => {
    await panel.page.reload();
    await panel.page.getByRole('heading', { level: 1, name: 'Northwind Lumen' }).waitFor();
    await panel.page.locator('.question').first().waitFor();
    await expectDossierIntact();
  });

  it('keeps everything after the browser is closed and started again on the same profile', async () => {
    await stop();
    await start();
    await panel.page.getByRole('link', { name: /Northwind Lumen/ }).click();
    await panel.page.locator('.question').first().waitFor();
    await expectDossierIntact();
  });

  it('shows very long text whole without widening the panel', async () => {
    const longWord = 'x'.repeat(3_000);
    await panel.addPerson({ name: `Name${'y'.repeat(1_900)}`, interviewer: false });
    await panel.addQuestion(`A very long question ${longWord}`);
    await panel.page.getByLabel('New note').fill(`${'A long note. '.repeat(800)}${longWord}`);
    await panel.page.getByRole('button', { name: 'Add note' }).click();
    await panel.page.locator('.note', { hasText: 'A long note.' }).waitFor();
    const overflow = await panel.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(await panel.page.locator('.question').last().textContent()).toContain(longWord);
    await panel.page.reload();
    await panel.page.locator('.note', { hasText: longWord }).waitFor();
  });

  it('logged no errors on any page', () => {
    expect([...allErrors, ...panel.errors]).toEqual([]);
  });
});

async function expectDossierIntact() {
  expect(await panel.peopleNames()).toEqual(['Ada Okafor']);
  expect(await panel.page.locator('.person-card').textContent()).toContain('Chief Financial Officer');
  expect(await panel.page.getByLabel('Interviewer in this round').isChecked()).toBe(true);
  expect(await panel.questionTexts()).toEqual(['Why is the seat open?', 'How will the board judge the first year?']);
  expect(await panel.page.getByRole('button', { name: 'Star question 2' }).getAttribute('aria-pressed')).toBe('true');
  expect(await panel.page.locator('.question').first().getByLabel('Asked').isChecked()).toBe(true);
  await panel.page.locator('.note', { hasText: 'Written in another window' }).waitFor();
}
