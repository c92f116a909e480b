// Coaching for one story, rule by rule. Each finding says what is missing, why it matters to an
// executive interviewer, and how to fix it, with the words that triggered it.
import type { Story } from '@/lib/schema';

export type CoachStory = Pick<
  Story,
  'title' | 'situation' | 'challenge' | 'action' | 'result' | 'lesson' | 'metrics' | 'kind' | 'competencies'
>;

export type FindingStatus = 'ok' | 'improve' | 'missing' | 'skipped';

/** The part of the story a finding is about, so the editor can take the person to it. */
export type FindingField =
  | 'title'
  | 'situation'
  | 'challenge'
  | 'action'
  | 'result'
  | 'lesson'
  | 'metrics'
  | 'competencies';

export interface Finding {
  rule: RuleId;
  label: string;
  field: FindingField;
  status: FindingStatus;
  /** What the story does or lacks. */
  message: string;
  /** Why an executive interviewer cares; shown when the rule is not met. */
  why: string;
  /** How to fix it; empty when nothing needs fixing. */
  fix: string;
  /** The story's words the rule matched. */
  words: string[];
}

export type RuleId =
  | 'quantified-result'
  | 'context'
  | 'outcome'
  | 'ownership'
  | 'executive-framing'
  | 'failure-ownership'
  | 'failure-excuses'
  | 'failure-lesson'
  | 'failure-change'
  | 'competencies'
  | 'speaking-time';

/** About how fast people speak in an interview. */
export const wordsPerMinute = 150;

const numberWords =
  /\b(doubled|tripled|halved|quadrupled|twice|half|tenfold|one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds?|thousands?|millions?|billions?)\b/i;
const figure = /\d|[$€£¥]|\bpercent\b/i;

const impactWords =
  /\b(revenue|profit|margin|cost|costs|sav(ed|ings)|customers?|market|share|growth|grew|retention|retain(ed)?|trust|safety|valuation|cash|reputation|adoption|engagement|attrition|so that|which meant|meaning|enabled|allowed|still|became|renewed|promoted|avoided)\b/i;

/** "I" followed by something the candidate did; "I was", "I felt", "I hoped" do not count. */
const decisionVerbs =
  /\bI (?!was\b|wanted\b|needed\b|hoped\b|felt\b|tried\b|seemed\b|liked\b|used to\b)(\w+ed|set|chose|built|led|made|took|put|ran|wrote|told|met|brought|sought|spent|gave|held|kept|cut|began|drove|won|sold|let|got|went|flew|paid|laid|fought|found|saw|sent|struck|shut|stood|split|spoke|taught|knew|rebuilt|had a|had the)\b/gi;
/** Any other person in the action: the team, colleagues, a committee, the people affected. */
const teamWords =
  /\b(we|our|us|team|teams|together|with|colleagues?|leads|leaders|managers|reports|people|staff|committee|board|group|partners?|peers?|them|they|everyone|each|champions|council|representatives)\b/gi;

const executiveLexicon = [
  'designed',
  'decided',
  'strategy',
  'set the direction',
  'set up',
  'built the',
  'system',
  'process',
  'mechanism',
  'cadence',
  'framework',
  'operating model',
  'structure',
  'delegated',
  'developed',
  'coached',
  'hired',
  'invested',
  'prioritized',
  'aligned',
  'long-term',
  'scaled',
  'playbook',
  'policy',
  'standard',
  'owner',
  'accountable',
  'governance',
  'chose',
  'stopped',
  'recommended',
  'business case',
  'business cases',
  'investment',
  'milestones',
  'proposed',
  'negotiated',
  'restructured',
  'redesigned',
  'introduced',
  'launched',
  'established',
  'created',
  'defined',
  'partnered',
  'agreed',
  'coalition',
  'steering',
  'sponsor',
  'trained',
  'principles',
  'program',
  'programme',
  'plan',
  'council',
  'roles',
  'hiring bar',
];
const operatorLexicon = [
  'firefighting',
  'firefight',
  'fire-fighting',
  'stayed late',
  'late nights',
  'worked late',
  'all-nighter',
  'all night',
  'weekends',
  'over the weekend',
  'overtime',
  'by hand',
  'manually',
  'myself did',
  'did it myself',
  'personally fixed',
  'rolled up my sleeves',
  'jumped in',
  'heroic',
  'heroics',
  'scrambled',
  'put out fires',
  'hands-on',
  'every single',
  '80-hour',
  '100-hour',
];

