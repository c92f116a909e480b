import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';

const NOW = Date.UTC(2026, 10, 1);
const capture = (html: string, url = 'https://acme.example/about/team') =>
  captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: NOW }));

const card = (name: string, title: string) => `<div class="member"><h3>${name}</h3><p>${title}</p></div>`;

describe('a team page', () => {
  it('lists each person of a card grid with their title and section, even with titles no word list knows', () => {
    const result = capture(`<h1>Unser Team</h1>
      <h2>Kernteam</h2>${card('Roland Alton', 'Kommunikationsarchitekt')}${card('Alexandra Klepatsch', 'Drupalspezialistin')}
      ${card('Thomas König', 'Blockchainprofi')}
      <h2>Beirat</h2>${card('Sabine Vogel', 'Beirätin')}${card('Jan Novak', 'Mentor')}${card('Mia Roth', 'Mentorin')}`);
    expect(result.kind).toBe('team');
    expect(result.people.map(({ name, title, section }) => [name, title, section])).toEqual([
      ['Roland Alton', 'Kommunikationsarchitekt', 'Kernteam'],
      ['Alexandra Klepatsch', 'Drupalspezialistin', 'Kernteam'],
      ['Thomas König', 'Blockchainprofi', 'Kernteam'],
      ['Sabine Vogel', 'Beirätin', 'Beirat'],
      ['Jan Novak', 'Mentor', 'Beirat'],
      ['Mia Roth', 'Mentorin', 'Beirat'],
    ]);
  });

  it('merges the copies of a carousel and a hidden bio into one person, keeping the bio', () => {
    const bio =
      'Ada joined Acme in 2019 from Contoso, where she ran finance for the European business and led two acquisitions.';
    const result = capture(`<h2>Leadership</h2>
      ${card('Ada Okafor', 'Chief Financial Officer')}<a>View Bio</a>
      <div class="modal" hidden><h3>Ada Okafor</h3><h4>Chief Financial Officer</h4><p>${bio}</p></div>
      ${card('Ada Okafor', 'Chief Financial Officer')}${card('Lee Park', 'Chief People Officer')}`);
    expect(result.people).toEqual([
      { name: 'Ada Okafor', title: 'Chief Financial Officer', section: 'Leadership', bio },
      { name: 'Lee Park', title: 'Chief People Officer', section: 'Leadership' },
    ]);
  });

  it("keeps every card's bio, a one-sentence one too, and takes no label for one", () => {
    const result = capture(`<h2>Leadership</h2><ul>
      <li><h3>Ada Okafor</h3><p>Chief Financial Officer</p><p>Ada joined Acme in 2019 from Contoso, where she ran finance for Europe.</p></li>
      <li><h3>Tomás Ferreira</h3><p>Chief Technology Officer</p><p>Tomás leads the platform that meters every fixture we run.</p></li>
      <li><h3>Lee Park</h3><p>Chief People Officer</p><p>Read Lee's full story and more</p></li></ul>`);
    expect(result.people.map((person) => [person.name, person.bio])).toEqual([
      ['Ada Okafor', 'Ada joined Acme in 2019 from Contoso, where she ran finance for Europe.'],
      ['Tomás Ferreira', 'Tomás leads the platform that meters every fixture we run.'],
      ['Lee Park', undefined],
    ]);
  });

  it('reads "Name, Title" lines and credentials after a name', () => {
    const result = capture(`<h1>Our people</h1><ul>
      <li><p>Rena Chua, Director of Marketing</p><p>APAC Strategist, Salsa Super Star</p></li>
      <li><h2>Phil Marshall, MBA</h2><h3>President / Chief Executive Officer</h3></li></ul>`);
    expect(result.people.map(({ name, title }) => [name, title])).toEqual([
      ['Rena Chua', 'Director of Marketing'],
      ['Phil Marshall', 'President / Chief Executive Officer'],
    ]);
  });

  it('leaves out suggestions, navigation and look-alike grids that are not people', () => {
    const result = capture(`<nav>${card('Jane Doe', 'Chief Executive Officer')}</nav>
      <h2>Causes</h2>${card('Animal Welfare', 'Since 2012')}${card('Economic Empowerment', 'Volunteer work')}
      ${card('Poverty Alleviation', 'Donations')}
      <h2>People also viewed</h2>${card('John Smith', 'Chief Technology Officer')}`);
    expect(result.people).toEqual([]);
  });
});

