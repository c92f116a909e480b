import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { type Capture, captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';

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
