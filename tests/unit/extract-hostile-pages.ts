// Hostile pages built on demand, shared by the unit tests, the Chromium test and the benchmark: a team
// of 20 people in cards (name and title), followed by what makes a page too big to read in full.

const card = (name: string, title: string) => `<div class="member"><h3>${name}</h3><p>${title}</p></div>`;
const given = ['Ada', 'Lee', 'Mia', 'Jan', 'Eva'];
const family = ['Okafor', 'Park', 'Roth', 'Novak'];

/** The 20 people every budget page lists first, as [name, title]. */
export const budgetTeam: [string, string][] = Array.from({ length: 20 }, (_, i) => [
  `${given[i % 5]} ${family[Math.floor(i / 5)]}`,
  `Vice President of Region ${i + 1}`,
]);

const head = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><h2>Leadership</h2>${budgetTeam.map(([name, title]) => card(name, title)).join('')}`;

/** The team, then about 15 MB of text in paragraphs. */
export function teamThenText(): string {
  const paragraph = `<p>${'We build lamps that last and we mean it. '.repeat(25)}</p>`;
  return `${head('Our team')}${paragraph.repeat(15_000)}</main></body></html>`;
}

/** The team, then 55,000 elements. */
export function teamThenElements(): string {
  const cells = Array.from({ length: 55_000 }, (_, i) => `<div class="cell"><span>cell ${i}</span></div>`);
  return `${head('Our team')}<section>${cells.slice(0, 27_500).join('')}</section>${cells.slice(27_500).join('')}</main></body></html>`;
}

/** The team, with 12 JSON-LD scripts of about 1.7 MB each and one nested 100,000 levels deep. */
export function teamWithJsonLd(): string {
  const graph = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': Array.from({ length: 10_000 }, (_, i) => ({
      '@type': 'Person',
      name: `Person ${i}`,
      description: 'A long description of someone who is not on this page. '.repeat(2),
    })),
  });
  const nested = `{"@type":"Organization","name":${'{"name":'.repeat(100_000)}"Deep"${'}'.repeat(100_000)}}`;
  const scripts = [nested, ...Array.from({ length: 12 }, () => graph)]
    .map((json) => `<script type="application/ld+json">${json}</script>`)
    .join('');
  return `${head('Our team')}${scripts}</main></body></html>`;
}

/** The pages, by file name, for serving. */
export const budgetPages: Record<string, () => string> = {
  'team-then-15mb-text.html': teamThenText,
  'team-then-55000-elements.html': teamThenElements,
  'team-with-huge-json-ld.html': teamWithJsonLd,
};
