// What each kind of interviewer probes, read from their title: a CFO capital allocation and returns, a
// CHRO talent and culture, a board member governance. Order matters: the first matching row wins, so
// "Chief Financial Officer" is read as a CFO before the generic "Chief" of a CEO.

export interface InterviewerFunction {
  id: string;
  label: string;
  titlePattern: RegExp;
  /** What this interviewer weighs, for the person card and the reason of a target. */
  caresAbout: string;
  /** Competency ids, most probed first. */
  probes: string[];
  /** Questions this interviewer typically asks, with the competency each probes. */
  questions: { text: string; competency: string }[];
}

export const interviewerFunctions: InterviewerFunction[] = [
  {
    id: 'board',
    label: 'Board member',
    // A chair who is also the chief executive ("Chairman & CEO") is interviewed as the CEO.
    titlePattern:
      /^(?!.*\b(CEO|chief executive)\b).*\b(board|chair(man|woman|person)?|non-?executive|trustee|independent director|NED)\b/i,
    caresAbout: 'Governance, risk, long-term value and whether you can work with a board.',
    probes: ['governance-board', 'long-term-value', 'vision-strategy', 'integrity-ethics'],
    questions: [
      {
        text: 'How have you worked with a board, and how do you keep it informed when things go wrong?',
        competency: 'governance-board',
      },
      { text: 'Tell me about a time you had to bring difficult news to a board.', competency: 'governance-board' },
    ],
  },
  {
    id: 'investor',
    label: 'Investor',
    titlePattern: /\b(investor|partner at|venture|private equity|operating partner|general partner)\b/i,
    caresAbout: 'Value creation, capital efficiency and the plan to the next milestone or exit.',
    probes: ['long-term-value', 'financial-acumen', 'vision-strategy', 'execution-results'],
    questions: [
      { text: 'How would you create value in this business over the holding period?', competency: 'long-term-value' },
    ],
  },
  {
    id: 'cfo',
    label: 'CFO',
    titlePattern:
      /\b(CFO|chief financial|finance director|financial officer|treasurer|VP,? finance|head of finance)\b/i,
    caresAbout: 'Capital allocation and returns, cost discipline, forecasting and the P&L.',
    probes: ['financial-acumen', 'decision-making', 'execution-results', 'governance-board'],
    questions: [
      {
        text: 'How have you allocated capital between competing investments, and what return did you get?',
        competency: 'financial-acumen',
      },
      {
        text: 'Tell me about a time you had to cut costs. How did you choose what to cut?',
        competency: 'financial-acumen',
      },
    ],
  },
  {
    id: 'chro',
    label: 'CHRO',
    titlePattern:
      /\b(CHRO|CPO|chief (people|human|talent|culture)|people officer|HR director|head of (people|HR|talent)|human resources|talent)\b/i,
    caresAbout: 'Talent, developing leaders, culture and how you handle people decisions.',
    probes: ['developing-leaders', 'culture-ownership', 'building-teams', 'inspiring-others'],
    questions: [
      {
        text: 'How have you developed leaders on your team? Who did you grow into a bigger role?',
        competency: 'developing-leaders',
      },
      { text: 'Tell me about a time you changed a team’s culture.', competency: 'culture-ownership' },
    ],
  },
  {
    id: 'cto',
    label: 'CTO / CIO',
    titlePattern:
      /\b(CTO|CIO|CDO|chief (technology|information|digital|data|product)|VP,? engineering|head of (engineering|technology|IT))\b/i,
    caresAbout: 'Technology bets, data, build-or-buy calls and how you work with engineering.',
    probes: ['technology-data', 'innovation-change', 'systems-design', 'decision-making'],
    questions: [
      { text: 'Tell me about a technology decision you made and how it turned out.', competency: 'technology-data' },
    ],
  },
  {
    id: 'coo',
    label: 'COO',
    titlePattern: /\b(COO|chief operating|operations|supply chain|manufacturing)\b/i,
    caresAbout: 'Execution, operating systems, efficiency and delivering on commitments.',
    probes: ['execution-results', 'systems-design', 'decision-making', 'crisis-resilience'],
    questions: [
      { text: 'How do you make sure an organization delivers on its commitments?', competency: 'execution-results' },
    ],
  },
  {
    id: 'commercial',
    label: 'Sales / marketing lead',
    titlePattern:
      /\b(CMO|CRO|CCO|chief (marketing|revenue|commercial|customer)|sales|marketing|commercial|customer)\b/i,
    caresAbout: 'Customers, growth and how you win in the market.',
    probes: ['customer-focus', 'vision-strategy', 'influence-stakeholders', 'execution-results'],
    questions: [
      { text: 'Tell me about a time you grew a business or won back a key customer.', competency: 'customer-focus' },
    ],
  },
  {
    id: 'ceo',
    label: 'CEO / president',
    titlePattern: /\b(CEO|chief executive|president|founder|managing director|general manager|owner)\b/i,
    caresAbout: 'Vision and strategy, judgment, leadership and fit with the executive team.',
    probes: ['vision-strategy', 'decision-making', 'inspiring-others', 'influence-stakeholders'],
    questions: [
      {
        text: 'Where would you take this business in five years, and what would you stop doing?',
        competency: 'vision-strategy',
      },
      { text: 'Tell me about the hardest decision you have made as a leader.', competency: 'decision-making' },
    ],
  },
  {
    id: 'recruiter',
    label: 'Recruiter',
    titlePattern: /\b(recruit\w*|talent acquisition|search (partner|consultant)|headhunter|executive search)\b/i,
    caresAbout: 'Your story, motivation and fit, and whether to put you in front of the panel.',
    probes: ['learning-agility', 'ownership-failure', 'inspiring-others'],
    questions: [{ text: 'Walk me through your career and why this role now.', competency: 'learning-agility' }],
  },
];

/** The function a title describes, or undefined for titles no row covers. */
export function interviewerFunction(title: string): InterviewerFunction | undefined {
  if (!title.trim()) return undefined;
  // Recruiters first: "Talent acquisition partner" is not a CHRO.
  const recruiter = interviewerFunctions.find((row) => row.id === 'recruiter');
  if (recruiter?.titlePattern.test(title)) return recruiter;
  return interviewerFunctions.find((row) => row.titlePattern.test(title));
}
