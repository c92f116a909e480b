import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';

const NOW = Date.UTC(2026, 10, 1);
const capture = (html: string, url: string) =>
  captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: NOW }));

const body =
  'Acme Robotics, a maker of warehouse robots, today said it will open a plant in Ohio and hire two hundred people over the next two years.';

describe('a press release', () => {
  it('is news at a flat address when a dateline opens it, even with "management" in its title', () => {
    const result = capture(
      `<title>Acme introduces a fleet management system</title>
      <h1>Acme introduces a fleet management system</h1><p>October 12, 2017</p>
      <p>BAAR, SWITZERLAND<br>${body}</p>`,
      'https://acme.example/fleet-system.html',
    );
    expect(result.kind).toBe('news');
    expect(result.news?.datePublished).toBe('2017-10-12');
  });

  it("takes a filed release's bold line as headline and its date from the dateline", () => {
    const result = capture(
      `<title>EX-99.1</title><p><b>Exhibit 99.1</b></p>
      <p align="center"><b>ACME ROBOTICS ANNOUNCES A NEW PLANT IN OHIO</b></p>
      <p><i>Two hundred jobs</i></p>
      <p>DUBLIN, July&nbsp;2, 2014 &#151; ${body}</p>`,
      'https://filings.example/d752412dex991.htm',
    );
    expect(result.kind).toBe('news');
    expect(result.news?.headline).toBe('ACME ROBOTICS ANNOUNCES A NEW PLANT IN OHIO');
    expect(result.news?.datePublished).toBe('2014-07-02');
  });

  it('is not fooled by a name and title line on a team page', () => {
    const cards = ['JANE DOE, CEO', 'JOHN ROE, CFO', 'MARY MAJOR, COO', 'RICHARD MILES, CTO']
      .map((line) => `<div><h3>${line}</h3><p>${body}</p></div>`)
      .join('');
    expect(capture(`<h1>Leadership team</h1>${cards}`, 'https://acme.example/leadership').kind).toBe('team');
  });
});

describe('a news story', () => {
  it('is news on a portal, with the agency dateline and a byline in capitals', () => {
    const result = capture(
      `<title>Acme says its founder resigns as chief executive</title><nav><a>News</a><a>Sports</a></nav>
      <div class="headline">Acme says its founder resigns as chief executive</div>
      <p>By JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers</p>
      <p>SAN FRANCISCO (AP) — ${body}</p>`,
      'https://news.portal.example/acme-says-founder-resigns-224628633.html',
    );
    expect(result.kind).toBe('news');
    expect(result.news?.author).toBe('Jordan Robertson and Rachel Metz');
  });

  it('reads a long byline that goes on with the agency and the age', () => {
    const result = capture(
      `<h1>Acme says its founder resigns as chief executive</h1>
      <p>By JANE ROE and JOHN DOE - AP Technology Writers <span>AP – 1 hr 4 mins ago</span></p>
      <p>SAN FRANCISCO (AP) — ${body}</p>
`,
      'https://news.portal.example/acme-says-founder-resigns-224628633.html',
    );
    expect(result.news?.author).toBe('Jane Roe and John Doe');
  });

  it('reads a byline that runs on into the bureau: "Par Cécile Martin(Bruxelles, bureau européen)"', () => {
    const result = capture(
      `<h1>Les sombres perspectives de la Commission</h1><p>Par <a>Cécile Martin</a><span>(Bruxelles, bureau européen)</span></p><p>${body}</p>`,
      'https://journal.example/economie/article/2019/05/07/perspectives',
    );
    expect(result.news?.author).toBe('Cécile Martin');
  });

  it('reads a byline whose name is on the line after "Par"', () => {
    const result = capture(
      `<h1>Les sombres perspectives de la Commission</h1><p>Par</p><p>Cécile Martin</p><p>${body}</p>`,
      'https://journal.example/economie/article/2019/05/07/perspectives',
    );
    expect(result.news?.author).toBe('Cécile Martin');
  });

  it('is news under a folder that names news in a part, or on a blog host', () => {
    const page = `<h1>Acme opens a plant in Ohio this autumn</h1><p>${body}</p>`;
    expect(capture(page, 'https://acme.example/news-and-events/acme-opens-a-plant.html').kind).toBe('news');
    expect(capture(page, 'https://blog.acme.example/acme-opens-a-plant').kind).toBe('news');
    expect(capture(page, 'https://acme.example/mac-and-i/meldung/acme-2596303.html').kind).toBe('news');
  });
});