const ownershipWords =
  /\b(I (failed|misjudged|underestimated|overestimated|overruled|ignored|missed|waited|should have|was wrong|made a mistake|owned|take responsibility|took responsibility|did not|didn't|accepted|pushed|chose|committed|promoted)|my (mistake|fault|responsibility|error|call|decision))\b/gi;
const excuseWords =
  /\b(their fault|((was|is) ?n[o']t|not) my (fault|call|decision|responsibility)|blame[ds]?|blaming|due to (the|my) team|the team failed|management (didn't|did not|failed)|because (they|the team|management|the market|the board|the client|others) (never|didn't|did not|failed|wouldn't|would not|refused|ignored)|they never|bad luck|unlucky|out of my control|beyond my control|nobody told me|no one told me|they didn't|they did not|was given|forced me|had no choice)\b/gi;
const changeWords =
  /\b(now|since then|ever since|today I|from then on|changed how|I always|I never|every (launch|project|hire|program|decision)|I require|I use|I set|I ask|I make|going forward|afterwards I)\b/gi;

/** English filler words; a text without them is written in another language and word rules skip it. */
const englishMarkers = new Set(['the', 'and', 'to', 'of', 'a', 'in', 'i', 'we', 'was', 'for', 'with', 'our', 'my']);

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function matches(text: string, pattern: RegExp): string[] {
  return [...new Set([...text.matchAll(pattern)].map((match) => match[0]))];
}

function lexiconMatches(text: string, lexicon: string[]): string[] {
  const padded = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}-]+/gu, ' ')} `;
  return lexicon.filter((entry) => padded.includes(` ${entry} `));
}

export function isEnglish(text: string): boolean {
  const all = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (all.length < 8) return true;
  const markers = all.filter((word) => englishMarkers.has(word)).length;
  return markers / all.length >= 0.06;
}

/** Speaking time in seconds at about 150 words a minute. */
export function speakingSeconds(
  story: Pick<Story, 'situation' | 'challenge' | 'action' | 'result' | 'lesson'>,
): number {
  const total = [story.situation, story.challenge, story.action, story.result, story.lesson]
    .map(wordCount)
    .reduce((sum, count) => sum + count, 0);
  return Math.round((total / wordsPerMinute) * 60);
}

/** Words quoted and joined as in a sentence: “fixed”, “worked late” and “by hand”. */
export function quotedList(items: string[]): string {
  const quoted = items.map((item) => `“${item}”`);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** Figures joined as in a sentence, unquoted: 92%, $12M and two quarters. */
function plainList(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function finding(
  rule: RuleId,
  label: string,
  field: FindingField,
  status: FindingStatus,
  message: string,
  why: string,
  fix: string,
  found: string[] = [],
): Finding {
  return {
    rule,
    label,
    field,
    status,
    message,
    why,
    fix: status === 'ok' || status === 'skipped' ? '' : fix,
    words: found,
  };
}

export function coachStory(story: CoachStory): Finding[] {
  const body = [story.situation, story.challenge, story.action, story.result, story.lesson].join('\n');
  const english = isEnglish(body);
  const skipped = (rule: RuleId, label: string, field: FindingField) =>
    finding(rule, label, field, 'skipped', 'Not checked: the story is not written in English.', '', '');
  const findings: Finding[] = [];

  // Quantified result
  const metricText = story.metrics.map((metric) => `${metric.value}${metric.unit}`);
  const resultFigures = story.result.match(/[$€£¥]?\d[\d.,]*\s?(%|[kmb]\b|bn\b|million|billion|points?|x\b)?/gi) ?? [];
  const quantified = metricText.length > 0 || figure.test(story.result) || numberWords.test(story.result);
  findings.push(
    finding(
      'quantified-result',
      'Quantified result',
      'result',
      quantified ? 'ok' : story.result.trim() ? 'improve' : 'missing',
      quantified
        ? `The result is measured: ${plainList([...new Set([...metricText, ...resultFigures.map((f) => f.trim())])].slice(0, 4))}.`
        : story.result.trim()
          ? 'The result has no number: no percentage, money, time or count.'
          : 'There is no result yet.',
      'Executives are hired to move numbers; a result without one sounds like activity, not impact.',
      'Add the before and after: "lead time fell from 21 to 13 days (38%)", "$12M saved", "in two quarters".',
      [...metricText, ...resultFigures.map((f) => f.trim())],
    ),
  );

  // Context
  const contextWords = wordCount(story.situation) + wordCount(story.challenge);
  const hasSituation = story.situation.trim().length > 0;
  const hasChallenge = story.challenge.trim().length > 0;
  findings.push(
    finding(
      'context',
      'Context',
      hasSituation ? 'challenge' : 'situation',
      hasSituation && hasChallenge && contextWords >= 12 ? 'ok' : hasSituation || hasChallenge ? 'improve' : 'missing',
      hasSituation && hasChallenge
        ? contextWords >= 12
          ? 'Situation and challenge are both set out.'
          : 'Situation and challenge are there but very short.'
        : hasSituation
          ? 'The challenge is missing: what made this hard?'
          : hasChallenge
            ? 'The situation is missing: where, when and what was at stake?'
            : 'Neither the situation nor the challenge is written.',
      'Without the stakes and the obstacle, the interviewer cannot judge how hard the result was to get.',
      'One sentence each: the situation (scale, stakes) and the challenge (what stood in the way).',
    ),
  );

  // Outcome that says why it mattered
  const impact = matches(story.result, new RegExp(impactWords.source, 'gi'));
  findings.push(
    finding(
      'outcome',
      'Why it mattered',
      'result',
      !story.result.trim() ? 'missing' : impact.length > 0 || quantified ? 'ok' : 'improve',
      !story.result.trim()
        ? 'There is no outcome.'
        : impact.length > 0 || quantified
          ? 'The outcome says what changed for the business.'
          : 'The outcome says what happened but not why it mattered to the business.',
      'Interviewers listen for business consequences: customers, money, people, risk.',
      'End the result with its consequence: "…which kept our largest customer" or "…and funded the next launch".',
      impact,
    ),
  );

  // Ownership in the action
  if (!english) findings.push(skipped('ownership', 'Ownership', 'action'));
  else {
    const decisions = matches(story.action, decisionVerbs);
    const iCount = (story.action.match(/\bI\b/g) ?? []).length;
    const weCount = (story.action.match(/\bwe\b/gi) ?? []).length;
    const team = matches(story.action, teamWords);
    let status: FindingStatus = 'ok';
    let message = `Your own decisions are clear when you say ${quotedList(decisions.slice(0, 3))}, and the team is in view.`;
    if (!story.action.trim()) {
      status = 'missing';
      message = 'The action is not written yet.';
    } else if (iCount === 0 && weCount > 0) {
      status = 'improve';
      message = 'The action is told only with "we": the interviewer cannot tell what you decided.';
    } else if (decisions.length === 0) {
      status = 'improve';
      message = 'No decision of yours stands out in the action.';
    } else if (team.length === 0) {
      status = 'improve';
      message = 'The action mentions no team at all: it reads as if you did it alone.';
    }
    findings.push(
      finding(
        'ownership',
        'Ownership',
        'action',
        status,
        message,
        'At this level the question is what you decided and set in motion, and whether you led people to do it.',
        status === 'improve' && team.length === 0 && decisions.length > 0
          ? 'Name who did the work with you: "with the regional leads", "my team of 40".'
          : 'Say what you decided or set: "I decided to…", "I set…", then what the team did.',
        decisions,
      ),
    );
  }

  // Executive framing
  if (!english) findings.push(skipped('executive-framing', 'Executive framing', 'action'));
  else {
    const text = `${story.action}\n${story.result}`;
    const executive = lexiconMatches(text, executiveLexicon);
    const operator = lexiconMatches(`${story.challenge}\n${text}`, operatorLexicon);
    const status: FindingStatus = operator.length > 0 || executive.length === 0 ? 'improve' : 'ok';
    findings.push(
      finding(
        'executive-framing',
        'Executive framing',
        'action',
        story.action.trim() ? status : 'missing',
        !story.action.trim()
          ? 'The action is not written yet.'
          : operator.length > 0
            ? `The story speaks of firefighting or doing the work by hand: ${quotedList(operator)}.`
            : executive.length === 0
              ? 'Nothing shows you designing, deciding or setting direction.'
              : `It shows you at the executive level, in words such as ${quotedList(executive.slice(0, 5))}.`,
        'Executives are hired to design the system and decide, not to stay late fixing things themselves.',
        'Tell what you designed, decided or set up so the problem stopped recurring, and who did the work.',
        [...operator, ...executive],
      ),
    );
  }

  // Failure stories
  if (story.kind === 'failure') {
    const whole = [story.action, story.result, story.lesson].join('\n');
    if (!english) {
      findings.push(
        skipped('failure-ownership', 'Owning the failure', 'action'),
        skipped('failure-excuses', 'No excuses', 'action'),
      );
    } else {
      // "It was not my fault" is an excuse, not ownership.
      const owned = matches(whole.replace(new RegExp(excuseWords.source, 'gi'), ' '), ownershipWords);
      findings.push(
        finding(
          'failure-ownership',
          'Owning the failure',
          'action',
          owned.length > 0 ? 'ok' : 'improve',
          owned.length > 0
            ? `You own your part when you say ${quotedList(owned.slice(0, 3))}.`
            : 'Your own part in the failure is not said.',
          'Interviewers use failure questions to test self-awareness; a failure nobody owns is a red flag.',
          'Say plainly what you got wrong: "I misjudged…", "It was my call and it was wrong".',
          owned,
        ),
      );
      const excuses = matches(whole, excuseWords);
      const excuseField: FindingField =
        excuses.length === 0 || matches(story.action, excuseWords).length > 0
          ? 'action'
          : matches(story.result, excuseWords).length > 0
            ? 'result'
            : 'lesson';
      findings.push(
        finding(
          'failure-excuses',
          'No excuses',
          excuseField,
          excuses.length === 0 ? 'ok' : 'improve',
          excuses.length === 0
            ? 'No blame on others or on luck.'
            : `It sounds like an excuse where you say ${quotedList(excuses)}.`,
          'Blaming others or circumstances makes the interviewer doubt how you will handle the next failure.',
          'Drop what others did wrong; keep to your decisions and what you would do differently.',
          excuses,
        ),
      );
    }
    const lessonWords = wordCount(story.lesson);
    findings.push(
      finding(
        'failure-lesson',
        'The lesson',
        'lesson',
        lessonWords >= 6 ? 'ok' : lessonWords > 0 ? 'improve' : 'missing',
        lessonWords >= 6
          ? 'The lesson is stated.'
          : lessonWords > 0
            ? 'The lesson is too short to land.'
            : 'There is no lesson.',
        'The lesson is the point of a failure story: it shows what the failure made of you.',
        'One or two sentences: what you now know that you did not know before.',
      ),
    );
    const changed = english ? matches(story.lesson || story.result, changeWords) : [];
    findings.push(
      english
        ? finding(
            'failure-change',
            'What changed after',
            'lesson',
            changed.length > 0 ? 'ok' : 'improve',
            changed.length > 0
              ? 'You say what you do differently since.'
              : 'It does not say what you do differently since.',
            'Proof that you learned is a change in behaviour, ideally one that worked later.',
            'Add what you changed: "Since then every launch goes through a paid pilot".',
            changed,
          )
        : skipped('failure-change', 'What changed after', 'lesson'),
    );
  }

  // Relevance
  findings.push(
    finding(
      'competencies',
      'Competencies',
      'competencies',
      story.competencies.length > 0 ? 'ok' : 'missing',
      story.competencies.length > 0
        ? `Tagged with ${story.competencies.length} ${story.competencies.length === 1 ? 'competency' : 'competencies'}.`
        : 'No competency is tagged, so the story cannot be matched to what interviewers probe.',
      'Each interviewer probes particular competencies; tagged stories are offered for the right questions.',
      'Confirm the suggested competencies, or pick the one or two this story shows best.',
    ),
  );

  const seconds = speakingSeconds(story);
  // "Far" from one to two minutes: under 45 seconds or over two and a half minutes.
  const tooShort = seconds < 45;
  const tooLong = seconds > 150;
  findings.push(
    finding(
      'speaking-time',
      'Speaking time',
      tooLong ? 'situation' : seconds === 0 ? 'situation' : 'action',
      seconds === 0 ? 'missing' : tooShort || tooLong ? 'improve' : 'ok',
      seconds === 0
        ? 'Nothing to tell yet.'
        : `It takes about ${formatSeconds(seconds)} to tell at ${wordsPerMinute} words a minute${tooShort ? ', which is too thin' : tooLong ? ', which is too long' : ''}.`,
      'An answer should take one to two minutes: shorter sounds thin, longer loses the interviewer.',
      tooLong
        ? 'Cut the situation to one sentence and keep the action to your three key decisions.'
        : 'Add the stakes, your key decisions and the measured result.',
    ),
  );
  return findings;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}

/** Share of the rules a story meets, 0–1 (skipped rules left out). */
export function coachScore(findings: Finding[]): number {
  const counted = findings.filter((item) => item.status !== 'skipped');
  return counted.length ? counted.filter((item) => item.status === 'ok').length / counted.length : 0;
}
