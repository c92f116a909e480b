import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';
import { gatheredPage } from '../gathered';

// The rules that the unseen set (tests/fixtures/gathered/unseen) showed missing, each on a small page of
// the same shape, then on the real pages themselves.
const NOW = Date.UTC(2026, 11, 2);
const capture = (html: string, url: string) =>
  captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: NOW, budgetMs: 60_000 }));

describe('a bio page that names its person only in its title and prose', () => {
  const bio = `<head><title>Biography - Will Kymlicka</title></head><body><h1>Biography</h1>
    <p>Will Kymlicka received his B.A. in philosophy and politics from Queen's University in 1984, and his D.Phil. in
    philosophy from Oxford University in 1987.</p>
    <p>He is also the editor of Justice in Political Philosophy (Elgar, 1992), co-editor with Ian Shapiro of Ethnicity
    and Group Rights (NYU, 1997), and co-editor with Wayne Norman of Citizenship in Diverse Societies (OUP, 2000).</p>
    <p>He is currently the Canada Research Chair in Political Philosophy at Queen's University, and a visiting
    professor in the Nationalism Studies program at the Central European University in Budapest.</p></body>`;

  it('is a person, with the role the bio says is current and without co-editors as employers', () => {
    const result = capture(bio, 'https://www.kymlicka.example/biography/');
    expect(result.kind).toBe('person');
    expect(result.person?.name).toBe('Will Kymlicka');
    expect(result.person?.title).toBe('Canada Research Chair in Political Philosophy');
    expect(result.person?.organization).toBe("Queen's University");
    const employers = result.person?.positions.map((position) => position.organization) ?? [];
    expect(employers.join(' ')).not.toMatch(/Shapiro|Norman/);
    // A professor's post at a university, even in a "Studies" programme, is work, not education.
    expect(result.person?.education.map((entry) => entry.school)).toEqual(["Queen's University", 'Oxford University']);
    expect(result.person?.education[1]?.degree).toBe('D.Phil. in philosophy');
  });

  it('is a person at an address that only says "biography", whatever its title', () => {
    const result = capture(bio.replace('Biography - Will Kymlicka', 'Will Kymlicka'), 'https://kymlicka.example/bio');
    expect(result.kind).toBe('person');
  });
});

describe("a company's own page in German", () => {
  const page = `<head><title>Schenk &amp; Plomer GmbH | Unternehmen</title></head><body>
    <h1>Unser Unternehmen</h1>
    <p>Zwei Unternehmen, eine Familie. Seit über 30 Jahren Ihr verlässlicher Partner in Niederbayern.</p>
    <h2>Auf uns ist Verlass</h2>
    <p>Seit nunmehr 30 Jahren ist die 1993 gegründete Schenk &amp; Plomer GmbH im niederbayerischen Essenbach Ihr
    verlässlicher Spezialist für Klima- und Lüftungsanlagen.</p>
    <h2>Zwei Unternehmen. Eine Familie.</h2>
    <h2>Wofür wir stehen</h2><p>Die Werte, die unser tägliches Handeln leiten.</p>
    <h3>Präzision</h3><p>Jedes Detail zählt. Von der ersten Berechnung bis zur letzten Schraube.</p>
    <h3>Verlässlichkeit</h3><p>Termintreue und Handschlagqualität seit über 30 Jahren.</p>
    <h3>Innovation</h3><p>Modernste Technologien und zukunftssichere Energiekonzepte.</p>
    <div><div>150+</div><div>Mitarbeiter</div></div>
    <h2>Ein Team, eine Mission</h2></body>`;

  it('is a company page (a heading of two sentences is no name), with its values and its founding year', () => {
    const result = capture(page, 'https://schenk-plomer.example/unternehmen/');
    expect(result.kind).toBe('company');
    expect(result.people).toEqual([]);
    expect(result.organization?.values).toEqual(['Präzision', 'Verlässlichkeit', 'Innovation']);
    expect(result.organization?.founded).toBe('1993');
  });
});

describe('a purpose stated inside an opening sentence', () => {
  it('reads the whole sentence as the mission, and the year the company started', () => {
    const result = capture(
      `<title>Om oss</title><h1>Om oss</h1>
      <p>Ignite Procurement er et SaaS-selskap med et klart formål – å legge til rette for økt lønnsomhet og en enklere
      hverdag i arbeidet med strategisk innkjøp. Selskapet ble startet opp i 2016.</p>`,
      'https://ignite.example/om-oss/',
    );
    expect(result.organization?.mission).toMatch(/^Ignite Procurement er et SaaS-selskap med et klart formål/);
    expect(result.organization?.founded).toBe('2016');
  });
});

