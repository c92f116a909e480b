import { describe, expect, it } from 'vitest';
import { extractPage, readPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { pageReadingSchema } from '@/lib/schema/page-reading';
import { htmlDocument } from '../dom';

const NOW = Date.UTC(2026, 10, 1);
const URL = 'https://hostile.example/about/team';

function capture(doc: Document, options: Partial<Parameters<typeof extractPage>[2]> = {}) {
  // The schema check is part of the test: whatever the page, the result is a valid capture.
  return captureSchema.parse(extractPage(doc, URL, { now: NOW, budgetMs: 60_000, ...options }));
}

const card = (name: string, title: string) => `<div class="member"><h3>${name}</h3><p>${title}</p></div>`;

describe('hostile and broken pages', () => {
  it('keeps script and markup in names and JSON-LD as inert text', () => {
    const doc = htmlDocument(`<title>Team</title>
      <script type="application/ld+json">{"@type": "Organization", "name": "<img src=x onerror=alert(1)>Acme</script>",
        "description": "&lt;script&gt;alert(1)&lt;/script&gt; We make lamps."}</script>
      <h2>Leadership</h2>${card('Ada &lt;b&gt;Okafor&lt;/b&gt;', 'CFO<script>alert(1)</script>')}
      ${card('Lee Park', 'Chief People Officer <img src=x onerror=alert(1)>')}`);
    const result = capture(doc);
    const all = JSON.stringify(result);
    expect(all).not.toMatch(/<img|<script|onerror=/i);
    // What the page hands the extension is text already: its JSON-LD strings were read in the page.
    const marked = htmlDocument(`<script type="application/ld+json">{"@type": "Organization",
      "name": "<b>Acme</b> <img src=x onerror=alert(1)>", "description": "&lt;script&gt;alert(1)&lt;/script&gt; We make lamps."}</script>`);
    const reading = readPage(marked, URL);
    expect(JSON.stringify(reading.nodes)).not.toMatch(/<img|<script|<b>|&lt;/i);
    expect(reading.nodes[0]).toMatchObject({ name: 'Acme', description: 'We make lamps.' });
    expect(result.people).toContainEqual({ name: 'Lee Park', title: 'Chief People Officer', section: 'Leadership' });
  });

  it('survives malformed and enormous JSON-LD', () => {
    const huge = `{"@type": "Organization", "name": "Acme", "x": "${'y'.repeat(3_000_000)}"}`;
    const doc = htmlDocument(`<title>About | Acme</title>
      <script type="application/ld+json">{"@type": "Organization", "name": </script>
      <script type="application/ld+json">${huge}</script>
      <script type="application/ld+json">${'['.repeat(5_000)}${']'.repeat(5_000)}</script>
      <script type="application/ld+json">{"@graph": [${Array.from({ length: 5_000 }, (_, i) => `{"@type": "Person", "name": "P ${i}"}`).join(',')}]}</script>
      <h1>About Acme</h1>`);
    const result = capture(doc);
    expect(result.organization?.name).toBe('Acme');
    expect(result.title).toBe('About | Acme');
  });

  it('reads a page of 100,000 elements, and stops at its element budget with what it has', { timeout: 60_000 }, () => {
    const cells = Array.from({ length: 100_000 }, (_, i) => `<span>w${i}</span>`).join('');
    const doc = htmlDocument(
      `<title>Big</title><h2>Team</h2>${card('Ada Okafor', 'Chief Financial Officer')}<div>${cells}</div>`,
    );
    const result = capture(doc);
    expect(result.partial).toBe(true);
    expect(result.people.map((person) => person.name)).toEqual(['Ada Okafor']);
  });

  it('reads a document nested 5,000 deep without overflowing the stack', { timeout: 60_000 }, () => {
    const doc = htmlDocument('<title>Deep</title>');
    let parent: Element = doc.body;
    for (let depth = 0; depth < 5_000; depth++) {
      const child = doc.createElement('div');
      parent.appendChild(child);
      parent = child;
    }
    parent.innerHTML = card('Ada Okafor', 'Chief Financial Officer');
    const result = capture(doc);
    expect(result.people.map((person) => person.name)).toEqual(['Ada Okafor']);
  });

  // jsdom takes seconds to parse 20 MB; the extraction itself is bounded by its budget.
  it('reads a 20 MB page', { timeout: 60_000 }, () => {
    const paragraph = `<p>${'We build lamps that last. '.repeat(40)}</p>`;
    const doc = htmlDocument(`<title>Huge</title><h1>About</h1>${paragraph.repeat(20_000)}`);
    const result = capture(doc, { budgetMs: 250 });
    expect(result.title).toBe('Huge');
    // Its text is read, as far as the budget goes, not given up on.
    expect(result.culture.words).toBeGreaterThan(1_000);
  });

  it("hands the extension at most 2,000,000 characters of a page's text, marked partial", { timeout: 60_000 }, () => {
    const paragraph = `<p>${'We build lamps that last. '.repeat(40)}</p>`;
    const doc = htmlDocument(`<title>Long</title><h1>About</h1>${paragraph.repeat(3_000)}`);
    const reading = pageReadingSchema.parse(readPage(doc, URL, { budgetMs: 60_000 }));
    const chars = reading.lines.reduce((sum, line) => sum + line.text.length, 0);
    expect(chars).toBeLessThanOrEqual(2_000_000);
    expect(chars).toBeGreaterThan(1_900_000);
    expect(reading.partial).toBe(true);
  });

  it('returns what it has, marked partial, when its time budget runs out', () => {
    let now = 0;
    const clock = () => {
      now += 300; // every look at the clock costs 300 ms of pretend time: more than the budget
      return now;
    };
    const doc = htmlDocument(`<title>Team</title><h2>Team</h2>${card('Ada Okafor', 'Chief Financial Officer')}`);
    const result = capture(doc, { budgetMs: 250, clock });
    expect(result.partial).toBe(true);
    expect(result.title).toBe('Team');
  });

  it('handles a page with no body, a frameset, or nothing at all', () => {
    const noBody = htmlDocument('<title>Only a head</title>');
    noBody.body?.remove();
    expect(capture(noBody)).toMatchObject({ title: 'Only a head', people: [] });
    const frames = htmlDocument('<title>Frames</title><frameset><frame src="a.html"><frame src="b.html"></frameset>');
    expect(capture(frames)).toMatchObject({ title: 'Frames', people: [], facts: [] });
    const empty = htmlDocument('');
    expect(capture(empty)).toMatchObject({ title: '', people: [], facts: [] });
  });

  it('never throws, even when the document itself misbehaves', () => {
    const doc = htmlDocument('<title>T</title>');
    const broken = new Proxy(doc, {
      get(target, property) {
        if (property === 'body' || property === 'querySelectorAll') throw new Error('boom');
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const result = capture(broken as Document);
    expect(result.partial).toBe(true);
    expect(result.kind).toBe('other');
  });

  it('caps the length of everything it extracts', () => {
    const long = 'x'.repeat(50_000);
    const doc = htmlDocument(`<title>${long}</title><h2>Team</h2>${card(`Ada Okafor`, `Chief ${long}`)}<p>${long}</p>`);
    const result = capture(doc);
    expect(result.title.length).toBeLessThanOrEqual(500);
    for (const person of result.people) expect(person.title.length).toBeLessThanOrEqual(500);
  });
});