describe('the people a story names', () => {
  it('are named with a title that follows the name, not with a clause that mentions one later', () => {
    const result = capture(
      `<h1>Acme opens a plant in Ohio this autumn</h1><p>${body}</p>
      <p>Jane Roe, the chief executive of Acme, said the plant will open in May.</p>
      <p>The plant, backed by the European Union, is larger than any site yet built for the chief executive's rivals.</p>`,
      'https://news.example/2019/11/19/acme-plant',
    );
    expect(result.news?.people).toEqual([{ name: 'Jane Roe', title: 'the chief executive of Acme' }]);
  });
});

describe('the organization a story is about', () => {
  const release = (headline: string, abouts: string) =>
    `<h1>${headline}</h1><p>DUBLIN, July 2, 2014 — ${body}</p>${abouts}`;

  it('is the "About" section the headline names, in bold as well as in a heading', () => {
    const result = capture(
      release(
        'JAZZ PHARMACEUTICALS ANNOUNCES A NEW PLANT',
        '<p><b>About Defitelio</b></p><p>A medicine.</p><p><b>About Jazz Pharmaceuticals plc</b></p><p>A company.</p>',
      ),
      'https://filings.example/ex99.htm',
    );
    expect(result.news?.organization).toBe('Jazz Pharmaceuticals plc');
  });

  it("is the site's own name when the headline names it, not its partner", () => {
    const result = capture(
      release('Trustwerk and bay31 Announce Partnership', ''),
      'https://www.trustwerk.example/news/x/',
    );
    expect(result.news?.organization).toBe('Trustwerk');
  });

  it('is the proper noun of the headline the story repeats, not the publisher nor a person', () => {
    const story = [
      'Walt Disney Co. executive Kevin Mayer said demand led to problems when Disney launched the service.',
      'Disney struggled with ten million users; Mayer said Disney patched the software within a week.',
      'Analysts said Disney has made an enormous bet, and Mayer hinted Disney was pleased with the results.',
    ]
      .map((text) => `<p>${text}</p>`)
      .join('');
    const result = capture(
      `<meta property="og:site_name" content="Daily Times"><meta property="og:type" content="article">
      <h1>Kevin Mayer says Disney+ glitches came from demand</h1>${story}`,
      'https://www.dailytimes.example/business/story/2019-11-19/disney-plus',
    );
    expect(result.kind).toBe('news');
    expect(result.news?.organization).toBe('Disney');
  });

  it('is not a word the story also writes in lower case', () => {
    const story =
      '<p>Les chiffres montrent que les prix et les salaires montent, et les banques les suivent.</p>'.repeat(3);
    const result = capture(
      `<meta property="og:site_name" content="Le Journal"><h1>Les prix montent encore cette année en France</h1>${story}`,
      'https://journal.example/economie/article/2019/05/07/prix',
    );
    expect(result.news?.organization).toBe('Le Journal');
  });
});

describe('a hostile news page', () => {
  it('reads a page of thousands of datelines and an endless headline quickly and without throwing', {
    timeout: 60_000,
  }, () => {
    const headline = 'ACME '.repeat(2_000);
    const lines = `<p>BAAR, SWITZERLAND<br>${body} ${body}</p>`;
    const url = 'https://acme.example/news-and-events/x';
    const doc = htmlDocument(`<title>x</title><p><b>${headline}</b></p>${lines.repeat(1_000)}`, url);
    const started = performance.now();
    const result = extractPage(doc, url, { now: NOW });
    expect(result.kind).toBe('news');
    expect(result.news?.headline.length).toBeLessThan(1_000);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
