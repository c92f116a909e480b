import { describe, expect, it } from 'vitest';
import { competencyFromTyped } from '@/lib/coach/competencies';
import { portfolio } from '@/lib/coach/portfolio';
import { coachStory, quotedList } from '@/lib/coach/rules';
import { emptyStory } from '@/lib/db/stories';
import { clearDraft, type DraftStore, draftName, listDrafts, loadDraft, saveDraft } from '@/lib/stories/drafts';
import { formatKeyNumbers, parseKeyNumbers } from '@/lib/stories/key-numbers';
import { checkDraft, draftFromStory, firstInvalidField, lengthHint, sameDraft } from '@/lib/stories/story-form';
import * as make from '../factories';

/** A Web Storage stand-in over a Map, as the panel's localStorage behaves. */
function memoryStore(): DraftStore {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    key: (index) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
  };
}

const blank = () => draftFromStory(emptyStory());

describe('key numbers', () => {
  it('reads what was typed, one number per line', () => {
    expect(parseKeyNumbers('$12M saved\n15 % of operating cost\n\n40,000 consultations')).toEqual([
      { value: '$12', unit: 'M', label: 'saved' },
      { value: '15', unit: '%', label: 'of operating cost', text: '15 % of operating cost' },
      { value: '40,000', unit: 'consultations', label: '' },
    ]);
  });

  it('shows a saved number exactly as it was typed', () => {
    const typed = '$12M saved\n15 % of operating cost\n40  people';
    expect(formatKeyNumbers(parseKeyNumbers(typed))).toBe(typed);
  });

  it('shows numbers from older records and other tools the way people write them, and reads them back the same', () => {
    const text = formatKeyNumbers([
      { value: '$12', unit: 'M', label: 'saved' },
      { value: '15', unit: '%', label: 'of operating cost' },
      { value: '40', unit: 'people', label: '' },
    ]);
    expect(text).toBe('$12M saved\n15% of operating cost\n40 people');
    expect(formatKeyNumbers(parseKeyNumbers(text))).toBe(text);
  });

  it('keeps the typed text in the draft untouched until the story is saved', () => {
    const typed = '$12M saved\n15 % of operating cost';
    const draft = { ...blank(), title: 'Cut costs', keyNumbers: typed };
    expect(draft.keyNumbers).toBe(typed);
    const checked = checkDraft(draft);
    expect(checked.ok && checked.story.metrics).toEqual([
      { value: '$12', unit: 'M', label: 'saved' },
      { value: '15', unit: '%', label: 'of operating cost', text: '15 % of operating cost' },
    ]);
  });
});

describe('checking the form on save', () => {
  it('keeps the team size as typed and asks for a whole number', () => {
    for (const typed of ['40', ' 1,200 ', '']) {
      const checked = checkDraft({ ...blank(), title: 'A story', teamSize: typed });
      expect(checked.ok).toBe(true);
    }
    const checked = checkDraft({ ...blank(), title: 'A story', teamSize: 'about 40' });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.errors.teamSize).toBe('Enter the team size as a whole number, such as 40.');
  });

  it('keeps a tag that holds a comma through the form', () => {
    const story = { ...emptyStory(), title: 'Cut costs', tags: ['cost, savings', 'ops'] };
    const draft = draftFromStory(story);
    expect(draft.tags).toBe('cost, savings; ops');
    const checked = checkDraft(draft);
    expect(checked.ok && checked.story.tags).toEqual(['cost, savings', 'ops']);
    expect(draftFromStory({ ...story, tags: ['cost', 'ops'] }).tags).toBe('cost, ops');
  });

  it('asks for a period of real years, and keeps ones people write', () => {
    for (const period of ['2023', '2019–2021', 'Q3 2023', 'since 2015', '']) {
      expect(checkDraft({ ...blank(), title: 'A story', period }).ok).toBe(true);
    }
    for (const period of ['20199', '3023', '2019–20211']) {
      const checked = checkDraft({ ...blank(), title: 'A story', period });
      expect(!checked.ok && checked.errors.period).toBe(
        'Write the period as a year or a range of years, such as 2019–2021.',
      );
    }
  });

  it('says in a sentence per field what to change, the first field first', () => {
    const checked = checkDraft({ ...blank(), title: 'x'.repeat(201), teamSize: '4o', action: 'y'.repeat(200_001) });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toEqual({
      title: 'Keep the title under 200 characters: it has 201.',
      teamSize: 'Enter the team size as a whole number, such as 40.',
      action: 'Shorten the action to under 200,000 characters.',
    });
    expect(firstInvalidField(checked.errors)).toBe('title');
    expect(checkDraft(blank())).toEqual({ ok: false, errors: { title: 'Give the story a title.' } });
  });

  it('counts the characters of a line only once it nears its limit', () => {
    expect(lengthHint('x'.repeat(179), 200)).toBeUndefined();
    expect(lengthHint('x'.repeat(180), 200)).toBe('180 of 200 characters.');
    expect(lengthHint('x'.repeat(447), 200)).toBe('447 of 200 characters.');
  });

  it('turns a saved story into the form and back without change', () => {
    const story = make.story({ tags: ['ops', 'emea'], teamSize: 40 });
    const { id: _id, createdAt: _c, updatedAt: _u, archived: _a, ...input } = story;
    const draft = draftFromStory(input);
    expect(draft.teamSize).toBe('40');
    expect(draft.tags).toBe('ops, emea');
    expect(checkDraft(draft)).toEqual({ ok: true, story: input });
    expect(sameDraft(draft, draftFromStory(input))).toBe(true);
    expect(sameDraft(draft, { ...draft, action: `${draft.action}!` })).toBe(false);
  });
});

