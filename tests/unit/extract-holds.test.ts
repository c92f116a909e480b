import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { type Capture, captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';
import { budgetTeam, teamThenElements, teamThenText, teamWithJsonLd } from './extract-hostile-pages';

// Each page here used to cost the user the whole capture (an exception, a refused capture or the people
// dropped). The schema check is part of every test: whatever the page, the result is a valid capture.
const NOW = Date.UTC(2026, 10, 1);

function capture(html: string, url = 'https://acme.example/about/team', options: { budgetMs?: number } = {}) {
  return captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: NOW, budgetMs: 60_000, ...options }));
}

const card = (name: string, title: string) => `<div class="member"><h3>${name}</h3><p>${title}</p></div>`;
const team = [
  ['Ada Okafor', 'Chief Financial Officer'],
  ['Lee Park', 'Chief People Officer'],
  ['Mia Roth', 'Chief Technology Officer'],
] as const;
const teamCards = team.map(([name, title]) => card(name, title)).join('');
const names = (result: Capture) => result.people.map((person) => person.name);
// Escaped as sites escape it, so that a "</script>" inside a value does not end the script element.
const jsonLd = (value: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

describe('an address with a stray or Latin-1 percent sign', () => {
  it.each([
    'https://acme.example/team%',
    'https://acme.example/%E9quipe',
    'https://acme.example/%zz/team',
    'https://acme.example/about/%C3/team%2',
  ])('still gives the capture of %s', (url) => {
    const result = capture(
      `<title>People</title><h2>Leadership</h2>${card('Ada Okafor', 'Chief Financial Officer')}`,
      url,
    );
    expect(result.kind).toBe('team');
    expect(names(result)).toEqual(['Ada Okafor']);
  });
});

describe('JSON-LD larger than the capture may hold', () => {
  const big = (letter: string, length: number) => `${letter} ${'x'.repeat(length)}`;

  it('keeps the organization with every field cut to what the capture holds', () => {
    const result = capture(
      `<title>About | Acme</title>${jsonLd({
        '@type': 'Organization',
        name: 'Acme',
        description: big('d', 60_000),
        foundingDate: big('f', 3_000),
        industry: Array.from({ length: 2_000 }, (_, i) => `Industry ${i} ${'y'.repeat(400)}`),
        address: {
          addressLocality: big('l', 490),
          addressRegion: big('r', 490),
          addressCountry: { name: big('c', 490) },
        },
        numberOfEmployees: { minValue: big('1', 490), maxValue: big('9', 490) },
        url: `https://acme.example/${'p'.repeat(3_000)}`,
        sameAs: Array.from({ length: 5_000 }, (_, i) => `https://social${i}.example/acme`),
      })}<h1>About Acme</h1>`,
      'https://acme.example/about',
    );
    expect(result.organization?.name).toBe('Acme');
    expect(result.organization?.headquarters?.startsWith('l x')).toBe(true);
    expect(result.organization?.size?.startsWith('1 x')).toBe(true);
    expect(result.organization?.description?.startsWith('d x')).toBe(true);
  });

  it('keeps the job and the news story whose values overflow', () => {
    const job = capture(
      `<title>Job</title>${jsonLd({
        '@type': 'JobPosting',
        title: big('t', 9_000),
        hiringOrganization: { name: big('h', 9_000) },
        jobLocation: {
          address: {
            addressLocality: big('l', 490),
            addressRegion: big('r', 490),
            postalCode: big('p', 490),
            addressCountry: big('c', 490),
          },
        },
        employmentType: Array.from({ length: 500 }, () => 'FULL_TIME'),
        baseSalary: { currency: big('u', 900), value: { minValue: 1, maxValue: 2, unitText: big('y', 900) } },
      })}<h1>Engineer</h1>`,
      'https://jobs.acme.example/jobs/1',
    );
    expect(job.job?.title.startsWith('t x')).toBe(true);
    const news = capture(
      `<title>News</title>${jsonLd({
        '@type': 'NewsArticle',
        headline: big('n', 9_000),
        author: { name: big('a', 9_000) },
        publisher: { name: big('p', 9_000) },
        datePublished: '2026-01-01',
      })}<h1>Acme raises money</h1>`,
      'https://acme.example/news/2026/01/01/raise',
    );
    expect(news.news?.headline.startsWith('n x')).toBe(true);
  });

  it('keeps the person of a profile whose values overflow', () => {
    const many = (letter: string) => Array.from({ length: 2_000 }, () => big(letter, 900));
    const result = capture(
      `<title>Profile</title>${jsonLd({
        '@type': 'ProfilePage',
        mainEntity: {
          '@type': 'Person',
          name: 'Ada Okafor',
          jobTitle: many('j'),
          worksFor: { name: big('w', 9_000) },
          address: { addressLocality: big('l', 9_000) },
          description: big('d', 90_000),
        },
      })}<h1>Ada Okafor</h1><p>Chief Financial Officer</p>`,
      'https://acme.example/people/ada-okafor',
    );
    expect(result.kind).toBe('person');
    expect(result.person?.name).toBe('Ada Okafor');
    expect(result.person?.title?.startsWith('j x')).toBe(true);
  });
});

describe('JSON-LD nested without end', () => {
  const deep = (levels: number, open: string, close: string, inner: string) =>
    `${open.repeat(levels)}${inner}${close.repeat(levels)}`;

  it.each([
    ['objects', deep(10_000, '{"a":', '}', '1')],
    ['arrays', deep(10_000, '[', ']', '1')],
    ['a name inside names', deep(100_000, '{"name":', '}', '"Acme"')],
    ['a name inside arrays', deep(100_000, '[', ']', '"Acme"')],
    ['@graph inside @graph', deep(10_000, '{"@graph":[', ']}', '{"@type":"Person","name":"Deep Down"}')],
  ])('keeps the people and the organization next to %s', (_, nested) => {
    const result = capture(
      `<title>Team | Acme</title>
      <script type="application/ld+json">{"@type": "Organization", "name": "Acme", "x": ${nested}}</script>
      <script type="application/ld+json">{"@type": "Organization", "name": ${nested}}</script>
      <script type="application/ld+json">${nested}</script>
      <h2>Leadership</h2>${teamCards}`,
    );
    expect(names(result)).toEqual(team.map(([name]) => name));
    expect(result.organization?.name).toBe('Acme');
  });
});

describe('the time budget, at its real length', () => {
  // No pretend clock: the extractor's own default budget and clock, on a page too big to read in full.
  function timed(html: string) {
    const doc = htmlDocument(html, 'https://acme.example/about/team');
    const started = performance.now();
    const result = extractPage(doc, 'https://acme.example/about/team', { now: NOW });
    return { result: captureSchema.parse(result), elapsed: performance.now() - started };
  }

  it.each([
    ['15 MB of text', teamThenText],
    ['55,000 elements', teamThenElements],
    ['12 JSON-LD scripts of 1.7 MB', teamWithJsonLd],
  ])('keeps the 20 people in cards before %s', { timeout: 120_000 }, (_, page) => {
    const { result, elapsed } = timed(page());
    expect(result.people.map(({ name, title }) => [name, title])).toEqual(budgetTeam);
    if (elapsed > 250) expect(result.partial).toBe(true);
  });
});

describe('invisible characters', () => {
  const invisible = [
    '\u200b',
    '\u200c',
    '\u200d',
    '\u200e',
    '\u200f',
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\ufeff',
    '\u00ad',
  ];
  const sprinkle = (text: string) =>
    [...text].map((char, i) => (char === ' ' ? ' ' : `${char}${invisible[i % invisible.length]}`)).join('');

  it('are stripped from every string of the capture', () => {
    const result = capture(
      `<title>${sprinkle('Team | Acme')}</title>
      <meta name="description" content="${sprinkle('Acme makes lamps')}">
      ${jsonLd({ '@type': 'Organization', name: sprinkle('Acme'), description: `${sprinkle('We make lamps')} &#x202E;&#8203;`, address: { addressLocality: sprinkle('Lisbon') } })}
      <h2>${sprinkle('Leadership')}</h2>
      ${card(sprinkle('Ada Okafor'), sprinkle('Chief Financial Officer'))}
      ${card('Lee\u00adPark Smith', 'Chief\u202e People Officer')}
      <h2>Our mission</h2><p>${sprinkle('Our mission is to light every room on earth, cheaply.')}</p>`,
    );
    expect(JSON.stringify(result)).not.toMatch(
      /[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]|\\u(?:00ad|200[b-f]|202[a-e]|206[6-9]|feff)/i,
    );
    expect(result.people).toContainEqual(
      expect.objectContaining({ name: 'Ada Okafor', title: 'Chief Financial Officer' }),
    );
    expect(result.organization?.name).toBe('Acme');
    expect(result.organization?.headquarters).toBe('Lisbon');
  });
});

describe('names in scripts without capital letters', () => {
  it.each([
    [
      'Japanese',
      [
        ['山田 太郎', '代表取締役社長'],
        ['佐藤 花子', '取締役 CFO'],
        ['鈴木 一郎', '執行役員'],
        ['田中 美咲', '営業部長'],
      ],
    ],
    [
      'Chinese',
      [
        ['李明', '首席执行官'],
        ['王芳', '财务总监'],
        ['张伟', '首席技术官'],
        ['刘洋', '副总裁'],
      ],
    ],
    [
      'Arabic',
      [
        ['محمد علي', 'المدير التنفيذي'],
        ['فاطمة حسن', 'المديرة المالية'],
        ['أحمد خالد', 'نائب الرئيس'],
        ['سارة يوسف', 'رئيسة قسم التسويق'],
      ],
    ],
    [
      'Hebrew',
      [
        ['דוד כהן', 'מנכ"ל'],
        ['שרה לוי', 'סמנכ"לית כספים'],
        ['יוסף מזרחי', 'מנהל טכנולוגיות ראשי'],
        ['רחל אברהם', 'יו"ר הדירקטוריון'],
      ],
    ],
    [
      'Korean',
      [
        ['김민준', '대표이사'],
        ['이서연', '부사장'],
        ['박지훈', '최고재무책임자 CFO'],
        ['최수아', '마케팅 본부장'],
      ],
    ],
    [
      'mixed with English titles',
      [
        ['山田 太郎', 'Chief Executive Officer'],
        ['李明', 'Chief Financial Officer'],
        ['محمد علي', 'Vice President, Sales'],
        ['דוד כהן', 'Head of Engineering'],
      ],
    ],
  ])('are found in a %s card grid', (_, people) => {
    const result = capture(
      `<title>Team</title><h2>Team</h2>${people.map(([name, title]) => card(name as string, title as string)).join('')}`,
    );
    expect(result.people.map(({ name, title }) => [name, title])).toEqual(people);
  });

  it('leave a heading in such a script as the section the people are listed under', () => {
    const result = capture(
      `<title>团队</title><h2>管理团队</h2>${card('李明', '首席执行官')}${card('王芳', '财务总监')}
      <h2>فريق القيادة</h2>${card('محمد علي', 'المدير التنفيذي')}${card('فاطمة حسن', 'المديرة المالية')}`,
    );
    expect(result.people.map(({ name, section }) => [name, section])).toEqual([
      ['李明', '管理团队'],
      ['王芳', '管理团队'],
      ['محمد علي', 'فريق القيادة'],
      ['فاطمة حسن', 'فريق القيادة'],
    ]);
  });

  it('are not read into look-alike grids that name no job', () => {
    const result = capture(
      `<title>产品</title><h2>产品</h2>
      ${card('关于我们', '了解我们的故事')}${card('新闻中心', '最新的公司动态')}${card('联系我们', '电话与地址')}
      ${card('خدماتنا', 'تعرف على خدماتنا')}${card('من نحن', 'قصتنا')}${card('اتصل بنا', 'العنوان')}`,
      'https://acme.example/products',
    );
    expect(result.people).toEqual([]);
  });
});

describe('links that are not web addresses', () => {
  it('never become a website or a profile link', () => {
    const linked = (href: string, name: string, title: string) =>
      `<div class="member"><a href="${href}"><h3>${name}</h3></a><p>${title}</p></div>`;
    const result = capture(
      `<title>Team | Acme</title>${jsonLd({
        '@type': 'Organization',
        name: 'Acme',
        url: 'javascript:alert(1)',
        sameAs: [
          'data:text/html,<script>alert(1)</script>',
          'vbscript:msgbox(1)',
          ' /relative/garbage',
          'https://acme.example/',
        ],
      })}
      <h2>Leadership</h2>
      ${linked('javascript:alert(1)', 'Ada Okafor', 'Chief Financial Officer')}
      ${linked('data:text/html,hi', 'Lee Park', 'Chief People Officer')}
      ${linked('JaVaScRiPt:alert(1)', 'Mia Roth', 'Chief Technology Officer')}
      ${linked('https://acme.example/people/jan-novak', 'Jan Novak', 'Chief Operating Officer')}
      ${linked('//[garbage', 'Eva Lind', 'Chief Marketing Officer')}`,
    );
    expect(names(result)).toEqual(['Ada Okafor', 'Lee Park', 'Mia Roth', 'Jan Novak', 'Eva Lind']);
    expect(result.organization?.website).toBe('https://acme.example/');
    expect(result.people.map((person) => person.profileUrl)).toEqual([
      undefined,
      undefined,
      undefined,
      'https://acme.example/people/jan-novak',
      undefined,
    ]);
  });

  it('drops a website that is neither a URL nor a domain, and a script URL in a label', () => {
    const result = capture(
      `<title>About | Acme</title>${jsonLd({ '@type': 'Organization', name: 'Acme', url: 'vbscript:msgbox(1)' })}
      <h1>About Acme</h1><dl><dt>Website</dt><dd>javascript:alert(1)</dd></dl>`,
      'https://acme.example/about',
    );
    expect(result.organization?.name).toBe('Acme');
    expect(result.organization?.website).toBeUndefined();
    expect(JSON.stringify(result)).not.toMatch(/javascript:|vbscript:/i);
  });

  it('never stores a script URL from a LinkedIn employee card', () => {
    const result = capture(
      `<title>Acme | LinkedIn</title><section class="employees"><ul>
      <li><a href="javascript:alert(1)"><h3>Ada Okafor</h3><h4>Helping lamps find homes</h4></a></li>
      <li><a href="/in/lee-park"><h3>Lee Park</h3><h4>Building teams that last</h4></a></li></ul></section>`,
      'https://www.linkedin.com/company/acme',
    );
    expect(result.people.map(({ name, profileUrl }) => [name, profileUrl])).toEqual([
      ['Ada Okafor', undefined],
      ['Lee Park', 'https://www.linkedin.com/in/lee-park'],
    ]);
    expect(JSON.stringify(result)).not.toMatch(/javascript:/i);
  });
});
