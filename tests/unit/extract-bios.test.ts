import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';

const NOW = Date.UTC(2026, 10, 1);
const capture = (html: string, url: string) =>
  captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: NOW }));
const employers = (result: ReturnType<typeof capture>) =>
  result.person?.positions.map((position) => position.organization) ?? [];
const schools = (result: ReturnType<typeof capture>) => result.person?.education.map((entry) => entry.school) ?? [];

describe('a bio page on a company site', () => {
  it('reads a page whose theme names its body like furniture, and a CV told in short Spanish lines', () => {
    const result = capture(
      `<body class="page nav-float-right nav-search-enabled"><div class="menu"><a href="/">Inicio</a></div>
      <h2>Lic. Carlos Brilla Ferrer</h2>
      <p>Abogado y Notario por la Universidad de Costa Rica.</p>
      <p>Máster en Derecho Económico por la Universidad Estatal a Distancia</p>
      <p>Actualmente Labora como abogado y notario en 41 Estudio Legal©</p>
      <p>Se desempeñó por más de 10 años como notario externo del Banco Nacional de Costa Rica.</p>
      <p>Laboró como abogado en el Bufete Benavides, Brilla &amp; Li.</p>
      <p>Cuenta con formación especializada en resolución alterna de conflictos en la Región Central.</p></body>`,
      'https://estudio.example/quienes-somos/lic-carlos-brilla-ferrer/',
    );
    expect(result.kind).toBe('person');
    expect(result.person?.name).toContain('Carlos Brilla Ferrer');
    expect(result.person?.title).toBe('abogado y notario');
    expect(result.person?.organization).toBe('41 Estudio Legal');
    expect(schools(result)).toEqual(['Universidad de Costa Rica', 'Universidad Estatal']);
    expect(employers(result)).toEqual(expect.arrayContaining(['Banco Nacional de Costa Rica', 'Bufete Benavides']));
    // "en la" names an employer only in a sentence about work.
    expect(employers(result)).not.toContain('Región Central');
  });

  it('is a profile under a team address when person data and the prose are about one person', () => {
    const result = capture(
      `<head><title>Gina E. Ryan | Walker &amp; Associates</title>
      <script type="application/ld+json">{"@type":"Person","name":"Gina E. Ryan","jobTitle":"Chief PR Officer",
      "worksFor":{"@type":"LegalService","name":"Walker &amp; Associates"}}</script></head>
      <body><a href="/team.html">Our Team</a><h1>Gina E. Ryan</h1><p>Chief PR Officer</p>
      <p>Gina E. Ryan is the Chief Public Relations Officer at Walker &amp; Associates, where she has served since 2005.</p>
      <p>Gina holds a B.S. in Business Administration from Northeastern University and an M.S. in Management from
      Worcester Polytechnic Institute.</p></body>`,
      'https://walker.example/team/gina-e-ryan.html',
    );
    expect(result.kind).toBe('person');
    expect(result.person).toMatchObject({ name: 'Gina E. Ryan', title: 'Chief PR Officer' });
    expect(schools(result)).toEqual(['Northeastern University', 'Worcester Polytechnic Institute']);
    expect(employers(result)).not.toContain('Worcester Polytechnic Institute');
  });

  it('finds the person under a slogan heading, the title in the prose and the company they founded', () => {
    const result = capture(
      `<h2>Trustwerk</h2><h2>Improving Security Operations</h2><h1>Management</h1><h3>Ralf Nellessen</h3>
      <p>Ralf Nellessen co-founded Trustwerk in 2010 and has served as our Chief Technology Officer since September 2010.
      From 2007 to 2010 Mr. Nellessen served in various positions at Secude, a provider of security solutions.
      Previously, he held different positions at Philips since 1983 (Operations Manager, Senior Audit Manager).
      He holds an M.S. in computer science from RWTH Aachen.</p>`,
      'http://www.trustwerk.example/company/management/',
    );
    expect(result.kind).toBe('person');
    expect(result.person).toMatchObject({
      name: 'Ralf Nellessen',
      title: 'Chief Technology Officer',
      organization: 'Trustwerk',
    });
    expect(employers(result)).toEqual(expect.arrayContaining(['Secude', 'Philips']));
    expect(schools(result)).toEqual(['RWTH Aachen']);
  });

  it('reads a lone card of name and title, and the employer the bio was written for', () => {
    const result = capture(
      `<div class="person"><div>Mark Stoleson</div><div>Chief Executive Officer and Partner</div></div>
      <p>Mark Stoleson is the Chief Executive Officer and a Partner of Legatum.</p>
      <p>Prior to Legatum, Mark was a corporate finance and M&amp;A attorney with Akin Gump Strauss Hauer &amp; Feld.</p>
      <p>He holds a BA in International Relations from Occidental College and a JD-LLM from Duke University School of Law.</p>
      <h2>Mark Stoleson in conversation with Rachel Pether</h2><p>Legatum CEO, Mark Stoleson, speaks about the mission.</p>`,
      'https://www.legatum.example/about/people/mark-stoleson/',
    );
    expect(result.kind).toBe('person');
    expect(result.person).toMatchObject({
      name: 'Mark Stoleson',
      title: 'Chief Executive Officer and Partner',
      organization: 'Legatum',
    });
    expect(employers(result)).toContain('Akin Gump Strauss Hauer & Feld');
    expect(schools(result)).toEqual(['Occidental College', 'Duke University School of Law']);
  });

  it('takes the company of "Before joining X" as the current one, and keeps schools out of employers', () => {
    const result = capture(
      `<h1>Chris Minnich</h1><p>Chief Executive Officer</p>
      <p>Before joining NWEA in January 2018, Chris held several leadership roles. Most recently, Chris served as the
      executive director of the Council of Chief State School Officers. Previously, Chris held multiple positions at
      Harcourt.</p>
      <p>Chris holds a BS in political science from the University of Washington, Seattle, as well as an MPP from the
      University of Maryland, College Park.</p>`,
      'https://www.nwea.example/about/executive-officers/chris-minnich/',
    );
    expect(result.person?.organization).toBe('NWEA');
    expect(employers(result)).toContain('Harcourt');
    expect(schools(result)).toEqual(['University of Washington', 'University of Maryland']);
    expect(employers(result)).not.toContain('University of Maryland');
  });

  it('reads a German CV with "seit" and a French bio with "est … de"', () => {
    const german = capture(
      `<h1>Jens Weber</h1><p>Jens Weber studierte Medientechnik an der Bauhaus-Universität Weimar, seit 2014
      Wissenschaftlicher Mitarbeiter an der Technischen Universität München.</p>`,
      'http://media.example/jens-weber/',
    );
    expect(german.kind).toBe('person');
    expect(german.person?.title).toBe('Wissenschaftlicher Mitarbeiter');
    expect(employers(german)).toContain('Technischen Universität München');
    expect(schools(german)).toEqual(['Bauhaus-Universität Weimar']);

    const french = capture(
      `<h1>Claire Martin</h1><p>Claire Martin est directrice générale de Dupont Conseil. Elle est diplômée de
      l'École Centrale Paris et a travaillé chez Capgemini pendant dix ans.</p>`,
      'https://dupont.example/equipe/claire-martin/',
    );
    expect(french.kind).toBe('person');
    expect(french.person).toMatchObject({ title: 'directrice générale', organization: 'Dupont Conseil' });
    expect(employers(french)).toContain('Capgemini');
    expect(schools(french)).toEqual(['École Centrale Paris']);
  });
});

