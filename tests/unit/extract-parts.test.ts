import { describe, expect, it } from 'vitest';
import { toIsoDate } from '@/lib/extract/dates';
import { looksLikeName, parseName } from '@/lib/extract/names';
import { parseJsonLd, readStructuredData } from '@/lib/extract/structured-data';
import { cleanText, readLines } from '@/lib/extract/text';
import { hasTitleWord, isTitleLike } from '@/lib/extract/titles';
import { htmlDocument } from '../dom';

describe('names', () => {
  it.each([
    ['Phil Marshall, MBA', { name: 'Phil Marshall', credentials: 'MBA' }],
    ['Bethany Snider, MD, HMDC, FAAHPM', { name: 'Bethany Snider', credentials: 'MD, HMDC, FAAHPM' }],
    ['Dr. Ada Okafor', { name: 'Ada Okafor' }],
    ['Corey E. Thomas', { name: 'Corey E. Thomas' }],
    ['Julie DeMunbrun', { name: 'Julie DeMunbrun' }],
    ['Ludwig van Beethoven', { name: 'Ludwig van Beethoven' }],
    ['Christian König', { name: 'Christian König' }],
    ['Łukasz Żółkiewski', { name: 'Łukasz Żółkiewski' }],
    ['[> Jens Weber', { name: 'Jens Weber' }],
  ])('reads %s', (line, expected) => {
    expect(parseName(line)).toEqual(expected);
  });

  it.each([
    'Board of Directors',
    'Our Leadership',
    'Über uns',
    'Chief Financial Officer',
    'Contact Us',
    'Nossa Equipe',
    'Quick Cookie Notification',
    'Ada',
    'Ada Okafor, chief financial officer of Acme',
    'ACME CORP',
    'Jane Doe 2',
  ])('does not take %s for a name', (line) => {
    expect(parseName(line)).toBeUndefined();
  });

  it('needs two capitalised words and no title word', () => {
    expect(looksLikeName('Jane Doe')).toBe(true);
    expect(looksLikeName('Senior Manager')).toBe(false);
    expect(looksLikeName('jane doe')).toBe(false);
  });
});

describe('titles', () => {
  it.each([
    'Chief Financial Officer',
    'SVP, Customer Success',
    'Geschäftsführerin',
    'Kommunikationsarchitekt',
    'Diretora de Operações',
    'Członek Zarządu',
    'rzecznik prasowy',
    'Directrice générale',
  ])('knows %s is a title', (title) => {
    expect(hasTitleWord(title)).toBe(true);
  });

  it('does not take furniture, contacts, dates or sentences for titles', () => {
    expect(isTitleLike('View Bio')).toBe(false);
    expect(isTitleLike('Connect on LinkedIn')).toBe(false);
    expect(isTitleLike('jane@example.com')).toBe(false);
    expect(isTitleLike('June 2014 – Present (2 years)')).toBe(false);
    expect(isTitleLike('She joined the company in 2019 after a long career in retail banking.')).toBe(false);
    expect(isTitleLike('Director of Marketing')).toBe(true);
  });
});

describe('dates', () => {
  it.each([
    ['2016-04-06T08:00:00Z', '2016-04-06'],
    ['April 6, 2016', '2016-04-06'],
    ['Oct. 29, 2025', '2025-10-29'],
    ['6 April 2016', '2016-04-06'],
    ['12 maja 2021', '2021-05-12'],
    ['29 de outubro de 2025', '2025-10-29'],
    ['5. Oktober 2026', '2026-10-05'],
    ['12.05.2021', '2021-05-12'],
    ['published 2016/11/01', '2016-11-01'],
  ])('reads %s', (text, expected) => {
    expect(toIsoDate(text)).toBe(expected);
  });

  it('refuses what is not a date', () => {
    expect(toIsoDate('2021-02-30')).toBeUndefined();
    expect(toIsoDate('next Tuesday')).toBeUndefined();
    expect(toIsoDate(undefined)).toBeUndefined();
  });
});

describe('JSON-LD', () => {
  it('repairs what sites get wrong: comments, CDATA, trailing commas, raw line breaks, single quotes', () => {
    expect(parseJsonLd('<!-- {"@type": "Organization", "name": "Acme",} -->')).toEqual({
      '@type': 'Organization',
      name: 'Acme',
    });
    expect(parseJsonLd('//<![CDATA[\n{"name": "a\nb"}\n//]]>')).toEqual({ name: 'a b' });
    expect(parseJsonLd(`{"@type": 'NewsArticle', "headline": 'It\\'s here', "image": ['x',],}`)).toEqual({
      '@type': 'NewsArticle',
      headline: "It's here",
      image: ['x'],
    });
    expect(parseJsonLd('{not json at all')).toBeUndefined();
  });

  it('finds nodes inside @graph, arrays and nested properties, with their types', () => {
    const doc = htmlDocument(`<script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "mainEntity": {"@type": ["Person"], "name": "Ada Okafor"}},
        {"@type": "https://schema.org/Organization", "name": "Acme"}
      ]}</script>
      <div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">COO</h1>
        <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
          <span itemprop="name">Acme</span></div></div>`);
    const data = readStructuredData(doc);
    const types = data.nodes.map((node) => node['@type'].join());
    expect(types).toEqual(expect.arrayContaining(['WebPage', 'Person', 'Organization', 'JobPosting']));
    const job = data.nodes.find((node) => node['@type'].includes('JobPosting'));
    expect(job).toMatchObject({ title: 'COO', hiringOrganization: { name: 'Acme' } });
    expect(job?.['@from']).toBe('microdata');
  });
});

describe('text', () => {
  it('repairs control characters left in place of punctuation, and caps length', () => {
    expect(cleanText('We\u0019re  here\u0007')).toBe('We’re here');
    expect(cleanText('x'.repeat(600))).toHaveLength(500);
  });

  it('splits lines at blocks and <br>, and leaves out navigation, footers and cookie notices', () => {
    const doc = htmlDocument(`<nav><a href="/">Home</a></nav><div class="cookie-banner">We use cookies</div>
      <main><p><strong>Raymond S. Bartlett</strong> <br>Senior Vice President<br><a href="/af">Finance</a></p></main>
      <footer>© Acme</footer>`);
    const { lines } = readLines(doc.body);
    expect(lines.map((line) => [line.text, line.owner.tagName])).toEqual([
      ['Raymond S. Bartlett', 'STRONG'],
      ['Senior Vice President', 'P'],
      ['Finance', 'A'],
    ]);
  });
});
