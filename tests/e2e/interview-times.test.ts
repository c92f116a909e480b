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

/** Opens a new interview form and fills in the company, the date, the time and the zone. */
async function startInterview(company: string, date: string, time: string, timeZone: string) {
  const { page } = panel;
  await page.getByRole('link', { name: 'New interview' }).click();
  await page.getByLabel('Company').fill(company);
  await page.getByLabel('Date').fill(date);
  await page.getByLabel('Start time').fill(time);
  await page.getByLabel('Time zone').selectOption(timeZone);
}

describe('interview times and meeting links', () => {
  it('refuses a time the clocks skip, says why, and saves nothing', async () => {
    const { page } = panel;
    // 2027-03-14: clocks in New York go from 2:00 AM straight to 3:00 AM.
    await startInterview('Larkspur Freight', '2027-03-14', '02:30', 'America/New_York');
    await page.getByRole('button', { name: 'Create interview' }).click();
    await page
      .getByText('2:30 AM does not exist that night in New York: clocks go forward from 2:00 AM to 3:00 AM.', {
        exact: true,
      })
      .waitFor();
    await expect.poll(() => page.getByLabel('Start time').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.getByText('No interviews yet.').waitFor();
  });

  it('asks which of the two times a repeated hour means, and saves the one chosen', async () => {
    const { page } = panel;
    // 2027-11-07: clocks in New York go back from 2:00 AM EDT to 1:00 AM EST, so 1:30 AM comes twice.
    await startInterview('Larkspur Freight', '2027-11-07', '01:30', 'America/New_York');
    const question = page.getByRole('group', {
      name: '1:30 AM comes twice that night in New York: clocks go back an hour. Which one is it?',
      exact: true,
    });
    await question.waitFor();
    const first = question.getByRole('radio', { name: '1:30 AM EDT (first)', exact: true });
    const second = question.getByRole('radio', { name: '1:30 AM EST (second)', exact: true });
    await expect.poll(() => Promise.all([first.isChecked(), second.isChecked()])).toEqual([false, false]);

    await page.getByRole('button', { name: 'Create interview' }).click();
    await page.getByText('Choose which 1:30 AM you mean.', { exact: true }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('New interview');

    await second.check();
    await page.getByRole('button', { name: 'Create interview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Larkspur Freight' }).waitFor();
    // The browser runs in UTC; the dossier shows the time in New York with the zone it was chosen in.
    await page.getByText(/^Sun, Nov 7(, 2027)?, 1:30 AM EST$/).waitFor();
    // And on the user's own clock beside it.
    await page.getByText('(6:30 AM your time)', { exact: true }).waitFor();

    // Back in the form, the choice is still the one made.
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect.poll(() => page.getByRole('radio', { name: '1:30 AM EST (second)' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: '1:30 AM EDT (first)' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText(/^Sun, Nov 7(, 2027)?, 1:30 AM EDT$/).waitFor();
  });

  it('lists zones by the names in use today, and names them as people there write them', async () => {
    const { page } = panel;
    await page.getByRole('link', { name: '← All interviews' }).click();
    await startInterview('Chandra Analytics', '2027-07-01', '16:00', 'Asia/Kolkata');
    await expect.poll(() => page.getByLabel('Time zone').inputValue()).toBe('Asia/Kolkata');
    expect(
      await page
        .getByLabel('Time zone')
        .locator('option', { hasText: /^Asia\/Calcutta$/ })
        .count(),
    ).toBe(0);
    await page.getByRole('button', { name: 'Create interview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chandra Analytics' }).waitFor();
    await page.getByText(/^Thu, Jul 1(, 2027)?, 4:00 PM IST$/).waitFor();
    await page.getByText('(10:30 AM your time)', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect.poll(() => page.getByLabel('Time zone').inputValue()).toBe('Asia/Kolkata');
    await page.getByRole('link', { name: 'Cancel' }).click();
  });

  it('keeps a meeting link typed the way calendars show it, as a web link', async () => {
    const { page } = panel;
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Meeting link').fill('meet.google.com/abc-defg-hij');
    await page.getByRole('button', { name: 'Save changes' }).click();
    const join = page.getByRole('link', { name: 'Join the call' });
    await expect.poll(() => join.getAttribute('href')).toBe('https://meet.google.com/abc-defg-hij');

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Meeting link').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page
      .getByText('Enter a web link such as meet.google.com/abc-defg-hij or https://zoom.us/j/123.', { exact: true })
      .waitFor();
    await page.getByRole('link', { name: 'Cancel' }).click();
    await expect.poll(() => join.getAttribute('href')).toBe('https://meet.google.com/abc-defg-hij');
  });

  it('offers to mark an interview done once it is over but still says Scheduled', async () => {
    const { page } = panel;
    await page.getByRole('link', { name: '← All interviews' }).click();
    await startInterview('Quillon Health', '2026-01-05', '10:00', 'UTC');
    await page.getByLabel('Status').selectOption('scheduled');
    await page.getByRole('button', { name: 'Create interview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quillon Health' }).waitFor();
    const offer = page.getByText(/^This interview was on Mon, Jan 5(, 2026)? — mark it done\?$/);
    await offer.waitFor();
    // The list offers it too, on the interview's own card.
    await page.getByRole('link', { name: '← All interviews' }).click();
    await page.getByText(/^The interview with Quillon Health was on Mon, Jan 5(, 2026)? — mark it done\?$/).waitFor();
    await page.getByRole('link', { name: /Quillon Health/ }).click();
    await page.getByRole('button', { name: 'Mark it done' }).click();
    await page.locator('.dossier-header .status', { hasText: 'Completed' }).waitFor();
    await offer.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: '← All interviews' }).click();
    await page.locator('.interview-card', { hasText: 'Quillon Health' }).getByText('Completed').waitFor();
    expect(await page.getByText(/mark it done\?$/).count()).toBe(0);
    expect(panel.errors).toEqual([]);
  });

  it('says a partly typed date is incomplete, and keeps a half-filled form when the panel is closed', async () => {
    const { page } = panel;
    await panel.open('#/');
    await page.getByRole('link', { name: 'New interview' }).click();
    await page.getByLabel('Company').pressSequentially('Halfway Holdings');
    await page.getByLabel('Role').pressSequentially('Chief Financial Officer');
    // Only the month of the date: the input holds a partial value, which it reports as empty.
    await page.getByLabel('Date').click();
    await page.keyboard.type('12');
    await page.getByLabel('Start time').fill('14:30');
    await page.getByRole('button', { name: 'Create interview' }).click();
    await page.getByText('This date is incomplete: fill in the day, the month and the year.').waitFor();
    expect(await page.getByText('Enter the date too').count()).toBe(0);

    // The panel closes and opens again: what was typed comes back, said to be unsaved.
    await page.reload();
    await page.getByText('This is what you typed for a new interview earlier; it is not saved yet.').waitFor();
    expect(await page.getByLabel('Company').inputValue()).toBe('Halfway Holdings');
    expect(await page.getByLabel('Role').inputValue()).toBe('Chief Financial Officer');
    // Leaving by the back link keeps it too; Start over empties the form.
    await page.getByRole('link', { name: '← All interviews' }).click();
    await page.getByRole('link', { name: 'New interview' }).click();
    expect(await page.getByLabel('Company').inputValue()).toBe('Halfway Holdings');
    await page.getByRole('button', { name: 'Start over' }).click();
    expect(await page.getByLabel('Company').inputValue()).toBe('');
    await page.reload();
    await page.getByLabel('Company').waitFor();
    expect(await page.getByText(/what you typed/).count()).toBe(0);
    expect(panel.errors).toEqual([]);
  });
});