describe('pages that only mention a person', () => {
  it('keeps a news article a news article when an author box with a bio closes it', () => {
    const prose =
      'CircleCI has raised $18 million in a Series B round led by Scale Venture Partners, the company said on Monday, and it will use the money to grow its engineering team and expand into Europe.';
    const result = capture(
      `<head><meta property="og:type" content="article"></head><body><article><h1>CircleCI raises $18M</h1>
      <time datetime="2016-05-16">May 16, 2016</time><p>${prose}</p><p>${prose}</p>
      <h3>Kyt Dotson</h3><p>Kyt Dotson is a Senior Editor at SiliconAngle and has covered software for years.</p>
      </article></body>`,
      'http://news.example/blog/2016/05/16/circleci-raises-18-million/',
    );
    expect(result.kind).toBe('news');
    expect(result.person).toBeUndefined();
  });

  it('keeps markup out of the name and title, and survives an unclosed, repetitive bio', () => {
    const sentence = 'Ada Okafor is the Chief Financial Officer of Acme and was a partner at Contoso. ';
    const result = capture(
      `<h1>Ada Okafor<script>alert(1)</script></h1><div><p>${sentence.repeat(400)}<div><span>Ada holds an MBA from
      <b>INSEAD Business School`,
      'https://acme.example/leadership/ada-okafor',
    );
    expect(result.kind).toBe('person');
    expect(result.person).toMatchObject({ name: 'Ada Okafor', title: 'Chief Financial Officer', organization: 'Acme' });
    expect(JSON.stringify(result.person)).not.toContain('<');
    expect(employers(result)).toContain('Contoso');
  });
});
