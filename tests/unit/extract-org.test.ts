import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { hasKnownGivenName } from '@/lib/extract/given-names';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';

const NOW = Date.UTC(2026, 10, 1);
const capture = (html: string, url = 'https://acme.example/about/') =>
  captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: NOW }));

describe("the organization's name", () => {
  it('is the brand the copyright line and the domain back, not the tagline the site name carries', () => {
    const result = capture(
      `<head><title>Leadership Team - Flux Federation Energy Retail Software</title>
      <meta property="og:site_name" content="Leadership Team - Flux Federation Energy Retail Software"></head>
      <body><h1>Leadership</h1><div class="footer">&copy; Flux Federation Ltd 2018 Supplier Privacy Notice</div></body>`,
      'https://fluxfederation.example/about/leadership/',
    );
    expect(result.organization?.name).toBe('Flux Federation');
  });

  it('is the short name the logo and the domain back over a longer site name', () => {
    const result = capture(
      `<head><title>About Legatum – The Legatum Group</title><meta property="og:site_name" content="The Legatum Group"></head>
      <body><header><a href="/"><img src="/logo.png" alt="Legatum"></a></header><h1>About Legatum</h1></body>`,
      'https://www.legatum.example/about/organisation/',
    );
    expect(result.organization?.name).toBe('Legatum');
  });

  it('keeps a name that two witnesses write alike over a shorter copyright holder', () => {
    const result = capture(
      `<head><title>Leadership | Hosparus Health</title><meta property="og:site_name" content="Hosparus Health"></head>
      <body><h1>Leadership</h1><p>Hosparus Health cares for families.</p><footer>© 2024 Hosparus, Inc.</footer></body>`,
      'https://hosparushealth.example/about-us/leadership/',
    );
    expect(result.organization?.name).toBe('Hosparus Health');
  });

  it('is never the page heading of the title ("Over ons", "Our team") nor the domain a title ends with', () => {
    const dutch = capture(
      `<head><title>Over ons - Willemsens Technieken</title></head>
      <body><h1>Over ons</h1><footer><p>Copyright &copy; Willemsens Technieken</p><p>Made by Jens</p></footer></body>`,
      'https://w-technieken.example/over-ons/',
    );
    expect(dutch.organization?.name).toBe('Willemsens Technieken');
    const spanish = capture(
      `<head><title>Quienes Somos – 41estudiolegal.com</title></head>
      <body><h2>Abogados en Costa Rica</h2><p>41 Estudio Legal es reconocida en el medio legal.</p></body>`,
      'https://41estudiolegal.example/quienes-somos/',
    );
    expect(spanish.organization?.name).toBe('41 Estudio Legal');
  });

  it('drops the legal form of a JSON-LD name and survives a hostile footer', () => {
    const result = capture(
      `<head><title>Über ElevonIQ — Aufzugsexperten | ElevonIQ</title><meta property="og:site_name" content="ElevonIQ">
      <script type="application/ld+json">{"@type":"Organization","name":"ElevonIQ GmbH"}</script></head>
      <body><h1>Über uns</h1><footer>©©© ${'<b>x</b>'.repeat(200)} ${'2024 '.repeat(500)}</footer></body>`,
      'https://elevoniq.example/ueber-uns/',
    );
    expect(result.organization?.name).toBe('ElevonIQ');
  });

  it('still knows the common given names it keeps packed', () => {
    expect(hasKnownGivenName('Aaron Smith')).toBe(true);
    expect(hasKnownGivenName('Zoë Roth')).toBe(true);
    expect(hasKnownGivenName('Sarah Gibson')).toBe(true);
    expect(hasKnownGivenName('Animal Welfare')).toBe(false);
  });
});

