import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/database';
import { addStory, emptyStory, importStories, listStories, StaleImportError } from '@/lib/db/stories';
import type { Story } from '@/lib/schema';
import {
  loadStoryFile,
  readJsonStories,
  readMarkdownStories,
  readStoryFile,
  storiesToJson,
  storiesToMarkdown,
} from '@/lib/stories/files';
import { countPlan, describeCounts, planImport } from '@/lib/stories/import-plan';
import { formatMetric } from '@/lib/stories/key-numbers';
import * as make from '../factories';

const now = Date.UTC(2026, 10, 15, 12, 0);
const day = 86_400_000;
const titles = (result: { stories: { story: Story }[] }) => result.stories.map((item) => item.story.title);

const notesApp = `
Some notes I keep for interviews.

# Turned around the EMEA supply chain

Deliveries ran three weeks late.

## Challenge
Two warehouses and no budget.

## Action
I set a weekly planning cadence with the regional leads.

## Result
Lead time fell 38%.

## Metrics
- 38 % — shorter lead time

## Kind
achievement

## Competencies
- Designing systems
- Delivering results

# The product launch that failed
**Kind:** failure
**Action:** I skipped the pilot.
**Lesson:** Pilot first.

# Notes without fields

# Bad kind
## Kind
legend
## Action
I did something.
`;