describe('unsaved drafts', () => {
  it('keeps one draft per story, the latest first, and forgets a cleared one', () => {
    const store = memoryStore();
    saveDraft('new', { ...blank(), title: 'Half-written' }, { now: 1_000, store });
    saveDraft('story-1', { ...blank(), title: 'Edited' }, { now: 2_000, store });
    saveDraft('new', { ...blank(), title: 'Half-written, more' }, { now: 3_000, store });
    expect(listDrafts(store).map((saved) => [saved.key, saved.draft.title])).toEqual([
      ['new', 'Half-written, more'],
      ['story-1', 'Edited'],
    ]);
    expect(loadDraft('story-1', store)?.savedAt).toBe(2_000);
    clearDraft('story-1', store);
    expect(loadDraft('story-1', store)).toBeUndefined();
    expect(listDrafts(store)).toHaveLength(1);
  });

  it('ignores a damaged entry and names an untitled draft', () => {
    const store = memoryStore();
    store.setItem('dossier.storyDraft.broken', '{not json');
    expect(listDrafts(store)).toEqual([]);
    saveDraft('new', blank(), { now: 1, store });
    const saved = loadDraft('new', store);
    expect(saved && draftName(saved)).toBe('a new story');
    // A pasted paragraph of a title is named in a line, not printed whole in every banner.
    saveDraft('new', { ...blank(), title: `Rebuilt ${'the board’s trust '.repeat(30)}` }, { now: 2, store });
    const long = loadDraft('new', store);
    expect(long && draftName(long)).toMatch(/^“Rebuilt the board’s trust .{40,}…”$/);
    expect((long && draftName(long))?.length).toBeLessThanOrEqual(82);
  });
});

describe('coaching read as sentences', () => {
  it('quotes the words it found and joins them as in a sentence', () => {
    expect(quotedList(['fixed'])).toBe('“fixed”');
    expect(quotedList(['fixed', 'worked late', 'by hand'])).toBe('“fixed”, “worked late” and “by hand”');
    const story = make.story({ action: 'I worked late and fixed the reports by hand with the team.' });
    const framing = coachStory(story).find((item) => item.rule === 'executive-framing');
    expect(framing?.message).toBe(
      'The story speaks of firefighting or doing the work by hand: “worked late” and “by hand”.',
    );
  });

  it('names the field each finding is about, and every message ends a sentence', () => {
    const findings = coachStory(make.story({ kind: 'failure', result: '', lesson: '', competencies: [] }));
    const fields = Object.fromEntries(findings.map((item) => [item.rule, item.field]));
    expect(fields).toMatchObject({
      'quantified-result': 'result',
      outcome: 'result',
      ownership: 'action',
      'executive-framing': 'action',
      'failure-lesson': 'lesson',
      competencies: 'competencies',
    });
    for (const item of findings) {
      for (const text of [item.message, item.why, item.fix].filter(Boolean)) expect(text).toMatch(/[.?!]$/);
    }
  });
});

describe('a competency typed into the editor', () => {
  it('is the taxonomy’s when it names one, and the person’s own words otherwise', () => {
    expect(competencyFromTyped('Financial acumen and capital allocation')).toBe('financial-acumen');
    expect(competencyFromTyped('  financial   ACUMEN ')).toBe('financial-acumen');
    expect(competencyFromTyped('  Stakeholder   wrangling ')).toBe('Stakeholder wrangling');
    expect(competencyFromTyped('   ')).toBeUndefined();
  });
});

describe('the portfolio', () => {
  it('counts the competencies the user tagged under their own names as well as the taxonomy’s', () => {
    const stories = [
      make.story({ competencies: ['financial-acumen', 'Stakeholder wrangling'] }),
      make.story({ competencies: ['stakeholder  wrangling'] }),
      make.story({ competencies: ['financial-acumen'] }),
      make.story({ competencies: ['Board politics'] }),
    ];
    const summary = portfolio(stories, []);
    expect(summary.tagged.map((item) => [item.label, item.storyIds.length, item.own])).toEqual([
      ['Financial acumen and capital allocation', 2, false],
      ['Stakeholder wrangling', 2, true],
      ['Board politics', 1, true],
    ]);
  });
});
