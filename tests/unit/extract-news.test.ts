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
