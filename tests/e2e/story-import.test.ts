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
  await panel.open('#/stories');
});
afterAll(() => running.close());

const notes = `# Cut $12M of costs without layoffs
## Situation
Margins had fallen for three years.
## Result
We took $12M (15%) out of operating costs.

#Ended the blame culture in sales
##Action
I introduced blameless deal reviews.

Moved 3,000 technicians onto a mobile app
=========================================
Kind: win-ish
Result: Adoption reached 92% in six months.
`;

async function chooseFile(name: string, text: string) {
  await panel.page
    .getByLabel('Story file')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
  return panel.page.getByRole('region', { name: 'Import preview' });
}

const storyCount = () => panel.page.locator('.count').innerText();

describe('importing stories', () => {
  it('imports a file, and importing its own export again changes nothing', async () => {
    const { page } = panel;
    const preview = await chooseFile('notes.md', notes);
    await preview.getByText('notes.md: 3 new.').waitFor();
    await preview
      .getByText(
        'Story 3 “Moved 3,000 technicians onto a mobile app” (line 11): kind “win-ish” is not one of achievement, failure, board, volunteer, other; imported as an achievement.',
      )
      .waitFor();
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported from notes.md: 3 new.').waitFor();
    await expect.poll(storyCount).toBe('3 stories');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = readFileSync((await download.path()) as string, 'utf8');

    const again = await chooseFile('stories.json', exported);
    await again.getByText('stories.json: 3 unchanged.').waitFor();
    await again.getByText('Your bank already has every story in this file.').waitFor();
    await again.getByRole('button', { name: 'Close' }).click();
    await expect.poll(storyCount).toBe('3 stories');

    // The Markdown it came from matches by title: unchanged too.
    const markdown = await chooseFile('notes.md', notes);
    await markdown.getByText('notes.md: 3 unchanged.').waitFor();
    await markdown.getByRole('button', { name: 'Close' }).click();
    await expect.poll(storyCount).toBe('3 stories');
    expect(panel.errors).toEqual([]);
  });

  it('lets the user decide when the file’s copy is dated in the future, and imports the readable rest or nothing', async () => {
    const { page } = panel;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    const [first, ...rest] = exported.stories;
    const future = { ...first, result: 'A result from a fast clock.', updatedAt: Date.now() + 400 * 86_400_000 };
    const file = JSON.stringify({ ...exported, stories: [future, ...rest, { title: 'Broken', metrics: 'lots' }] });

    const preview = await chooseFile('changed.json', file);
    await preview.getByText('changed.json: 2 unchanged, 1 to decide; 1 could not be read.').waitFor();
    await preview.getByText('Story 4 “Broken”: the key numbers should be a list.').waitFor();
    const conflict = preview.getByRole('group', { name: first.title });
    await conflict.getByText(/the file dates it in the future/).waitFor();
    // Both texts of the field that differs, side by side in the group, before the user picks one.
    await conflict.getByText('Compare the two copies').click();
    await conflict.getByText(`Yours: ${first.result}`).waitFor();
    await conflict.getByText('The file’s: A result from a fast clock.').waitFor();
    const importRest = preview.getByRole('button', { name: 'Import the 3 readable stories' });
    expect(await importRest.isDisabled()).toBe(true);
    await conflict.getByLabel('Use the file’s').check();
    await preview.getByText('changed.json: 1 updated, 2 unchanged; 1 could not be read.').waitFor();
    await importRest.click();
    await page.getByText('Imported from changed.json: 1 updated, 2 unchanged.').waitFor();
    await expect.poll(storyCount).toBe('3 stories');

    const nothing = await chooseFile('changed.json', file);
    await nothing.getByText('changed.json: 3 unchanged; 1 could not be read.').waitFor();
    await nothing.getByRole('button', { name: 'Close' }).click();
    const broken = await chooseFile(
      'broken.json',
      JSON.stringify([{ title: 'New one', action: 'I did.' }, { title: '' }]),
    );
    await broken.getByRole('button', { name: 'Import nothing' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Import preview' }).count()).toBe(0);
    await expect.poll(storyCount).toBe('3 stories');
    expect(panel.errors).toEqual([]);
  });

  it('answers every choice at once: keep mine for all, or the file’s for all', async () => {
    const { page } = panel;
    const rewritten = notes.replaceAll('.\n', ', as the notes app has it.\n');
    const preview = await chooseFile('rewritten.md', rewritten);
    await preview.getByText('rewritten.md: 3 to decide.').waitFor();
    await preview.getByRole('button', { name: 'Keep mine for all' }).click();
    await preview.getByText('rewritten.md: 3 kept as you had them.').waitFor();
    await preview.getByRole('button', { name: 'Use the file’s for all' }).click();
    await preview.getByText('rewritten.md: 3 updated.').waitFor();
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported from rewritten.md: 3 updated.').waitFor();
    await expect.poll(storyCount).toBe('3 stories');
    expect(panel.errors).toEqual([]);
  });

  it('says when a file is not stories at all', async () => {
    const interviews = JSON.stringify([{ companyName: 'Northwind', role: 'COO', startsAt: Date.now() }]);
    const preview = await chooseFile('interviews.json', interviews);
    await preview.getByText('This looks like a list of interviews, not stories.').waitFor();
    await preview.getByText('interviews.json: no story can be imported.').waitFor();
    await preview.getByRole('button', { name: 'Close' }).click();
  });
});