describe('reading Markdown stories', () => {
  it('reads the way notes apps keep stories, and names each story it cannot read', () => {
    const result = readMarkdownStories(notesApp, now);
    expect(titles(result)).toEqual([
      'Turned around the EMEA supply chain',
      'The product launch that failed',
      'Bad kind',
    ]);
    expect(result.stories[0]?.story).toMatchObject({
      situation: 'Deliveries ran three weeks late.',
      challenge: 'Two warehouses and no budget.',
      metrics: [{ value: '38', unit: '%', label: 'shorter lead time' }],
      competencies: ['systems-design', 'execution-results'],
    });
    expect(result.stories[1]?.story).toMatchObject({
      kind: 'failure',
      action: 'I skipped the pilot.',
      lesson: 'Pilot first.',
    });
    expect(result.unreadable).toBe(1);
    expect(result.problems).toEqual([
      'Story 3 “Notes without fields” (line 32): nothing under the heading could be read; a story needs at least one of Situation, Challenge, Action, Result, Lesson or Hook.',
    ]);
    expect(result.warnings).toEqual([
      'Lines 1–3: the text before the first story heading was not read.',
      'Story 4 “Bad kind” (line 34): kind “legend” is not one of achievement, failure, board, volunteer, other; imported as an achievement.',
    ]);
  });

  it('reads an unknown kind as an achievement, with a warning in plain words', () => {
    const result = readMarkdownStories('# Shipped the app\n## Kind\nwin-ish\n## Result\nLaunched in May.', now);
    expect(result.stories[0]?.story.kind).toBe('achievement');
    expect(result.warnings).toEqual([
      'Story 1 “Shipped the app” (line 1): kind “win-ish” is not one of achievement, failure, board, volunteer, other; imported as an achievement.',
    ]);
  });

  it('reads "#Title" without a space as a heading when it reads like one, and keeps hashtags as text', () => {
    const result = readMarkdownStories(
      [
        '#Cut $12M of costs',
        '##Situation',
        'Margins fell for three years.',
        '#leadership',
        '#finance #ops',
        '##Result',
        'We took $12M out.',
        '#Turnaround',
      ].join('\n'),
      now,
    );
    expect(titles(result)).toEqual(['Cut $12M of costs']);
    expect(result.stories[0]?.story).toMatchObject({
      situation: 'Margins fell for three years.\n#leadership\n#finance #ops',
      result: 'We took $12M out.\n#Turnaround',
    });
    expect(result.problems).toEqual([]);
  });

  it('says how to start a story when a file has only hashtag-like lines', () => {
    expect(readMarkdownStories('#Turnaround\nWe did it.', now).problems).toEqual([
      'No stories found: start each story with a heading such as “# Cut $12M of costs”, and its fields with sub-headings such as “## Situation”. A line such as “#Turnaround” reads as a hashtag; write “# Turnaround” to start a story.',
    ]);
  });

  it('reads setext headings, and a --- under a paragraph as a separator', () => {
    const result = readMarkdownStories(
      [
        'Cut $12M of costs',
        '=================',
        '',
        'Situation',
        '---------',
        'Margins fell.',
        'They fell for three years.',
        '---',
        '',
        'Moved 3,000 technicians onto an app',
        '===',
        'Action: I brought the union in.',
      ].join('\n'),
      now,
    );
    expect(titles(result)).toEqual(['Cut $12M of costs', 'Moved 3,000 technicians onto an app']);
    expect(result.stories[0]?.story.situation).toBe('Margins fell.\nThey fell for three years.');
    expect(result.stories[1]?.story.action).toBe('I brought the union in.');
  });

  it('keeps code fences in the field, without reading headings or labels inside them', () => {
    const result = readMarkdownStories(
      [
        '# Rebuilt the data platform',
        '## Action',
        'I wrote the migration plan:',
        '```md',
        '# Not a story',
        '## Result',
        'Result: not a field',
        '```',
        '~~~',
        '# Nor this',
        '~~~',
        '## Result',
        'Reports in minutes, not days.',
      ].join('\n'),
      now,
    );
    expect(titles(result)).toEqual(['Rebuilt the data platform']);
    expect(result.stories[0]?.story.action).toBe(
      'I wrote the migration plan:\n```md\n# Not a story\n## Result\nResult: not a field\n```\n~~~\n# Nor this\n~~~',
    );
    expect(result.stories[0]?.story.result).toBe('Reports in minutes, not days.');
  });

  it('names the line of a heading that is no field, and keeps its text', () => {
    const result = readMarkdownStories('# Cut costs\n## Result\nSaved $12M.\n### Numbers we hit\n15% of costs.', now);
    expect(result.stories[0]?.story.result).toBe('Saved $12M.\nNumbers we hit\n15% of costs.');
    expect(result.warnings).toEqual([
      'Line 4: the heading “Numbers we hit” is not one of Situation, Challenge, Action, Result, Lesson, Hook, Metrics, Period, Team size, Kind, Competencies, Tags; it and the text under it were kept in the Result.',
    ]);
  });

  it('reads a file that starts with [ or { as Markdown when it is not JSON', () => {
    const markdown = '[Draft] my stories\n\n# Cut costs\n## Result\nSaved $12M.';
    expect(titles(readStoryFile('stories.txt', markdown, now))).toEqual(['Cut costs']);
    expect(titles(readStoryFile('stories.md', '{{ template }}\n# Cut costs\nResult: Saved $12M.', now))).toEqual([
      'Cut costs',
    ]);
    expect(titles(readStoryFile('stories.txt', JSON.stringify([make.story()]), now))).toEqual([make.story().title]);
    // A JSON export saved under a .md name is read as the JSON it is.
    expect(titles(readStoryFile('stories.md', storiesToJson([make.story()]), now))).toEqual([make.story().title]);
  });

  it('says what a file that holds no stories looks like', () => {
    const interviews = JSON.stringify([{ companyName: 'Northwind', role: 'COO', startsAt: now }]);
    expect(readStoryFile('export.json', interviews, now).problems).toEqual([
      'This looks like a list of interviews, not stories.',
    ]);
    expect(readStoryFile('rounds.csv', 'company,role,date\nNorthwind,COO,2026-12-03\n', now).problems).toEqual([
      'This looks like a spreadsheet of interviews, not stories.',
    ]);
    expect(readStoryFile('notes.md', 'just some text\nand more', now).problems[0]).toMatch(/^No stories found/);
    expect(readStoryFile('stories.json', '{"stories": [\n  {"title": "A"},\n  }', now).problems).toEqual([
      // Chromium's parser says where (line 3, column 3); Node 20's does not.
      expect.stringMatching(/^This file is not valid JSON( \(line 3, column 3\))?\. Dossier reads the JSON it exports/),
    ]);
    for (const name of ['empty.json', 'empty.md']) {
      expect(readStoryFile(name, ' \n\n', now).problems).toEqual([
        'The file is empty. Dossier reads stories from Markdown (.md, one heading per story) or JSON (.json, as Dossier exports them).',
      ]);
    }
    // An image as the browser decodes it: a signature, NULs, and bytes UTF-8 cannot read.
    const png = new TextDecoder().decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(readStoryFile('photo.json', png, now).problems[0]).toMatch(
      /^This is not a text file: it looks like an image/,
    );
    const random = new TextDecoder().decode(
      Uint8Array.from({ length: 2000 }, (_, index) => ((index * 151 + 7) % 256) | 0x80),
    );
    expect(readStoryFile('stories.md', random, now).problems[0]).toMatch(/^This is not a text file/);
    // Text in other scripts is text.
    expect(readStoryFile('notes.md', '# Выручка выросла на 20 %\n## Действие\nЯ запустил.\n', now).problems).toEqual(
      [],
    );
  });

  it('round-trips the bank through Markdown and JSON', () => {
    const bank = [
      make.story({ competencies: ['systems-design'], tags: ['supply chain'] }),
      make.story({ kind: 'failure', title: 'Über-ambitious launch', lesson: 'Pilot first.' }),
      // The user's own competency names stay theirs, never the nearest of the taxonomy's.
      make.story({
        title: 'Settled the strike',
        competencies: ['Union negotiation', 'My own thing', 'Stakeholder negotiation', 'financial-acumen'],
        metrics: [
          { value: '$12', unit: 'M', label: 'saved' },
          { value: '15', unit: '%', label: 'of operating cost' },
          { value: '40', unit: 'people', label: '' },
        ],
      }),
    ];
    const markdown = storiesToMarkdown(bank);
    expect(markdown).toContain('## Key numbers\n\n- $12M saved\n- 15% of operating cost\n- 40 people\n');
    const fromMarkdown = readMarkdownStories(markdown, now);
    expect(fromMarkdown.problems).toEqual([]);
    expect(fromMarkdown.stories.map(({ story: { id, createdAt, updatedAt, ...rest } }) => rest)).toEqual(
      bank.map(({ id, createdAt, updatedAt, ...rest }) => rest),
    );
    expect(readJsonStories(storiesToJson(bank), now).stories.map((item) => item.story)).toEqual(bank);
  });

  it('reads its own Markdown export back unchanged, whatever Markdown the text holds', () => {
    const bank = [
      make.story({
        title: '#1 in NPS: a *tricky* story_name with `code` and a \\ backslash',
        hook: 'Kind: failure, as one line',
        situation: 'Plan\n===\nWe had three sites.\n\n# of hires rose 40%\n```\nan unclosed fence',
        action:
          'I decided:\n- first, cut\n- Result: a list item that names a field\n## Result\n---\n\\# already escaped',
        result: 'Results\n---',
        metrics: [
          { value: '- 3 sites closed', unit: '', label: '' },
          { value: '40,000', unit: 'consultations', label: '' },
          { value: 'Result: a label', unit: '', label: '' },
        ],
        tags: ['cost, savings', '#ops'],
        competencies: ['Union negotiation; and more'],
      }),
      make.story({ title: 'Next story', action: 'Still its own story.' }),
    ];
    const read = readMarkdownStories(storiesToMarkdown(bank), now);
    expect(read.problems).toEqual([]);
    expect(read.warnings).toEqual([]);
    expect(read.stories.map(({ story: { id, createdAt, updatedAt, ...rest } }) => rest)).toEqual(
      bank.map(({ id, createdAt, updatedAt, ...rest }) => rest),
    );
  });

  it('reads a list written on one line at its commas, but keeps a thousands comma in its number', () => {
    const read = readMarkdownStories(
      '# Cut costs\n\nAction: I cut.\nKey numbers: 40,000 people, $12M saved\nTags: a, b; c',
    );
    expect(read.stories[0]?.story.metrics.map(formatMetric)).toEqual(['40,000 people', '$12M saved']);
    expect(read.stories[0]?.story.tags).toEqual(['a', 'b', 'c']);
  });
});

