import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import {
  addStory,
  deleteStory,
  duplicateStory,
  emptyStory,
  importStories,
  listStories,
  markStoryTold,
  restoreStory,
  setStoryArchived,
  updateStory,
} from '@/lib/db/stories';
import { storyPlan } from '@/lib/match/plan';
import { readJsonStories, readMarkdownStories, storiesToJson, storiesToMarkdown } from '@/lib/stories/files';
import * as make from '../factories';

describe('the story bank', () => {
  it('creates, edits, duplicates, archives, and deletes with undo, ledger included', async () => {
    const company = make.company();
    const interview = make.interview(company.id);
    await db.companies.add(company);
    await db.interviews.add(interview);

    const story = await addStory(
      emptyStory({ title: '  Cut  $12M of costs ', result: 'Saved $12M.', tags: ['cost', 'cost', ' '] }),
      1,
    );
    expect(story).toMatchObject({ title: 'Cut $12M of costs', tags: ['cost'], archived: false });
    const edited = await updateStory(story.id, { ...story, hook: '$12M out, no layoffs' }, 2);
    expect(edited).toMatchObject({ hook: '$12M out, no layoffs', createdAt: 1, updatedAt: 2 });
    const copy = await duplicateStory(story.id, 3);
    expect(copy.title).toBe('Cut $12M of costs (copy)');
    await setStoryArchived(copy.id, true);
    expect((await listStories()).find((item) => item.id === copy.id)?.archived).toBe(true);

    await markStoryTold(story.id, interview.id, undefined, 4);
    const deleted = await deleteStory(story.id);
    expect(deleted?.uses).toHaveLength(1);
    expect(await db.stories.get(story.id)).toBeUndefined();
    expect(await db.storyUses.count()).toBe(0);
    await restoreStory(deleted as NonNullable<typeof deleted>);
    expect(await db.stories.get(story.id)).toEqual(edited);
    expect(await db.storyUses.count()).toBe(1);
  });

  it('refuses an empty title with a readable message and leaves the bank as it was', async () => {
    await expect(addStory(emptyStory({ title: '   ' }))).rejects.toThrow(/title/);
    expect(await db.stories.count()).toBe(0);
  });

  it('imports all or nothing, and replaces a story only with a newer copy of it', async () => {
    const kept = make.story({ updatedAt: 10 });
    await db.stories.add(kept);
    expect(await importStories([{ ...kept, title: 'Older copy', updatedAt: 5 }, make.story()])).toBe(1);
    expect((await db.stories.get(kept.id))?.title).toBe(kept.title);
    const bad = { ...make.story(), kind: 'legend' } as never;
    await expect(importStories([make.story(), bad])).rejects.toThrow();
    expect(await db.stories.count()).toBe(2);
  });
});

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

describe('story files', () => {
  it('reads Markdown the way notes apps keep it, with a message per story it cannot read', () => {
    const { stories, problems } = readMarkdownStories(notesApp, 1);
    expect(stories.map((story) => story.title)).toEqual([
      'Turned around the EMEA supply chain',
      'The product launch that failed',
    ]);
    expect(stories[0]).toMatchObject({
      situation: 'Deliveries ran three weeks late.',
      challenge: 'Two warehouses and no budget.',
      metrics: [{ value: '38', unit: '%', label: 'shorter lead time' }],
      competencies: ['systems-design', 'execution-results'],
    });
    expect(stories[1]).toMatchObject({ kind: 'failure', action: 'I skipped the pilot.', lesson: 'Pilot first.' });
    expect(problems).toEqual([
      'Lines 1–3: text before the first story heading was not read.',
      expect.stringMatching(/Story 3 .*"Notes without fields": no field could be read/),
      expect.stringMatching(/Story 4 .*unknown kind "legend"/),
    ]);
  });

  it('says so when a Markdown file has no stories or only broken headings', () => {
    expect(readMarkdownStories('just some text\nand more').problems[0]).toMatch(/No stories found/);
    expect(readMarkdownStories('##Situation without a space\n#Title').problems[0]).toMatch(/No stories found/);
  });

  it('round-trips the bank through Markdown and JSON', () => {
    const bank = [
      make.story({ competencies: ['systems-design'], tags: ['supply chain'] }),
      make.story({ kind: 'failure', title: 'Über-ambitious launch', lesson: 'Pilot first.' }),
    ];
    const fromMarkdown = readMarkdownStories(storiesToMarkdown(bank), 1);
    expect(fromMarkdown.problems).toEqual([]);
    expect(fromMarkdown.stories.map(({ id, createdAt, updatedAt, ...rest }) => rest)).toEqual(
      bank.map(({ id, createdAt, updatedAt, ...rest }) => rest),
    );
    expect(readJsonStories(storiesToJson(bank)).stories).toEqual(bank);
  });

  it('reads JSON story by story, and warns about duplicate titles without dropping either', () => {
    const good = make.story();
    const result = readJsonStories(
      JSON.stringify([good, { title: 'No kind', kind: 'legend' }, 'nonsense', { ...make.story(), id: 'other' }]),
      1,
      ['Something else'],
    );
    expect(result.stories.map((story) => story.id)).toEqual([good.id, 'other']);
    expect(result.problems).toEqual([
      expect.stringMatching(/^Story 2 "No kind": kind: /),
      expect.stringMatching(/^Story 3: /),
    ]);
    expect(result.warnings).toEqual([`Two stories are called "${good.title}"; both are kept.`]);
    expect(readJsonStories('{oops').problems[0]).toMatch(/Not valid JSON/);
    expect(readJsonStories('[]').problems[0]).toMatch(/no stories/);
    expect(readJsonStories('{"a":1}').problems[0]).toMatch(/Expected a list/);
  });
});

