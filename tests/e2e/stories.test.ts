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
    await page.getByText('The action is told only with "we"').waitFor();
    await page
      .getByLabel('Action')
      .fill('I brought the union into the design from the first week and trained champions with the depot leads.');
    await page.getByLabel('Result').fill('Adoption reached 92% in six months.');
    await page.getByText(/The result is measured: 92%/).waitFor();
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
