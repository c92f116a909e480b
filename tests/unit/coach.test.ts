import { describe, expect, it } from 'vitest';
import { portfolio } from '@/lib/coach/portfolio';
import { type CoachStory, coachScore, coachStory, type RuleId, speakingSeconds } from '@/lib/coach/rules';
import * as make from '../factories';

function rule(story: Partial<CoachStory>, id: RuleId) {
  const found = coachStory(make.story(story)).find((item) => item.rule === id);
  if (!found) throw new Error(`no finding for ${id}`);
  return found;
}

const failure: Partial<CoachStory> = {
  kind: 'failure',
  situation: 'We launched a connected thermostat in the US.',
  challenge: 'The board expected revenue within a year.',
  action: 'I pushed the launch through retail and overruled the product lead who asked for a pilot with installers.',
  result: 'Sell-through was a fifth of plan and we wrote off $4M.',
  lesson: 'I misjudged how much installers decide adoption. Since then every launch I lead starts with a paid pilot.',
};

describe('coaching rules', () => {
  it('quantified result: passes numbers and metrics, asks for one otherwise', () => {
    expect(rule({ result: 'Lead time fell 38% in two quarters.', metrics: [] }, 'quantified-result').status).toBe('ok');
    expect(rule({ result: 'Revenue doubled.', metrics: [] }, 'quantified-result').status).toBe('ok');
    const vague = rule(
      { result: 'Delivery got a lot better and customers were happy.', metrics: [] },
      'quantified-result',
    );
    expect(vague.status).toBe('improve');
    expect(vague.why).toMatch(/move numbers/);
    expect(vague.fix).toMatch(/before and after/);
    expect(rule({ result: '', metrics: [] }, 'quantified-result').status).toBe('missing');
  });

  it('context: needs the situation and the challenge', () => {
    expect(rule({}, 'context').status).toBe('ok');
    expect(rule({ challenge: '' }, 'context').message).toMatch(/challenge is missing/);
    expect(rule({ situation: '', challenge: '' }, 'context').status).toBe('missing');
  });

  it('outcome: says why the result mattered', () => {
    expect(rule({ result: 'We kept our largest customer.', metrics: [] }, 'outcome').status).toBe('ok');
    expect(rule({ result: 'The project finished.', metrics: [] }, 'outcome').status).toBe('improve');
  });

  it('ownership: flags an action told only with "we", and one with no team at all', () => {
    expect(rule({}, 'ownership').status).toBe('ok');
    const we = rule({ action: 'We reviewed the plan and we moved two warehouses.' }, 'ownership');
    expect(we.status).toBe('improve');
    expect(we.message).toMatch(/only with "we"/);
    const alone = rule({ action: 'I decided to close the site and I rewrote the plan.' }, 'ownership');
    expect(alone.status).toBe('improve');
    expect(alone.message).toMatch(/no team/);
    expect(alone.words).toContain('I decided');
  });

  it('executive framing: shows the matched words of both kinds', () => {
    const good = rule(
      { action: 'I designed a weekly planning cadence with the leads and decided to close a site.' },
      'executive-framing',
    );
    expect(good.status).toBe('ok');
    expect(good.words).toEqual(expect.arrayContaining(['designed', 'cadence', 'decided']));
    const firefight = rule(
      { action: 'I stayed late every night with the team and fixed the orders by hand over the weekend.' },
      'executive-framing',
    );
    expect(firefight.status).toBe('improve');
    expect(firefight.words).toEqual(expect.arrayContaining(['stayed late', 'by hand', 'over the weekend']));
  });

  it('failure: ownership, no excuses, the lesson and what changed', () => {
    for (const id of ['failure-ownership', 'failure-excuses', 'failure-lesson', 'failure-change'] as const) {
      expect(rule(failure, id).status).toBe('ok');
    }
    const excuses = {
      ...failure,
      action: 'The product lead did not listen and it was not my fault that the retailers were unlucky.',
      result: 'Sales were poor because they never trained the stores.',
      lesson: '',
    };
    expect(rule(excuses, 'failure-ownership').status).toBe('improve');
    expect(rule(excuses, 'failure-excuses').words).toEqual(
      expect.arrayContaining(['was not my fault', 'unlucky', 'because they never']),
    );
    expect(rule(excuses, 'failure-lesson').status).toBe('missing');
    expect(rule({ ...failure, lesson: 'Launches are hard.' }, 'failure-change').status).toBe('improve');
    // Achievements are not asked for a lesson.
    expect(coachStory(make.story()).some((item) => item.rule.startsWith('failure'))).toBe(false);
  });

  it('relevance: competencies tagged, and speaking time near one to two minutes', () => {
    expect(rule({ competencies: [] }, 'competencies').status).toBe('missing');
    expect(rule({}, 'speaking-time').message).toMatch(/too thin/);
    const sentence = 'I set the plan with the regional leads and we reviewed it every week. ';
    const right = {
      situation: sentence.repeat(4),
      challenge: sentence.repeat(4),
      action: sentence.repeat(8),
      result: sentence.repeat(4),
    };
    expect(speakingSeconds({ ...right, lesson: '' })).toBeGreaterThan(60);
    expect(rule(right, 'speaking-time').status).toBe('ok');
    expect(rule({ ...right, action: sentence.repeat(40) }, 'speaking-time').message).toMatch(/too long/);
  });

  it('an empty story gets a finding per rule, each saying what to write', () => {
    const empty = coachStory(
      make.story({ situation: '', challenge: '', action: '', result: '', lesson: '', metrics: [], competencies: [] }),
    );
    expect(empty.filter((item) => item.status === 'missing').map((item) => item.rule)).toEqual([
      'quantified-result',
      'context',
      'outcome',
      'ownership',
      'executive-framing',
      'competencies',
      'speaking-time',
    ]);
    expect(coachScore(empty)).toBe(0);
  });

  it('skips the word rules for a story in another language rather than judging it wrongly', () => {
    const german = coachStory(
      make.story({
        situation: 'Die Lieferungen in Europa kamen drei Wochen zu spät und zwei Händler drohten zu kündigen.',
        action:
          'Ich habe mit den regionalen Leitern einen wöchentlichen Planungsrhythmus eingeführt und ein Lager geschlossen.',
        result: 'Die Lieferzeit sank um 38 Prozent.',
      }),
    );
    expect(german.find((item) => item.rule === 'ownership')?.status).toBe('skipped');
    expect(german.find((item) => item.rule === 'quantified-result')?.status).toBe('ok');
  });

  it('survives a very long story', () => {
    const long = 'I decided with the team to redesign the process. '.repeat(4_000);
    const findings = coachStory(make.story({ action: long }));
    expect(findings.find((item) => item.rule === 'speaking-time')?.message).toMatch(/too long/);
  });
});

