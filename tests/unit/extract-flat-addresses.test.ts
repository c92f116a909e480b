import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';

// Pages whose address says nothing of their kind (https://host/p1.html): their own content must tell.
// `npm run eval:extract -- --flat` scores every saved page this way.
const NOW = Date.UTC(2026, 11, 3);
const capture = (html: string, url: string) =>
  captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: NOW, budgetMs: 60_000 }));

describe('an article whose meta tags carry their value in `value`', () => {
  it('is news, dated by its og:article:published_time', () => {
    const article = `<head><title>Les sombres perspectives de la Commission</title>
      <meta name="og:type" value="article"><meta name="og:article:published_time" value="2019-05-07T11:59:43+00:00">
      </head><body><h1>Les sombres perspectives de la Commission</h1>
      <p>La Commission européenne a revu à la baisse ses prévisions de croissance pour la zone euro.</p></body>`;
    const result = capture(article, 'https://journal.example/p1.html');
    expect(result.kind).toBe('news');
    expect(result.news?.datePublished).toBe('2019-05-07');
  });
});

describe('a press release at a flat address', () => {
  const release = `<head><title>Acme Appoints Former Initech CFO, Jane Porter, to its Board of Directors</title></head>
    <body><h1>Acme Appoints Former Initech CFO, Jane Porter, to its Board of Directors</h1>
    <div>Boston, MA — November 1, 2016</div>
    <p>Acme, Inc., a provider of security analytics, announced that it has appointed Jane Porter to its Board of
    Directors. Ms. Porter served as chief financial officer of Initech from 2004 until 2016.</p>
    <p>“I am pleased to welcome Jane to the board,” said Alan Reed, chairman of the Board of Directors.</p>
    <h2>About Acme</h2><p>Acme is a provider of security analytics for more than 7,000 organizations.</p>
    <h2>Press Contact</h2><div>Sam Lee</div><div>Public Relations Manager</div><div>press@acme.example</div></body>`;

  it('is news, not a team page of its press contacts', () => {
    const result = capture(release, 'https://acme.example/p1.html');
    expect(result.kind).toBe('news');
    expect(result.news?.datePublished).toBe('2016-11-01');
    expect(result.news?.organization).toBe('Acme');
  });

  it('is news when it only says "pleased to announce" and lists whom to ask for more', () => {
    const result = capture(
      `<head><title>Northwind and Contoso Announce Partnership</title></head><body>
      <h1>Northwind and Contoso Announce Partnership</h1>
      <p>Northwind GmbH and Contoso are pleased to announce their partnership, and a new solution for SAP role
      engineering that lets customers optimize their roles.</p>
      <p>For more information</p><p>Cris Merritt, Contoso</p><p>cris@contoso.example</p></body>`,
      'https://northwind.example/p2.html',
    );
    expect(result.kind).toBe('news');
  });

  it("is a story when a date stands by its headline, and a blog's author in the data is not its subject", () => {
    const story = capture(
      `<head><title>1Password für Mac generiert Einmal-Passwörter | Mac &amp; i</title></head><body>
      <p>08.04.2015 12:46</p><h1>1Password für Mac generiert Einmal-Passwörter</h1>
      <p>AgileBits hat Version 5.3 seines bekannten Passwortmanagers 1Password für OS X freigegeben. Mit dem Update
      wird eine praktische Funktion nachgereicht.</p></body>`,
      'https://www.heise.example/p3.html',
    );
    expect(story.kind).toBe('news');
    expect(story.news?.datePublished).toBe('2015-04-08');

    const post = capture(
      `<head><title>Introducing Junior Gaspard, New CEO at Experience - Experience</title>
      <meta property="og:type" content="article">
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Person","name":"Josh"}]}</script>
      </head><body><h1>Introducing Junior Gaspard, New CEO at Experience</h1>
      <p>Experience is thrilled to have Junior Gaspard, long time employee, as our new President and CEO.</p></body>`,
      'https://experience.example/p4.html',
    );
    expect(post.kind).toBe('news');
    expect(post.person).toBeUndefined();
  });
});

