import { readFileSync } from 'node:fs';
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

const notes = `# Cut $12M of costs without layoffs

## Situation
Margins had fallen for three years and the CFO asked every division for a 10% cut.

## Action
I ran a zero-based budget with my leaders and decided to consolidate 140 vendors to 35.

## Result
We took $12M (15%) out of operating costs in one year with no layoffs.

## Competencies
- Financial acumen

# Ended the blame culture in sales
## Kind
achievement
## Action
I introduced blameless deal reviews with the sales leads.
## Result
Engagement rose 21 points.

# A heading with nothing under it
`;

describe('the story bank', () => {
  it('writes a story with coaching that follows the text', async () => {
    const { page } = panel;
    await page.getByRole('link', { name: 'Stories' }).click();
    await page.getByText(/Your stories are reused in every interview/).waitFor();
    await page.getByRole('link', { name: 'New story' }).click();
    await page.getByLabel('Title').fill('Moved 3,000 technicians onto a mobile app');
    await page.getByLabel('Action').fill('We brought the union into the design and we trained champions.');
    // Beside the Action box itself, where the person is writing, and in the full list below the form.
    const actionField = page.locator('.field', { has: page.locator('#story-action') });
    await actionField.locator('.field-coaching', { hasText: 'The action is told only with "we"' }).waitFor();
    await page.locator('.coaching').getByText('The action is told only with "we"').waitFor();
    await page
      .getByLabel('Action')
      .fill('I brought the union into the design from the first week and trained champions with the depot leads.');
    await page.getByLabel('Result').fill('Adoption reached 92% in six months.');
    await page
      .locator('.coaching')
      .getByText(/The result is measured: 92%/)
      .waitFor();
    // A rule met leaves the field: only what is still to fix stands beside it.
    await expect.poll(() => actionField.locator('.field-coaching', { hasText: 'told only with "we"' }).count()).toBe(0);
    // The competencies its words suggest are offered; one click confirms one.
    const suggestion = page.locator('.chip.suggested').first();
    const label = /^\+ (.*?) \(/.exec(await suggestion.innerText())?.[1] ?? '';
    await suggestion.click();
    await page.getByRole('button', { name: `Remove ${label}` }).waitFor();
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByRole('link', { name: 'Moved 3,000 technicians onto a mobile app' }).waitFor();
    expect(panel.errors).toEqual([]);
  });

  it('imports Markdown after a preview that names what it could not read', async () => {
    const { page } = panel;
    await page
      .getByLabel('Story file')
      .setInputFiles({ name: 'stories.md', mimeType: 'text/markdown', buffer: Buffer.from(notes) });
    const preview = page.getByRole('region', { name: 'Import preview' });
    await preview.getByText('stories.md: 2 new; 1 could not be read.').waitFor();
    await preview.getByText(/“A heading with nothing under it” \(line 23\): nothing under the heading/).waitFor();
    await preview.getByRole('button', { name: 'Import the 2 readable stories' }).click();
    await page.getByText('Imported from stories.md: 2 new.').waitFor();
    await page.locator('.count', { hasText: /^3 stories$/ }).waitFor();
  });

  it('searches every field as you type, filters by kind and competency, and undoes a delete', async () => {
    const { page } = panel;
    await page.getByLabel('Search stories').fill('vendors');
    await page.locator('.count', { hasText: /^1 story$/ }).waitFor();
    await page.getByRole('link', { name: 'Cut $12M of costs without layoffs' }).waitFor();
    // Assistive technology hears the results are settled once the list shows the search.
    await page.locator('.results[aria-busy="false"]').waitFor();
    await page.getByLabel('Search stories').fill('');
    await page.getByLabel('Competency').selectOption('financial-acumen');
    await page.locator('.count', { hasText: /^1 story$/ }).waitFor();
    await page.getByLabel('Competency').selectOption('');
    await page.getByRole('button', { name: 'Delete “Ended the blame culture in sales”' }).click();
    await page.locator('.count', { hasText: /^2 stories$/ }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.count', { hasText: /^3 stories$/ }).waitFor();
  });

  it('exports the bank as Markdown', async () => {
    const { page } = panel;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text).toContain('# Cut $12M of costs without layoffs');
    expect(text).toContain('## Competencies\n\n- Financial acumen and capital allocation');
  });
});

describe('the dossier’s stories', () => {
  it('suggests a story for the CFO’s likely question, and remembers it was told', async () => {
    const { page } = panel;
    await panel.open('#/');
    await panel.createInterview({ company: 'Harbor Freight Lines', role: 'Chief Operating Officer' });
    await page.getByRole('heading', { level: 1, name: 'Harbor Freight Lines' }).waitFor();
    await panel.addPerson({ name: 'Ada Okafor', title: 'Chief Financial Officer' });
    const question = page.locator('.likely-question', { hasText: 'Tell me about a time you had to cut costs' });
    await question.getByText('Ada Okafor (CFO)').waitFor();
    await question.getByRole('link', { name: 'Cut $12M of costs without layoffs' }).waitFor();
    await question
      .getByRole('button', { name: 'Mark “Cut $12M of costs without layoffs” as told to Ada Okafor' })
      .click();
    const told = page.locator('#stories li', { hasText: 'Cut $12M of costs without layoffs — Ada Okafor' });
    await told.waitFor();
    await page.reload();
    await told.waitFor();
    await page.getByText('“Cut $12M of costs without layoffs”: Already told to this panel.').first().waitFor();
    await page
      .getByText(/No story yet for|Only partial stories for/)
      .first()
      .waitFor();

    // The coverage matrix has a row for every target, including the CFO's financial acumen.
    await page.getByText('Coverage: competencies by stories').click();
    const matrix = page.locator('.coverage table');
    const targets = await page.locator('#stories .chips li').count();
    expect(await matrix.locator('tbody tr').count()).toBe(targets);
    await matrix.getByRole('rowheader', { name: 'Financial acumen' }).waitFor();
    expect(panel.errors).toEqual([]);
  });
});

describe('the story editor', () => {
  it('keeps key numbers exactly as typed, key by key, and reads them when the box is left', async () => {
    const { page } = panel;
    await panel.open('#/stories/new');
    await page.getByLabel('Title').pressSequentially('Consolidated 140 vendors to 35');
    // Enter after the title does not save a story of a title alone.
    await page.getByLabel('Title').press('Enter');
    await page.getByRole('heading', { name: 'New story' }).waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe('Consolidated 140 vendors to 35');
    const numbers = page.getByLabel('Key numbers');
    await numbers.pressSequentially('$12M saved');
    await numbers.press('Enter');
    await numbers.pressSequentially('15 % of operating cost');
    expect(await numbers.inputValue()).toBe('$12M saved\n15 % of operating cost');
    await numbers.press('Tab');
    expect(await numbers.inputValue()).toBe('$12M saved\n15 % of operating cost');
    await page.locator('.coaching').getByText('The result is measured: $12M and 15%.').waitFor();
  });

  it('says what is wrong beside the field, takes the person there, and coaches in sentences', async () => {
    const { page } = panel;
    await page.getByLabel('Team size').pressSequentially('about 40');
    await page.getByLabel('Action').pressSequentially('I worked late and fixed the reports by hand.');
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByText('Enter the team size as a whole number, such as 40.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('story-teamSize');
    // No raw validation output anywhere.
    expect(await page.locator('main').innerText()).not.toMatch(/expected|Too small|invalid_type/);

    const framing = page.locator('.finding', { hasText: 'Executive framing' });
    await framing
      .getByText('The story speaks of firefighting or doing the work by hand: “worked late” and “by hand”.')
      .waitFor();
    // Every sentence of a finding stands on its own line: none runs into the next.
    const text = await framing.innerText();
    expect(text).toMatch(/\nWhy: /);
    expect(text).toMatch(/\.\s*\nHow: /);
    await framing.getByRole('button', { name: 'Go to Action' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('story-action');

    await page.getByLabel('Team size').fill('');
    await page.getByLabel('Team size').pressSequentially('40');
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByRole('link', { name: 'Consolidated 140 vendors to 35' }).waitFor();
    await page.getByRole('link', { name: 'Consolidated 140 vendors to 35' }).click();
    expect(await page.getByLabel('Key numbers').inputValue()).toBe('$12M saved\n15 % of operating cost');
    expect(await page.getByLabel('Team size').inputValue()).toBe('40');
  });

  it('keeps a draft left by the back link, and offers it again in a reopened panel', async () => {
    const { page } = panel;
    await panel.open('#/stories/new');
    await page.getByLabel('Title').pressSequentially('Rebuilt the board’s trust after a restatement');
    await page.getByLabel('Situation').pressSequentially('We restated two years of revenue.');
    await page.getByRole('link', { name: '← All stories' }).click();
    const offer = page.getByText('Restore your unsaved draft of “Rebuilt the board’s trust after a restatement”?');
    await offer.waitFor();

    // Closing the panel and opening it again: a new page of the panel, on its first view.
    await page.close();
    panel = new SidePanel(await running.context.newPage(), running.panelUrl);
    await panel.open('#/');
    await panel.page
      .getByText('Restore your unsaved draft of “Rebuilt the board’s trust after a restatement”?')
      .waitFor();
    await panel.page
      .getByRole('link', { name: 'Restore the draft of “Rebuilt the board’s trust after a restatement”' })
      .click();
    await expect
      .poll(() => panel.page.getByLabel('Title').inputValue())
      .toBe('Rebuilt the board’s trust after a restatement');
    expect(await panel.page.getByLabel('Situation').inputValue()).toBe('We restated two years of revenue.');

    // Cancel asks before it throws the changes away.
    await panel.page.getByRole('button', { name: 'Cancel' }).click();
    await panel.page.getByRole('button', { name: 'Keep editing' }).click();
    await panel.page.getByRole('button', { name: 'Save story' }).click();
    await panel.page.getByRole('link', { name: 'Rebuilt the board’s trust after a restatement' }).waitFor();
    expect(await panel.page.getByText(/Restore your unsaved draft/).count()).toBe(0);
    expect(panel.errors).toEqual([]);
  });

  it('keeps the draft of a story deleted meanwhile, and saves it as a new story', async () => {
    const { page } = panel;
    await panel.open('#/stories');
    await page.getByRole('link', { name: 'Ended the blame culture in sales' }).click();
    await page.getByLabel('Lesson').pressSequentially('Blame hides the numbers.');
    await page.getByRole('link', { name: '← All stories' }).click();
    await page.getByRole('button', { name: 'Delete “Ended the blame culture in sales”' }).click();
    await page.getByRole('link', { name: 'Restore the draft of “Ended the blame culture in sales”' }).click();
    await page.getByText(/This story was deleted; your unsaved draft of it from .* is kept/).waitFor();
    expect(await page.getByLabel('Lesson').inputValue()).toBe('Blame hides the numbers.');
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByRole('link', { name: 'Ended the blame culture in sales' }).waitFor();
    expect(await page.getByText(/Restore your unsaved draft/).count()).toBe(0);
    expect(panel.errors).toEqual([]);
  });
  it('keeps a draft left by browser Back, with a competency of the user’s own, and warns when an import changed the story since', async () => {
    const { page } = panel;
    await panel.open('#/stories');
    await page.getByRole('link', { name: 'Cut $12M of costs without layoffs' }).click();
    await page.getByLabel('Hook').pressSequentially('Zero-based, no layoffs');
    const competency = page.getByLabel('Add a competency');
    await competency.pressSequentially('Stakeholder wrangling');
    await competency.press('Enter');
    await page.getByRole('button', { name: 'Remove Stakeholder wrangling' }).waitFor();
    await competency.pressSequentially('decision making');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Remove Deciding rather than doing' }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: 'Restore the draft of “Cut $12M of costs without layoffs”' }).waitFor();

    // Meanwhile a notes file brings another Result for the same story.
    await page.getByLabel('Story file').setInputFiles({
      name: 'cut.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Cut $12M of costs without layoffs\n## Result\nWe took $14M out of operating costs.\n'),
    });
    const preview = page.getByRole('region', { name: 'Import preview' });
    await preview.getByRole('radio', { name: 'Use the file’s' }).check();
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported from cut.md: 1 updated.').waitFor();

    await page.getByRole('link', { name: 'Restore the draft of “Cut $12M of costs without layoffs”' }).click();
    await page
      .getByText(/The saved story has changed since you began it: saving the draft replaces those changes/)
      .waitFor();
    expect(await page.getByLabel('Hook').inputValue()).toBe('Zero-based, no layoffs');
    await page.getByRole('button', { name: 'Remove Stakeholder wrangling' }).waitFor();
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByRole('link', { name: 'Cut $12M of costs without layoffs' }).click();
    await page.getByRole('button', { name: 'Remove Stakeholder wrangling' }).waitFor();
    expect(await page.getByText(/your unsaved draft/).count()).toBe(0);
    // The user's own competency name is a filter of the bank, as the portfolio counts it.
    await panel.open('#/stories');
    await page.getByLabel('Competency').selectOption('Stakeholder wrangling');
    await expect.poll(() => page.locator('.story-bank .cards > li').count()).toBe(1);
    await page.getByRole('link', { name: 'Cut $12M of costs without layoffs' }).waitFor();
    await page.getByLabel('Competency').selectOption('');
    expect(panel.errors).toEqual([]);
  });
  it('does not let a panel that shows an older copy save over an edit made in another window', async () => {
    const { page } = panel;
    await panel.open('#/stories');
    await page.getByRole('link', { name: 'Ended the blame culture in sales' }).click();
    const other = new SidePanel(await running.context.newPage(), running.panelUrl);
    await other.open(new URL(page.url()).hash);
    await other.page.getByLabel('Result').fill('Engagement rose 25 points (from the other window).');
    await other.page.getByRole('button', { name: 'Save story' }).click();
    await other.page.getByRole('link', { name: 'Ended the blame culture in sales' }).waitFor();

    // This panel still shows the old Result; its own edit must not wipe the other window's quietly.
    await page.getByText(/This story was saved elsewhere \(in another window, or by an import\)/).waitFor();
    await page.getByLabel('Lesson').pressSequentially('Blame hides problems.');
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByText(/^Not saved yet: This story was saved elsewhere/).waitFor();
    await page.getByRole('button', { name: 'Show the saved version' }).click();
    await page.getByRole('button', { name: 'Show the saved version' }).last().click();
    expect(await page.getByLabel('Result').inputValue()).toBe('Engagement rose 25 points (from the other window).');
    await page.getByLabel('Lesson').fill('');
    await page.getByLabel('Lesson').pressSequentially('Blame hides problems.');
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByRole('link', { name: 'Ended the blame culture in sales' }).click();
    expect(await page.getByLabel('Result').inputValue()).toBe('Engagement rose 25 points (from the other window).');
    expect(await page.getByLabel('Lesson').inputValue()).toBe('Blame hides problems.');

    // Once more, and this time the user keeps their own copy.
    await other.open(new URL(page.url()).hash);
    await other.page.getByLabel('Hook').fill('From the other window');
    await other.page.getByRole('button', { name: 'Save story' }).click();
    await other.page.getByRole('link', { name: 'Ended the blame culture in sales' }).waitFor();
    await page.getByText(/This story was saved elsewhere/).waitFor();
    await page.getByLabel('Period').fill('2022');
    await page.getByRole('button', { name: 'Save mine over it' }).click();
    await page.getByRole('link', { name: 'Ended the blame culture in sales' }).click();
    expect(await page.getByLabel('Period').inputValue()).toBe('2022');
    expect(await page.getByLabel('Hook').inputValue()).toBe('');
    await other.page.close();
    expect([...panel.errors, ...other.errors]).toEqual([]);
  });

  it('lets a discarded draft be put back, and says when an address names no view', async () => {
    const { page } = panel;
    await panel.open('#/stories/new');
    await page.getByLabel('Title').pressSequentially('Grew my successor');
    await page.getByRole('link', { name: '← All stories' }).click();
    await page.getByRole('button', { name: 'Discard the draft of “Grew my successor”' }).click();
    await page.getByText('Draft of “Grew my successor” discarded.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'Restore the draft of “Grew my successor”' }).click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Grew my successor');
    await page.getByRole('button', { name: 'Discard the draft' }).click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Grew my successor');

    await panel.open('#/stories/%E0%A4%A');
    await page.getByText('This story no longer exists.').waitFor();
    await panel.open('#/garbage/route');
    await page.getByRole('heading', { name: 'Nothing at this address' }).waitFor();
    expect(panel.errors).toEqual([]);
  });
});