describe('an interview’s story plan', () => {
  const company = make.company();
  const interview = make.interview(company.id);
  const cfo = make.person(company.id, {
    name: 'Ada Okafor',
    title: 'Chief Financial Officer',
    interviewIds: [interview.id],
  });
  const chro = make.person(company.id, {
    name: 'Lee Park',
    title: 'Chief People Officer',
    interviewIds: [interview.id],
  });
  const costs = make.story({
    title: 'Cut $12M of costs',
    competencies: ['financial-acumen'],
    action: 'I ran a zero-based budget with my leaders and cut vendor spend.',
  });
  const coaching = make.story({
    title: 'Grew my successor',
    competencies: ['developing-leaders'],
    action: 'I coached two team leads and built a succession plan with HR.',
  });
  const requirement = make.fact(company.id, {
    type: 'requirement',
    text: 'Experience leading teams across countries and cultures.',
  });

  it('targets what the job and each interviewer probe, with where each comes from', () => {
    const plan = storyPlan({
      interviewId: interview.id,
      stories: [costs, coaching],
      people: [cfo, chro],
      facts: [requirement],
      uses: [],
    });
    const ids = plan.targets.map((target) => target.competencyId);
    expect(ids.slice(0, 2)).toEqual(['developing-leaders', 'financial-acumen']);
    expect(plan.targets.find((t) => t.competencyId === 'cross-cultural-communication')?.origins).toContainEqual({
      kind: 'job',
      text: requirement.text,
    });
    const cfoQuestion = plan.questions.find((question) => question.origin === 'Ada Okafor (CFO)');
    expect(cfoQuestion?.suggestedStoryId).toBe(costs.id);
    expect(plan.questions.find((q) => q.origin === 'Lee Park (CHRO)')?.suggestedStoryId).toBe(coaching.id);
    const gap = plan.gaps.find((item) => item.competencyId === 'cross-cultural-communication');
    expect(gap?.message).toMatch(/stor(y|ies) .*for communicating across cultures/);
    expect(plan.gaps.find((item) => item.competencyId === 'learning-agility')?.message).toBe(
      'No story yet for learning fast.',
    );
  });

  it('reads a chair who is also the chief executive as the CEO, and a chair alone as the board', () => {
    const chairCeo = make.person(company.id, {
      name: 'Corey E. Thomas',
      title: 'Chairman & Chief Executive Officer',
      interviewIds: [interview.id],
    });
    const chair = make.person(company.id, {
      name: 'Mia Roth',
      title: 'Chair of the Board',
      interviewIds: [interview.id],
    });
    const plan = storyPlan({ interviewId: interview.id, stories: [], people: [chairCeo, chair], facts: [], uses: [] });
    const origins = new Set(plan.questions.map((question) => question.origin));
    expect(origins).toContain('Corey E. Thomas (CEO / president)');
    expect(origins).toContain('Mia Roth (Board member)');
  });

  it('warns before suggesting a story the panel or the person already heard, and offers another', () => {
    const earlier = make.interview(company.id);
    const uses = [make.storyUse(costs.id, earlier.id, { personId: cfo.id })];
    const other = make.story({ title: 'Chose the automated line', competencies: ['financial-acumen'] });
    const plan = storyPlan({ interviewId: interview.id, stories: [costs, other], people: [cfo], facts: [], uses });
    const question = plan.questions.find((q) => q.personId === cfo.id && q.matches[0]?.storyId === costs.id);
    expect(question?.warnings).toContainEqual({
      storyId: costs.id,
      message: 'Ada Okafor heard it in an earlier round.',
    });
    expect(question?.suggestedStoryId).toBe(other.id);
  });

  it('does not make one story the answer to everything', () => {
    const capital = make.story({
      title: 'Chose the automated line over a second plant',
      competencies: ['financial-acumen'],
      action: 'I built both business cases with finance and recommended the staged investment to the board.',
    });
    const plan = storyPlan({
      interviewId: interview.id,
      stories: [costs, capital],
      people: [cfo],
      facts: [],
      uses: [],
    });
    const [first, second] = plan.questions.filter((question) => question.personId === cfo.id);
    expect(first?.matches.map((match) => match.rating)).toEqual(['strong', 'strong']);
    expect(first?.suggestedStoryId).not.toBe(second?.suggestedStoryId);
  });
});