describe('reading JSON stories', () => {
  it('says what is wrong with a story in plain words, never a schema path', () => {
    const result = readJsonStories(
      JSON.stringify([
        make.story(),
        { title: 'No numbers', action: 'I did.', metrics: [{ value: '', unit: '', label: '' }] },
        { title: 'x'.repeat(2_001), action: 'I did.' },
        { action: 'No title at all.' },
        'nonsense',
        { title: 'Odd kind', kind: 7, action: 'I did.' },
      ]),
      now,
    );
    expect(titles(result)).toEqual([make.story().title, 'Odd kind']);
    expect(result.unreadable).toBe(4);
    expect(result.problems).toEqual([
      'Story 2 “No numbers”: key number 1’s value is empty.',
      `Story 3 “${'x'.repeat(79)}…”: the title is longer than 2,000 characters.`,
      'Story 4: the title is missing.',
      'Story 5: this entry is a single value, not a story.',
    ]);
    expect(result.warnings).toEqual([
      'Story 6 “Odd kind”: kind that is not a word is not one of achievement, failure, board, volunteer, other; imported as an achievement.',
    ]);
  });

  it('does not trust ids or dates it cannot use', () => {
    const result = readJsonStories(
      JSON.stringify([{ ...make.story({ title: 'Bad dates' }), id: '', updatedAt: 'yesterday', createdAt: -4 }]),
      now,
    );
    expect(result.stories[0]).toMatchObject({ hasId: false, updatedAt: undefined, createdAt: undefined });
    expect(result.warnings).toEqual([
      'Story 1 “Bad dates”: its id cannot be used; it is matched with your stories by title.',
      'Story 1 “Bad dates”: its dates cannot be read; it is dated when you import it.',
    ]);
  });
});