describe('a wire story', () => {
  it("takes no date from an old file photo's caption, and no sentence's first word into a name", () => {
    const result = capture(
      `<head><title>Apple says Steve Jobs resigning as CEO</title></head><body>
      <h1>Apple says Steve Jobs resigning as CEO</h1>
      <p>Jeff Chiu, File - FILE - In this March 2, 2011 file photo, Apple CEO Steve Jobs waves to his audience.</p>
      <p>SAN FRANCISCO (AP) — Steve Jobs resigned as CEO of Apple. Tim Cook, the chief operating officer, was
      quickly named CEO of the company Jobs co-founded 35 years ago in his garage.</p>
      <p>But Trip Chowdhry, an analyst with Global Equities Research, said the company would do well.</p></body>`,
      'https://news.example/p5.html',
    );
    expect(result.news?.datePublished).not.toBe('2011-03-02');
    const people = result.news?.people ?? [];
    expect(people.map((person) => person.name)).toContain('Trip Chowdhry');
    expect(people.map((person) => person.name)).not.toContain('But Trip Chowdhry');
    expect(people.find((person) => person.name === 'Tim Cook')?.title).toMatch(/^(?:CEO|the chief operating officer)$/);
  });
});

describe("a team grid that gives each person's city", () => {
  it('reads the city as where they are, never as their title', () => {
    const cards = [
      'Aayat Farooqui|Dubai, UAE',
      'Alberto Massa|Milano, Italy',
      'Bob Brewer|Garden Valley, California, USA',
    ]
      .map((card) => card.split('|'))
      .map(([name, place]) => `<div class="member"><h3>${name}</h3><p>${place}</p></div>`)
      .join('');
    const result = capture(
      `<head><title>Team</title></head><body><h1>Our team</h1>
      <div class="member"><h3>Doug Rivers</h3><p>CEO</p></div>${cards}
      <div class="member"><h3>Mary Chen</h3><p>VP Sales, North America</p></div></body>`,
      'https://crunch.example/team/',
    );
    expect(result.people.map((person) => [person.name, person.title])).toEqual([
      ['Doug Rivers', 'CEO'],
      ['Aayat Farooqui', ''],
      ['Alberto Massa', ''],
      ['Bob Brewer', ''],
      ['Mary Chen', 'VP Sales, North America'],
    ]);
    expect(result.people[1]?.bio).toBe('Based in Dubai, UAE.');
  });
});

describe('the saved press release at a flat address', () => {
  it('reads the board appointment as news', () => {
    const file = join(import.meta.dirname, '../fixtures/pages/040-rapid7-pr-judy-bruner-board.html');
    expect(capture(readFileSync(file, 'utf8'), 'https://www.rapid7.example/p1.html').kind).toBe('news');
  });
});

describe("a site's error page", () => {
  it('keeps nothing from a page not found: no company, no people, no facts', () => {
    const notFound = `<head><title>Page not found | Halvard Grid</title></head><body>
      <h1>Page not found</h1><p>Halvard Grid builds the grid of tomorrow. Our mission is to connect every home.</p>
      <div class="member"><h3>Sigrid Aas</h3><p>Chief Executive Officer</p></div>
      <div class="member"><h3>Kari Nordmann</h3><p>Chief Financial Officer</p></div></body>`;
    const result = capture(notFound, 'https://halvardgrid.example/about/leadership-old');
    expect(result).toMatchObject({ kind: 'other', people: [], facts: [], partial: false });
    expect(result.organization).toBeUndefined();
    expect(capture(notFound.replace(/Page not found/g, '404 – Seite nicht gefunden'), 'https://x.example/a').kind).toBe(
      'other',
    );
  });

  it('is not any page that mentions an error', () => {
    const story = `<head><title>How we fixed the 404 errors on our checkout | Acme blog</title></head><body>
      <h1>How we fixed the 404 errors on our checkout</h1><p>By Ada Okafor, Chief Technology Officer</p></body>`;
    expect(capture(story, 'https://acme.example/blog/404-errors').title).toBe(
      'How we fixed the 404 errors on our checkout | Acme blog',
    );
    expect(capture(story, 'https://acme.example/blog/404-errors').culture.words).toBeGreaterThan(0);
  });
});