describe('portfolio', () => {
  const now = Date.UTC(2026, 10, 21);

  it('warns when every story is a success, and when failures dominate', () => {
    expect(portfolio([make.story(), make.story()], [], now).balance.status).toBe('no-failures');
    // One failure of two stories is a start, not an imbalance.
    expect(portfolio([make.story({ kind: 'failure' }), make.story()], [], now).balance).toEqual({
      status: 'ok',
      message: '1 failure among 2 stories: balanced.',
    });
    // A bank of failures alone is never balanced, however small.
    for (const count of [1, 3]) {
      const only = Array.from({ length: count }, () => make.story({ kind: 'failure' }));
      expect(portfolio(only, [], now).balance.message).toMatch(/^Only failures so far\./);
    }
    const failures = [
      make.story({ kind: 'failure' }),
      make.story({ kind: 'failure' }),
      make.story({ kind: 'failure' }),
      make.story(),
    ];
    expect(portfolio(failures, [], now).balance.status).toBe('too-many-failures');
    expect(
      portfolio([...failures, make.story(), make.story(), make.story(), make.story()], [], now).balance.status,
    ).toBe('ok');
  });

  it('lists competencies covered and not, dated stories, stories without numbers and never used', () => {
    const strategy = make.story({
      competencies: ['vision-strategy'],
      period: '2012',
      result: 'Margins improved.',
      metrics: [],
    });
    const told = make.story({ period: '2019–present' });
    const archived = make.story({ archived: true, competencies: ['culture-ownership'] });
    const result = portfolio([strategy, told, archived], [make.storyUse(told.id, 'interview-1')], now);
    expect(result.active).toBe(2);
    expect(result.coverage.find((item) => item.id === 'vision-strategy')?.storyIds).toEqual([strategy.id]);
    expect(result.uncovered.map((item) => item.id)).toContain('culture-ownership');
    expect(result.uncovered.map((item) => item.id)).not.toContain('systems-design');
    expect(result.dated).toEqual([strategy.id]);
    expect(result.withoutNumbers).toEqual([strategy.id]);
    expect(result.neverUsed).toEqual([strategy.id]);
  });
});
