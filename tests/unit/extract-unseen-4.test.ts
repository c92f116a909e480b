import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { hasTitleWord } from '@/lib/extract/titles';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';
import { gatheredPage } from '../gathered';

// The rules that the fourth unseen set (tests/fixtures/gathered/unseen-4) showed missing, each on a small
// page of the same shape, then on the real page itself.
const NOW = Date.UTC(2026, 11, 8);
const capture = (html: string, url: string) =>
  captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: NOW, budgetMs: 60_000 }));
const real = (prefix: string) => {
  const page = gatheredPage('unseen-4', prefix);
  return capture(page.html, page.url);
};

describe("a content wrapper whose class describes its layout ('un-no-sidebar-layout') is read", () => {
  it('finds the team inside it', () => {
    const page = `<head><title>Über uns | Nordwind</title></head><body>
      <div class="hero"><h1>Das Nordwind Institut</h1></div>
      <div class="post-content un-no-sidebar-layout"><h2>Management Team</h2>
        <div><h3>Anna Keller</h3><p>Geschäftsführerin</p></div><div><h3>Jonas Brandt</h3><p>Geschäftsführer</p></div>
        <div><h3>Mia Roth</h3><p>Finanzvorstand</p></div></div>
      <aside class="sidebar"><h3>Lea Park</h3><p>Newsletter</p></aside></body>`;
    const result = capture(page, 'https://nordwind.example/ueber-uns/');
    expect(result.people.map((person) => person.name)).toEqual(['Anna Keller', 'Jonas Brandt', 'Mia Roth']);
  });

  it('reads the real page (906): kind and people', () => {
    const result = real('906');
    expect(result.kind).toBe('team');
    expect(result.people.map((person) => person.name)).toContain('Katharina Hölzle');
  });
});

describe('a page of values alone, titled by them', () => {
  it('takes the first list under an h1 "Our Values", not the lists explaining each', () => {
    const page = `<head><title>Our Values | Brewline</title></head><body><h1>Our Values</h1>
      <p>Here are the values our team practices every day.</p>
      <ul><li>Always Collaborate</li><li>Test Everything</li><li>Be Kind</li></ul>
      <h1>Always Collaborate</h1><ul><li>Ask for review</li><li>Share the work</li></ul></body>`;
    expect(capture(page, 'https://brewline.example/our-values').organization?.values).toEqual([
      'Always Collaborate',
      'Test Everything',
      'Be Kind',
    ]);
  });

  it('still takes no value from a title over mission, vision and values', () => {
    const page = `<head><title>Mission, Vision & Values | Brewline</title></head><body><h1>Mission, Vision & Values</h1>
      <ul><li>Our mission is to brew less waste</li><li>Our vision is a town with no landfill</li></ul></body>`;
    expect(capture(page, 'https://brewline.example/mission').organization?.values ?? []).toEqual([]);
  });

  it('reads the real page (908)', () => {
    expect(real('908').organization?.values).toContain('Test Everything');
  });
});

describe('a heading read without its decoration', () => {
  it('finds the vision under "_ Visión"', () => {
    const page = `<head><title>Misión | Mora</title></head><body><h1>Misión, Visión y Valores</h1>
      <h3>_ Visión</h3><p>Ser la firma asesora más confiable de la región para las empresas familiares.</p></body>`;
    expect(capture(page, 'https://mora.example/mision').organization?.vision).toBe(
      'Ser la firma asesora más confiable de la región para las empresas familiares.',
    );
  });
});

describe('a German posting under banners', () => {
  const page = `<head><title>Nordwind - Mitarbeiter und Ausbildung</title></head><body>
    <h1>Nordwind Jobs &amp; Karriere</h1><h1>Stellenangebot</h1><h2>IT-Techniker (m/w/d)</h2>
    <h4>Deine Aufgaben</h4><ul><li>Du betreust unsere Kunden vor Ort.</li><li>Du planst IT-Systeme.</li></ul>
    <h4>Dein Profil</h4><ul><li>Du hast eine Ausbildung im IT-Bereich.</li><li>Du bist ein Teamplayer.</li></ul>
    <footer><p>Nordwind GmbH</p><p>Schillerstraße 13b</p><p>29525 Uelzen</p></footer></body>`;
  const result = capture(page, 'https://nordwind.example/karriere/it-techniker/');

  it('takes the heading that says whom the role is open to as the title', () => {
    expect(result.job?.title).toBe('IT-Techniker (m/w/d)');
  });

  it("places the job at the employer's own address when the posting names no place", () => {
    expect(result.job?.location).toBe('Uelzen');
  });

  it('reads the real page (902)', () => {
    expect(real('902').job).toMatchObject({ title: 'IT-Techniker (m/w/d)', location: 'Uelzen' });
  });
});