describe('a job posting', () => {
  it('reads the sections a posting is made of, without its introductions', () => {
    const result = capture(
      `<h1>Chief Operating Officer</h1><p>Lumenfield Systems</p><p>Full-time</p>
      <h2>Responsibilities</h2><ul><li>Own field operations across four hubs.</li><li>Integrate the Brightline acquisition.</li></ul>
      <h2>Requirements</h2><p>You will thrive here if you bring:</p>
      <ul><li>Ten years leading multi-country operations.</li><li>A record of integrating an acquisition.</li></ul>`,
      'https://lumenfield.example/careers/jobs/coo',
    );
    expect(result.kind).toBe('job');
    expect(result.job).toMatchObject({
      title: 'Chief Operating Officer',
      company: 'Lumenfield Systems',
      employmentType: 'Full-time',
      responsibilities: ['Own field operations across four hubs.', 'Integrate the Brightline acquisition.'],
      requirements: ['Ten years leading multi-country operations.', 'A record of integrating an acquisition.'],
    });
    expect(result.facts.filter((fact) => fact.type === 'requirement')).toHaveLength(2);
  });
});

describe('a news article', () => {
  it('reads the headline, date, author, company, event and the people it names', () => {
    const result = capture(
      `<article><h1>Acme Appoints Jane Doe as Chief Financial Officer</h1>
      <p>By Sam Writer</p><time datetime="2026-03-02T09:00:00Z">2 March 2026</time>
      <p>Acme today announced that Jane Doe will join as chief financial officer. "We are delighted," said Ravi Patel, Chief Executive Officer of Acme.</p></article>`,
      'https://news.example/2026/03/02/acme-cfo',
    );
    expect(result.kind).toBe('news');
    expect(result.news).toMatchObject({
      headline: 'Acme Appoints Jane Doe as Chief Financial Officer',
      datePublished: '2026-03-02',
      author: 'Sam Writer',
      organization: 'Acme',
      eventType: 'hire',
    });
    expect(result.news?.people).toEqual(
      expect.arrayContaining([{ name: 'Ravi Patel', title: 'Chief Executive Officer of Acme' }]),
    );
  });
});

describe('a company page', () => {
  it('reads mission, vision, values and the facts of a definition list, each with its source snippet', () => {
    const result = capture(
      `<h1>About Acme</h1><h2>Our mission</h2><p>Light every warehouse with half the energy. And more.</p>
      <h2>Vision</h2><p>A world of efficient buildings.</p>
      <h2>Our values</h2><h3>Ownership</h3><p>We measure ourselves by our customers' outcomes.</p>
      <h3>Candour</h3><p>We say what we know and what we do not.</p>
      <dl><dt>Founded</dt><dd>2009</dd><dt>Headquarters</dt><dd>Rotterdam</dd></dl>`,
      'https://acme.example/about',
    );
    expect(result.kind).toBe('company');
    expect(result.organization).toMatchObject({
      mission: 'Light every warehouse with half the energy.',
      vision: 'A world of efficient buildings.',
      values: ['Ownership', 'Candour'],
      founded: '2009',
      headquarters: 'Rotterdam',
    });
    const mission = result.facts.find((fact) => fact.type === 'mission');
    expect(mission).toEqual({
      type: 'mission',
      text: 'Light every warehouse with half the energy.',
      snippet: 'Light every warehouse with half the energy. And more.',
      method: 'structure',
    });
  });

  it('counts how the page speaks: we against I against you, and its values words', () => {
    const result = capture(
      '<main><p>We build trust. Our teams value integrity, and we share what we learn with you.</p></main>',
    );
    expect(result.culture.words).toBe(15);
    expect(result.culture.wePerThousand).toBeCloseTo((4 / 15) * 1000, 0);
    expect(result.culture.youPerThousand).toBeCloseTo((1 / 15) * 1000, 0);
    expect(result.culture.valuesWords).toEqual(expect.arrayContaining(['trust', 'integrity']));
  });
});