describe('the people of a team page', () => {
  const card = (name: string, title: string) =>
    `<div class="person"><div class="portrait-title"><h2><a href="/author/x/">${name}</a></h2><h3>${title}</h3></div></div>`;

  it('reads a title that opens with a button word and puts each name under its own-level section', () => {
    const result = capture(
      `<h1>Our team</h1><h2>Open Engineering Team</h2>${card('Sarah Gibson', 'Open Source Infrastructure Engineer')}
      ${card('Erik Sundell', 'Open Source Infrastructure Engineer')}<h2>Executive Director</h2>${card('Chris Holdgraf', 'Executive Director')}
      <h2>Steering Council</h2>${card('Chris Holdgraf', 'Executive Director')}${card('Cathryn Carson', 'Co-Founder')}
      <a>Open</a><a>Read more</a>`,
      'https://2i2c.example/team/',
    );
    expect(result.people.map(({ name, title, section }) => [name, title, section])).toEqual([
      ['Sarah Gibson', 'Open Source Infrastructure Engineer', 'Open Engineering Team'],
      ['Erik Sundell', 'Open Source Infrastructure Engineer', 'Open Engineering Team'],
      ['Chris Holdgraf', 'Executive Director', 'Executive Director'],
      ['Chris Holdgraf', 'Executive Director', 'Steering Council'],
      ['Cathryn Carson', 'Co-Founder', 'Steering Council'],
    ]);
  });

  it('lists a person repeated under a second heading with the same title once', () => {
    const result = capture(
      `<h4>The Organisation</h4>${card('Philip Vassiliou', 'Chief Investment Officer and Partner')}
      ${card('Mark Stoleson', 'Chief Executive Officer and Partner')}
      <h4>Legatum Capital</h4>${card('Philip Vassiliou', 'Chief Investment Officer and Partner')}`,
    );
    expect(result.people.map(({ name }) => name)).toEqual(['Philip Vassiliou', 'Mark Stoleson']);
  });
});

describe('the kind of an about page', () => {
  it('is company for a Dutch, French or Spanish about address and for a page headed by its vision', () => {
    const about = '<h1>Over ons</h1><p>Ik ben Nick, oprichter van Willemsens Technieken.</p>';
    expect(capture(about, 'https://w-technieken.example/over-ons/').kind).toBe('company');
    expect(capture(about, 'https://intbau.example/qui-sommes-nous/').kind).toBe('company');
    expect(capture(about, 'https://estudio.example/quienes-somos/').kind).toBe('company');
    const despacho = capture(
      `<h1>Despacho</h1><h4>NUESTRA HISTORIA</h4><p>Desde los años ochenta en Granada.</p>
      <h4>NUESTRA VISIÓN</h4><p>Siempre le asesoraremos desde la verdad y objetividad.</p>`,
      'https://abogados.example/el-despacho/',
    );
    expect(despacho.kind).toBe('company');
  });
});

describe("the organization's facts", () => {
  it('reads JSON-LD encoded twice, and says a place once', () => {
    const inner = JSON.stringify({
      '@type': 'Organization',
      name: 'Legatum',
      foundingDate: '2006',
      address: {
        addressLocality: 'Dubai',
        addressRegion: 'United Arab Emirates',
        addressCountry: 'United Arab Emirates',
      },
    });
    const result = capture(
      `<head><script type="application/ld+json">${JSON.stringify(inner)}</script></head><body><h1>About</h1></body>`,
      'https://legatum.example/about/',
    );
    expect(result.organization).toMatchObject({
      name: 'Legatum',
      founded: '2006',
      headquarters: 'Dubai, United Arab Emirates',
    });
    // A broken second layer is no JSON-LD at all, and no throw.
    const broken = capture(`<script type="application/ld+json">"{\\"@type\\": \\"Organ</script><h1>About</h1>`);
    expect(broken.organization?.founded).toBeUndefined();
  });

  it('takes the address of a nameless LocalBusiness, without its country code', () => {
    const result = capture(
      `<title>Working For Flux - Flux Federation</title><main><h1>Careers</h1></main>
      <div itemscope itemtype="http://schema.org/LocalBusiness"><div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
      <span itemprop="addressLocality">Wellington</span><span itemprop="addressCountry">NZ</span></div></div>`,
      'https://flux.example/careers/',
    );
    expect(result.organization?.headquarters).toBe('Wellington');
  });

  it('reads values from a principles heading in German and from a heading of short sentences', () => {
    const german = capture(
      `<h1>Über uns</h1><h2>Drei Prinzipien. Nicht verhandelbar.</h2>
      <h3>Technische Kompetenz</h3><p>Wir verstehen Aufzüge technisch und können alles einordnen und erklären.</p>
      <h3>Herstellerneutralität</h3><p>Kein Aufzugsunternehmen. Kein Hersteller. Volle Transparenz für Betreiber.</p>
      <h2>Kontakt</h2><p>Schreiben Sie uns.</p>`,
      'https://elevoniq.example/ueber-uns/',
    );
    expect(german.organization?.values).toEqual(['Technische Kompetenz', 'Herstellerneutralität']);
    const triad = capture(
      `<h1>Working at Flux</h1><h2>People. Power. Possibility.</h2><p>Flux is all about <strong>people</strong>.</p>`,
      'https://flux.example/careers/',
    );
    expect(triad.organization?.values).toEqual(['People', 'Power', 'Possibility']);
    const french = capture(
      '<h2>INTBAU</h2><p>Créé en 2001. La mission d’INTBAU est de soutenir la construction traditionnelle. Nous y parvenons.</p>',
      'https://intbau.example/qui-sommes-nous/',
    );
    expect(french.organization?.mission).toBe('La mission d’INTBAU est de soutenir la construction traditionnelle.');
    const tagline = capture('<h1>Herstellerneutral. Bundesweit.</h1><p>Wir beraten.</p>', 'https://x.example/about/');
    expect(tagline.organization?.values).toEqual([]);
  });
});