describe('a press release at a flat address', () => {
  it('is about the organisation whose closing paragraph introduces it under the name its address spells', () => {
    const page = `<head><title>Pressemitteilung vom 28.10.2021 – Nordwind</title></head><body>
      <h1>Pressemitteilung vom 28.10.2021</h1><p>28. Oktober 2021</p>
      <p>Berlin, 27.10.2021. Aktivist:innen der Gruppe Nordwind haben über Nacht einen Radweg gebaut.</p>
      <p>„Wir brauchen sichere Radwege“, sagt Lou Winters, Pressesprecherin von Nordwind.</p>
      <p>Nordwind Bündnis ist ein Aktionsbündnis für die Verkehrswende.</p>
      <p>Kontakt:</p><p>Lou Winters</p></body>`;
    const result = capture(page, 'https://nordwind-buendnis.example/pressemitteilung-vom-28-10-2021/');
    expect(result.kind).toBe('news');
    expect(result.news?.organization).toBe('Nordwind Bündnis');
    expect(result.news?.people).toContainEqual({ name: 'Lou Winters', title: 'Pressesprecherin von Nordwind' });
  });

  it('reads German compound titles', () => {
    for (const title of ['Pressesprecherin', 'Bezirksbürgermeister', 'Finanzvorstand', 'Bundesministerin']) {
      expect(hasTitleWord(title)).toBe(true);
    }
  });

  it('reads the real page (904)', () => {
    const result = real('904');
    expect(result.news?.organization).toBe('Sand im Getriebe');
    expect(result.news?.people.map((person) => person.name)).toContain('Lou Winters');
  });
});

describe('a story that introduces its subject', () => {
  it('names the person after "Introducing", not "Introducing" with them', () => {
    const page = `<head><title>Introducing Zorya Vantek, New CFO at Northwind</title><meta property="og:type" content="article">
      <meta property="article:published_time" content="2026-04-09"></head><body><article>
      <h1>Introducing Zorya Vantek, New CFO at Northwind</h1>
      <p>Northwind is thrilled to have her on the team. She joins from Contoso, where she ran finance.</p></article></body>`;
    const result = capture(page, 'https://northwind.example/blog/introducing-zorya-vantek');
    expect(result.news?.people.map((person) => person.name)).toEqual(['Zorya Vantek']);
  });
});

describe('a bio in the first person', () => {
  it.each([
    [
      'Over mij',
      'Ik (Anke de Vries) ben lead software ontwikkelaar bij Tricode in Veenendaal.',
      'lead software ontwikkelaar',
      'Tricode',
    ],
    [
      'About me',
      'I am the Chief Product Officer at Contoso, where I lead forty people.',
      'Chief Product Officer',
      'Contoso',
    ],
  ])('reads the role and employer it gives itself (%s)', (heading, sentence, title, organization) => {
    const page = `<head><title>${heading} | Anke de Vries</title></head><body><h1>${heading}</h1>
      <h2>Anke de Vries</h2><p>${sentence} Daarvoor werkte ik tien jaar als consultant.</p></body>`;
    const result = capture(page, 'https://ankedevries.example/over-mij/');
    expect(result.kind).toBe('person');
    expect(result.person).toMatchObject({ title, organization });
  });

  it('reads the real page (910)', () => {
    expect(real('910').person).toMatchObject({ title: 'lead software ontwikkelaar', organization: 'Tricode' });
  });
});

describe("a profile's one-line summary", () => {
  it('is the subheading under a generic main heading', () => {
    const page = `<head><title>Over mij | Anke de Vries</title></head><body><h1>Over mij</h1>
      <h2>Software ontwikkelaar en tuinierder</h2><p>Ik (Anke de Vries) ben lead software ontwikkelaar bij Tricode in Veenendaal.</p></body>`;
    expect(capture(page, 'https://ankedevries.example/over-mij/').person?.headline).toBe(
      'Software ontwikkelaar en tuinierder',
    );
  });

  it('is what the bio first says its person is, when no line states it apart', () => {
    const page = `<head><title>Bio | Zorya Vantek</title></head><body><h1>Bio</h1>
      <p>Zorya Vantek is a financial economist working on asset pricing, often using text as data. She is a Professor of Finance at Northwind University.</p></body>`;
    expect(capture(page, 'https://zorya.example/bio/').person?.headline).toBe(
      'Financial economist working on asset pricing, often using text as data',
    );
  });
});
