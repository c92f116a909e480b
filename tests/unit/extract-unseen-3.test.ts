import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';
import { gatheredPage } from '../gathered';

// The rules that the third unseen set (tests/fixtures/gathered/unseen-3) showed missing, each on a small
// page of the same shape, then on the real pages themselves.
const NOW = Date.UTC(2026, 11, 4);
const capture = (html: string, url: string) =>
  captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: NOW, budgetMs: 60_000 }));

describe('a CV page: a name set over two lines, the current position labelled, a timeline of dates', () => {
  const cv = `<head><title>Über mich · Keller Engineering</title></head><body>
    <h1>Anna<br>Keller</h1>
    <p>Erfahrene Bauingenieurin mit Schwerpunkt Tunnelbau.</p>
    <p>Aktuelle Position: Projektleiterin, Implenia Schweiz AG, Bern · Seit März 2022</p>
    <h2>Karriere</h2>
    <p>März 2022 – Laufend</p><p>Implenia Schweiz AG · Bern, Schweiz</p><p>Projektleiterin</p>
    <p>Leitung von Tunnelbauprojekten im Raum Bern und Koordination mit den Bauherren.</p>
    <p>Jun. 2017 – Feb. 2022</p><p>Marti AG · Moosseedorf, Schweiz</p><p>Bauführerin Tunnelbau</p>
    <h2>Bildungsweg</h2>
    <p>Sep. 2012 – Jul. 2017</p><p>ETH Zürich · Zürich, Schweiz</p><p>MSc Bauingenieurwissenschaften</p></body>`;
  const result = capture(cv, 'https://keller-eng.example/ueber-mich/');

  it('is the person named by the heading, with the title and employer the label gives', () => {
    expect(result.kind).toBe('person');
    expect(result.person).toMatchObject({
      name: 'Anna Keller',
      title: 'Projektleiterin',
      organization: 'Implenia Schweiz AG',
    });
  });

  it('reads each dated entry as a position, or as education at a school', () => {
    expect(result.person?.positions).toEqual([
      { title: 'Projektleiterin', organization: 'Implenia Schweiz AG', start: 'März 2022', end: 'Laufend' },
      { title: 'Bauführerin Tunnelbau', organization: 'Marti AG', start: 'Jun. 2017', end: 'Feb. 2022' },
    ]);
    expect(result.person?.education).toEqual([
      { school: 'ETH Zürich', degree: 'MSc Bauingenieurwissenschaften', years: 'Sep. 2012 – Jul. 2017' },
    ]);
  });

  it('takes no job title for a person: "Bauführerin Tunnelbau" is a title, not a name', () => {
    expect(result.people.map((person) => person.name)).not.toContain('Bauführerin Tunnelbau');
  });
});

describe('a heading broken after one word is one line; a name over its title stays two', () => {
  it('joins "Über<br>uns" and keeps "Ada Okafor<br>Chief Financial Officer" apart', () => {
    const page = `<head><title>Team | Northwind</title></head><body><h1>Über<br>uns</h1>
      <div><h3>Ada Okafor<br>Chief Financial Officer</h3></div><div><h3>Ben Moreau<br>Chief Operating Officer</h3></div>
      <div><h3>Lee Park<br>Chief People Officer</h3></div><div><h3>Mia Roth<br>Chief Technology Officer</h3></div></body>`;
    const result = capture(page, 'https://northwind.example/team');
    expect(result.people.map((person) => [person.name, person.title])).toEqual([
      ['Ada Okafor', 'Chief Financial Officer'],
      ['Ben Moreau', 'Chief Operating Officer'],
      ['Lee Park', 'Chief People Officer'],
      ['Mia Roth', 'Chief Technology Officer'],
    ]);
  });
});

describe("a card's name and title in elements side by side, on one line", () => {
  it('reads <strong>name</strong> <span>title</span> as a person with a title', () => {
    const card = (name: string, job: string) =>
      `<li class="profile"><div class="photo"></div><strong>${name}</strong> <span>${job}</span>
        <div class="socials"><a href="https://github.com/x">GitHub</a></div></li>`;
    const page = `<head><title>À propos | Rix</title></head><body><h1>À propos</h1><h2>Notre équipe</h2><ul>
      ${card('Florian Rey', 'DevOps')}${card('Guewen Faivre', 'DevSecOps')}${card('Yves Heitz', 'Chef de projet')}</ul></body>`;
    expect(capture(page, 'https://rix.example/a-propos').people.map((person) => [person.name, person.title])).toEqual([
      ['Florian Rey', 'DevOps'],
      ['Guewen Faivre', 'DevSecOps'],
      ['Yves Heitz', 'Chef de projet'],
    ]);
  });
});

describe('the real pages of the third unseen set', () => {
  const real = (prefix: string) => {
    const { html, url } = gatheredPage('unseen-3', prefix);
    return capture(html, url);
  };

  it('reads the German CV: its name, current position and three earlier positions', () => {
    const { person, people } = real('809');
    expect(person).toMatchObject({
      name: 'Giovane Boschetti',
      title: 'Projektleiter',
      organization: 'Rhomberg Sersa Rail AG',
    });
    expect(person?.positions.map((position) => position.organization)).toEqual([
      'Rhomberg Sersa Rail AG',
      'SBB AG',
      'Rhomberg Bahntechnik AG',
    ]);
    expect(person?.education.map((entry) => entry.school)).toContain('Universität Freiburg');
    expect(people).toEqual([]);
  });

  it("reads the French about page's team of four", () => {
    expect(real('806').people.map((person) => person.name)).toEqual([
      'Florian Rey',
      'Guewen Faivre',
      'Lod Lapeyre',
      'Yves Heitz',
    ]);
  });
});