describe('a governance page that names each director three times', () => {
  const bioCard = (name: string, title: string) =>
    `<div class="bio"><h4>${name}</h4><p>${title}</p><p>${name} joined the Group in 2001 and has held various operational positions since then, in supply chain and finance.</p></div>`;
  const row = (name: string, gender: string) => `<tr><td>${name}</td><td>${gender}</td></tr>`;
  const page = `<title>Rotoplas Investors - Corporate Governance</title><h1>Corporate Governance</h1>
    ${bioCard('Carlos Rojas Aboumrad', 'CEO | Director')}${bioCard('Mario Romero', 'CFO | Director')}
    ${bioCard('Gonzalo Uribe', 'COO | Director')}${bioCard('Marina Diaz', 'Independent Director')}
    <table>${row('Carlos Rojas Aboumrad', 'Male')}${row('Mario Antonio Romero Orozco', 'Male')}${row('Gonzalo Uribe Lebrija', 'Male')}${row('Marina Díaz Ibarra', 'Female')}</table>
    <h3>Audit Committee</h3><div><p>Marina Díaz Ibarra</p><p>CHAIRMAN</p></div>`;

  it('lists each person once, under the first spelling and title, with no gender as a title', () => {
    const result = capture(page, 'https://investors.rotoplas.example/corporate-governance/');
    expect(result.kind).toBe('team');
    expect(result.people.map((person) => [person.name, person.title])).toEqual([
      ['Carlos Rojas Aboumrad', 'CEO | Director'],
      ['Mario Romero', 'CFO | Director'],
      ['Gonzalo Uribe', 'COO | Director'],
      ['Marina Diaz', 'Independent Director'],
    ]);
    // The page's heading is not the company, and neither is the investor site's subdomain.
    expect(result.organization?.name).toBe('Rotoplas');
  });

  it('keeps two people who share a first and a family name apart', () => {
    const result = capture(
      `<h1>Board</h1>${bioCard('Carlos Rojas Mota Velasco', 'Chairman of the Board')}${bioCard('Carlos Rojas Aboumrad', 'CEO')}${bioCard('Carlos Rojas', 'Director')}`,
      'https://acme.example/board',
    );
    expect(result.people.map((person) => person.name)).toEqual([
      'Carlos Rojas Mota Velasco',
      'Carlos Rojas Aboumrad',
      'Carlos Rojas',
    ]);
  });
});

describe('a posting that names its terms only in its benefits', () => {
  const page = `<title>Research Software Engineer | Gnosis Research Center</title><h1>Research Software Engineer</h1>
    <h2>About the project</h2><p>Storage on the cloud costs $0.02 per GB, and the project raised $30 million in 2024.</p>
    <h2>Minimum Requirements</h2><ul><li>A Bachelor's degree in computer science</li><li>Excellent knowledge of C and C++ 11</li></ul>
    <h2>Key Responsibilities</h2><ul><li>Design and implement distributed storage</li><li>Test on HPC systems</li></ul>
    <h2>Position Benefits and Perks</h2><ul><li>Full time position with standard Illinois Tech benefits package.</li>
    <li>Competitive salary.</li><li>Hybrid on-site and remote telework model.</li></ul>`;

  it('reads the hours and the way of working, and takes no price or funding for a salary', () => {
    const job = capture(page, 'https://grc.example/careers/software-engineer/').job;
    expect(job?.employmentType).toBe('Full time');
    expect(job?.location).toBe('Hybrid on-site and remote telework model');
    expect(job?.salary).toBeUndefined();
  });

  it('still reads a salary stated as pay', () => {
    const job = capture(
      page.replace('Competitive salary.', 'Salary range $95,000 - $120,000 per year.'),
      'https://grc.example/careers/software-engineer/',
    ).job;
    expect(job?.salary).toBe('$95,000 - $120,000 per year');
  });
});

describe('a press release whose headline shortens the company name', () => {
  it('names the company as its site does', () => {
    const result = capture(
      `<head><title>SRT awarded Panama Canal VTS Contract - SRT Marine Systems</title>
      <meta property="og:site_name" content="SRT Marine Systems"><meta property="og:type" content="article">
      <meta property="article:published_time" content="2016-07-05T08:00:00+00:00"></head>
      <body><article><h1>SRT awarded Panama Canal VTS Contract</h1>
      <p>5 July 2016. SRT has been awarded a contract for a vessel traffic system for the Panama Canal. SRT will deliver
      the system over two years.</p><p>Simon Tucker, SRT CEO, said: "SRT is proud of this award."</p></article></body>`,
      'https://srt-marine.example/srt-awarded-panama-canal-vts-contract/',
    );
    expect(result.kind).toBe('news');
    expect(result.news?.organization).toBe('SRT Marine Systems');
  });
});

describe('the real pages of the unseen set', () => {
  const real = (prefix: string) => {
    const { html, url } = gatheredPage('unseen', prefix);
    return capture(html, url);
  };

  it('reads the governance page as 23 people, each once', () => {
    const result = real('601');
    expect(result.people).toHaveLength(23);
    expect(new Set(result.people.map((person) => person.name)).size).toBe(23);
  });

  it('reads the German company page and the faculty bio as what they are', () => {
    expect(real('603').kind).toBe('company');
    expect(real('603').organization?.values).toEqual(['Präzision', 'Verlässlichkeit', 'Innovation', 'Familiär']);
    expect(real('606').person?.name).toBe('Will Kymlicka');
  });
});