describe('the file size check', () => {
  it('counts bytes before the file is read', async () => {
    const text = vi.fn(async () => '# Cut costs\nResult: Saved.');
    const result = await loadStoryFile({ name: 'huge.md', size: 25_000_000, text }, now);
    expect(result.problems).toEqual(['The file is 25 MB; Dossier reads story files of up to 20 MB.']);
    expect(text).not.toHaveBeenCalled();
    const small = await loadStoryFile({ name: 'small.md', size: 30, text }, now);
    expect(titles(small)).toEqual(['Cut costs']);
  });
});

describe('pathological files', () => {
  // These bounds only prove the reading is linear and never throws (the quadratic reader took minutes);
  // the sub-second budget is measured by npm run bench:story-files.
  it('reads headings followed by 8,000 spaces in seconds at most', () => {
    const spaces = ' '.repeat(8_000);
    const lines = Array.from({ length: 200 }, (_, index) =>
      index % 2 === 0 ? `# Story ${index}${spaces}x` : `## Action${spaces}\nResult:${spaces}done${spaces}`,
    );
    const started = performance.now();
    const result = readMarkdownStories(lines.join('\n'), now);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.stories).toHaveLength(100);
  });

  it('reads 300,000 headings without throwing, in seconds at most', () => {
    const markdown = Array.from({ length: 300_000 }, (_, index) => `# Story ${index}`).join('\n');
    const started = performance.now();
    const result = readMarkdownStories(markdown, now);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.unreadable).toBe(300_000);
    expect(result.problems[0]).toMatch(/^Story 1 “Story 0” \(line 1\): nothing under the heading/);
  });
});