describe('people named in prose and in headings without titles', () => {
  it('reads "Role: Name" lines, a name over its title in the source, and "Name, role" sentences', () => {
    const board = capture(
      `<h1>Board of Directors</h1><h3>Elected members</h3>
      <p>Diane Jakacki (2022-23 Chair)
      Digital Scholarship Coordinator, Bucknell University: dkj004 AT bucknell.edu</p>
      <p><a href="https://x.example/">James Cummings</a>
      Senior Lecturer in Digital Humanities, Newcastle University: james@x.example</p>
      <h3>Appointed (non-voting)</h3><p>Treasurer: Hugh Cayless (January 2018 – December 2023)
      Digital Humanities Senior Programmer, Duke University Library</p>`,
      'https://tei.example/about/board-of-directors/',
    );
    expect(board.people.map(({ name, title }) => [name, title])).toEqual([
      ['Diane Jakacki', 'Digital Scholarship Coordinator, Bucknell University'],
      ['James Cummings', 'Senior Lecturer in Digital Humanities, Newcastle University'],
      ['Hugh Cayless', 'Treasurer'],
    ]);
    const french = capture(
      '<h2>INTBAU France</h2><p>Le Chapitre a été créé en 2023. Président : Philippe Pemezec, ancien sénateur. Adresse : 122, boulevard Raspail</p>',
      'https://intbau.example/qui-sommes-nous/',
    );
    expect(french.people.map(({ name }) => name)).toEqual(['Philippe Pemezec']);
    const dutch = capture(
      '<h1>Over ons</h1><p>Hallo!</p><p>Ik ben Nick Willemsens, het gezicht en oprichter achter Willemsens Technieken.</p>',
      'https://w-technieken.example/over-ons/',
    );
    expect(dutch.people.map(({ name }) => name)).toEqual(['Nick Willemsens']);
  });

  it('keeps repeated honorific headings as people, and no lone heading or sentence without a role', () => {
    const firm = capture(
      `<h1>Quienes somos</h1><h2><a href="/a/">Licda. Olga E. Castillo Barahona</a></h2>
      <h2><a href="/b/">Lic. Carlos Brilla Ferrer</a></h2><h2><a href="/c/">Dr. Rodrigo Barahona</a></h2>`,
      'https://estudio.example/quienes-somos/',
    );
    expect(firm.people.map(({ name }) => name)).toEqual([
      'Olga E. Castillo Barahona',
      'Carlos Brilla Ferrer',
      'Rodrigo Barahona',
    ]);
    const lone = capture(
      '<h1>Dr. Rodrigo Barahona</h1><p>Ada Okafor, who joined us last year, likes hiking: Mount Rainier Trails.</p>',
    );
    expect(lone.people).toEqual([]);
  });
});
