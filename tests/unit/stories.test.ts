import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import {
  addStory,
  deleteDamagedStories,
  deleteStory,
  duplicateStory,
  emptyStory,
  getStory,
  listStories,
  markStoryTold,
  readStoryBank,
  restoreStory,
  setStoryArchived,
  updateStory,
} from '@/lib/db/stories';
import { storyPlan } from '@/lib/match/plan';
import { formatKeyNumbers, parseKeyNumbers } from '@/lib/stories/key-numbers';
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

  it('stores each key number with the line the user typed, so it reads back the same', async () => {
    const story = await addStory(
      emptyStory({ title: 'Cut costs', metrics: parseKeyNumbers('$12M saved\n15 % of operating cost') }),
    );
    const stored = await db.stories.get(story.id);
    expect(formatKeyNumbers(stored?.metrics ?? [])).toBe('$12M saved\n15 % of operating cost');
  });

  it('keeps a damaged stored record out of the bank, names it, and deletes it with its ledger', async () => {
    const good = await addStory(emptyStory({ title: 'Readable', action: 'I did.' }));
    // Written past the schema, as an older build or a damaged disk could leave it.
    await db.stories.put({ id: 'broken', title: 'Half a story', metrics: null, competencies: 'x' } as never);
    await db.storyUses.add({ id: 'use-1', storyId: 'broken', interviewId: 'i', personId: null, toldAt: 1 } as never);
    expect((await listStories()).map((story) => story.id)).toEqual([good.id]);
    expect((await readStoryBank()).damaged).toEqual([{ id: 'broken', title: 'Half a story' }]);
    expect(await getStory('broken')).toBeNull();
    await deleteDamagedStories(['broken']);
    expect(await db.stories.count()).toBe(1);
    expect(await db.storyUses.count()).toBe(0);
  });

  it('refuses an empty title with a readable message and leaves the bank as it was', async () => {
    await expect(addStory(emptyStory({ title: '   ' }))).rejects.toThrow(/title/);
    expect(await db.stories.count()).toBe(0);
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