describe('the import plan', () => {
  async function bankOf(stories: Story[]) {
    await db.stories.bulkAdd(stories);
    return listStories();
  }

  it('re-importing one’s own export changes nothing, in JSON and in Markdown', async () => {
    const bank = await bankOf([make.story(), make.story({ title: 'Grew my successor' }), make.story({ title: 'C' })]);
    for (const file of [readJsonStories(storiesToJson(bank), now), readMarkdownStories(storiesToMarkdown(bank), now)]) {
      const plan = planImport(file.stories, await listStories(), now);
      expect(describeCounts(countPlan(plan, new Map()))).toBe('3 unchanged');
      expect(describeCounts(await importStories(plan, new Map(), now))).toBe('3 unchanged');
    }
    expect(await listStories()).toEqual(bank);
  });

  it('counts exactly what the import then does: new, updated and unchanged', async () => {
    const bank = await bankOf(
      Array.from({ length: 5 }, (_, index) => make.story({ title: `Story ${index}`, updatedAt: now - 10 * day })),
    );
    const file = [
      ...Array.from({ length: 5 }, (_, index) => make.story({ title: `New ${index}`, updatedAt: now - day })),
      ...bank.slice(0, 3).map((story) => ({ ...story, result: 'Better result.', updatedAt: now - day })),
      ...bank.slice(3, 5),
    ];
    const read = readJsonStories(storiesToJson(file), now);
    const plan = planImport(read.stories, bank, now);
    expect(describeCounts(countPlan(plan, new Map()))).toBe('5 new, 3 updated, 2 unchanged');
    expect(describeCounts(await importStories(plan, new Map(), now))).toBe('5 new, 3 updated, 2 unchanged');
    expect(await db.stories.count()).toBe(10);
    expect((await db.stories.get(bank[0]?.id ?? ''))?.result).toBe('Better result.');
  });

  it('asks before a file’s older or future-dated copy replaces the user’s story, and never stores the future', async () => {
    const edited = make.story({ title: 'Edited since', updatedAt: now - day });
    const other = make.story({ title: 'Future', updatedAt: now - day });
    await bankOf([edited, other]);
    const file = [
      { ...edited, result: 'Old text.', updatedAt: now - 2 * day },
      { ...other, result: 'From a clock that runs fast.', updatedAt: now + 365 * day },
      make.story({ title: 'Brand new from the future', updatedAt: now + 365 * day }),
    ];
    const plan = planImport(readJsonStories(storiesToJson(file), now).stories, await listStories(), now);
    expect(plan.items.map((item) => [item.status, item.reason])).toEqual([
      ['conflict', 'older'],
      ['conflict', 'future'],
      ['new', undefined],
    ]);
    expect(plan.items[0]?.explanation).toBe(
      'Story 1 “Edited since” differs from your story of the same id in the result; you edited yours on 2026-11-14 12:00 UTC, after the file’s copy (2026-11-13 12:00 UTC).',
    );
    // The user compares the two texts before choosing.
    expect(plan.items[0]?.differences).toEqual([{ field: 'result', ours: edited.result, theirs: 'Old text.' }]);
    // One edit time on both copies: neither is newer, and the message does not say one is.
    const sameTime = [{ ...edited, lesson: 'Another lesson.', result: 'Old text.' }];
    expect(
      planImport(readJsonStories(storiesToJson(sameTime), now).stories, await listStories(), now).items[0]?.explanation,
    ).toBe(
      'Story 1 “Edited since” differs from your story of the same id in the result and the lesson, yet both carry the same edit time (2026-11-14 12:00 UTC), so it cannot tell which is newer.',
    );
    expect(describeCounts(countPlan(plan, new Map()))).toBe('1 new, 2 to decide');
    await expect(importStories(plan, new Map(), now)).rejects.toThrow(/Choose what to do with Story 1/);
    const choices = new Map([
      [0, 'mine' as const],
      [1, 'file' as const],
    ]);
    expect(describeCounts(countPlan(plan, choices))).toBe('1 new, 1 updated, 1 kept as you had it');
    expect(describeCounts(await importStories(plan, choices, now))).toBe('1 new, 1 updated, 1 kept as you had it');
    expect((await db.stories.get(edited.id))?.result).toBe(edited.result);
    expect(await db.stories.get(other.id)).toMatchObject({ result: 'From a clock that runs fast.', updatedAt: now });
    expect(Math.max(...(await listStories()).map((story) => story.updatedAt))).toBe(now);
  });

  it('shows two stories with one id, and gives the second a fresh id only when the user says so', async () => {
    const story = make.story();
    const file = [story, { ...story, title: 'Another story, same id' }, story];
    const plan = planImport(readJsonStories(JSON.stringify(file), now).stories, [], now);
    expect(plan.items.map((item) => item.status)).toEqual(['new', 'conflict', 'unchanged']);
    expect(plan.items[1]?.explanation).toBe(
      `Story 2 “Another story, same id” has the same id as Story 1 “${story.title}”, but they differ.`,
    );
    // Which copy is newer is said, when the file dates them apart.
    const dated = [story, { ...story, title: 'Newer copy', updatedAt: story.updatedAt + 60_000 }];
    expect(planImport(readJsonStories(JSON.stringify(dated), now).stories, [], now).items[1]?.explanation).toMatch(
      /but they differ; this copy was edited later \(.+ UTC against .+ UTC\)\.$/,
    );
    // Within one minute, to the second: the two times must read apart.
    const close = [story, { ...story, title: 'Newer copy', updatedAt: story.updatedAt + 1_000 }];
    expect(planImport(readJsonStories(JSON.stringify(close), now).stories, [], now).items[1]?.explanation).toMatch(
      /edited later \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC against \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)\.$/,
    );
    const choices = new Map([[1, 'file' as const]]);
    expect(describeCounts(await importStories(plan, choices, now))).toBe('2 new, 1 unchanged');
    const ids = (await listStories()).map((item) => item.id);
    expect(ids).toHaveLength(2);
    expect(ids).toContain(story.id);
  });

  it('matches a Markdown story by title, whatever its case and spacing, and asks when the copies differ', async () => {
    const [mine] = await bankOf([make.story({ title: 'Turned around the EMEA supply chain' })]);
    const markdown = '#   turned around the  EMEA supply chain  \n## Result\nLead time fell 40%.';
    const plan = planImport(readMarkdownStories(markdown, now).stories, await listStories(), now);
    expect(plan.items[0]).toMatchObject({ status: 'conflict', reason: 'undated', matchedBy: 'title' });
    expect(plan.items[0]?.explanation).toMatch(/does not say when it was edited/);
    await importStories(plan, new Map([[0, 'file' as const]]), now);
    expect(await listStories()).toEqual([
      expect.objectContaining({ id: mine?.id, result: 'Lead time fell 40%.', createdAt: mine?.createdAt }),
    ]);
  });

  it('imports nothing when the bank changed since the preview', async () => {
    const [story] = await bankOf([make.story({ updatedAt: now - 2 * day })]);
    if (!story) throw new Error('bank');
    const file = [{ ...story, result: 'Newer.', updatedAt: now - day }, make.story({ title: 'New one' })];
    const plan = planImport(readJsonStories(JSON.stringify(file), now).stories, await listStories(), now);
    await addStory(emptyStory({ title: 'Typed meanwhile', action: 'x' }), now);
    await db.stories.update(story.id, { result: 'Edited meanwhile.', updatedAt: now });
    await expect(importStories(plan, new Map(), now)).rejects.toBeInstanceOf(StaleImportError);
    expect(await db.stories.count()).toBe(2);
    expect((await db.stories.get(story.id))?.result).toBe('Edited meanwhile.');
  });

  it('imports the readable stories of a file with unreadable ones, when asked to', async () => {
    const read = readJsonStories(JSON.stringify([make.story(), { title: '' }, make.story({ title: 'B' })]), now);
    expect(read.unreadable).toBe(1);
    const plan = planImport(read.stories, [], now);
    expect(describeCounts(await importStories(plan, new Map(), now))).toBe('2 new');
    expect(await db.stories.count()).toBe(2);
  });
});
