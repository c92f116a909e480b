import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { labelledHeadquarters, postalAddress } from '@/lib/extract/places';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';
import { gatheredPage } from '../gathered';

// Where a company's own pages say where it sits without saying "headquarters": the postal address of its
// footer, contact block or text. Four unseen about pages (705, 706, 805, 806) wrote it only there.
const NOW = Date.UTC(2026, 11, 8);
const capture = (html: string, url: string) =>
  captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: NOW, budgetMs: 60_000 }));

describe('postalAddress', () => {
  it.each([
    ['Kampenringweg 45A\n2803PE   Gouda', 'Gouda'],
    ['ul. Jana Matejki 12, 80-232 Gdańsk\nTel. +48 58 000 00 00', 'Gdańsk'],
    ['34 rue Jean Broquin\n69006 Lyon\nFrance', 'Lyon'],
    ['Adresse : 122, boulevard Raspail 75006 Paris', 'Paris'],
    ['Zugerstrasse 32, CH-6340 Baar', 'Baar'],
    ['Hauptstraße 5, 60311 Frankfurt am Main', 'Frankfurt am Main'],
    ['123 Main St, Suite 400, San Francisco, CA 94105', 'San Francisco, CA'],
    ['1 Market St San Francisco, CA 94105', 'San Francisco, CA'],
  ])('finds the city of %j', (text, city) => {
    expect(postalAddress(text)?.city).toBe(city);
  });

  it.each([
    ['© 2010 - 2024 Acme GmbH'],
    ['Since 2004 Acme has grown'],
    ['Phone 555 1234 Monday to Friday'],
    ['We moved to Berlin in 2019'],
  ])('finds none in %j, which is a year, a phone number or prose', (text) => {
    expect(postalAddress(text)).toBeUndefined();
  });

  it('reads a labelled headquarters written the way addresses are', () => {
    expect(labelledHeadquarters('Apptricity Headquarters\nIrving, TX')).toBe('Irving, TX');
    expect(labelledHeadquarters('Our headquarters team is growing, fast')).toBeUndefined();
  });
});

describe("the company's headquarters from its own address", () => {
  const about = (footer: string, url = 'https://northwind.example/about') =>
    capture(
      `<head><title>About us | Northwind</title><meta property="og:site_name" content="Northwind"></head><body>
      <main><h1>About Northwind</h1><p>Northwind builds freight software for ports and the shipping lines that use them.</p></main>
      <footer><div><p>Northwind B.V.</p><p>Kampenringweg 45A</p><p>2803PE Gouda</p></div>
      <p>${footer}</p></footer></body>`,
      url,
    );

  it("takes the city of the footer's address, with the address as written for its source", () => {
    const result = about('© 2025 Northwind');
    expect(result.organization?.headquarters).toBe('Gouda');
    expect(result.facts.find((fact) => fact.type === 'headquarters')?.snippet).toContain(
      'Kampenringweg 45A 2803PE Gouda',
    );
  });

  it("does not take a newspaper's address for the company its story is about", () => {
    const story = capture(
      `<head><title>Northwind raises €20m | Port Times</title><meta property="og:type" content="article"></head><body>
      <article><h1>Northwind raises €20m</h1><p><time datetime="2026-10-02">2 Oct 2026</time></p>
      <p>GOUDA — Northwind, the freight software maker, said on Thursday it raised €20m from investors.</p></article>
      <footer><p>Port Times, Havenstraat 1, 3011AA Rotterdam</p></footer></body>`,
      'https://porttimes.example/news/2026/10/02/northwind-raises',
    );
    expect(story.kind).toBe('news');
    expect(story.organization?.headquarters).toBeUndefined();
  });

  it.each([
    ['unseen-2', '705', 'Irving, TX'],
    ['unseen-2', '706', 'Gouda'],
    ['unseen-3', '805', 'Gdańsk'],
    ['unseen-3', '806', 'Lyon'],
    ['companies', '404', 'Paris'],
  ])('reads it on the real page %s/%s', (set, prefix, city) => {
    const page = gatheredPage(set, prefix);
    expect(capture(page.html, page.url).organization?.headquarters).toBe(city);
  });
});
