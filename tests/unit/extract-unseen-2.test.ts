import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';
import { gatheredPage } from '../gathered';

// The rules that the second unseen set (tests/fixtures/gathered/unseen-2) showed missing, each on a small
// page of the same shape, then on the real pages themselves.
const NOW = Date.UTC(2026, 11, 3);
const capture = (html: string, url: string) =>
  captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: NOW, budgetMs: 60_000 }));

describe("a posting on a company's own careers site, without structured data", () => {
  const posting = `<head><title>Northwind » Platform Engineer</title></head><body>
    <a href="/"><img src="/img/logo.svg" alt="Northwind logo"></a>
    <h2>Platform Engineer</h2>
    <p>Northwind seeks a Platform Engineer for its studio in Leeds.</p>
    <h5>Job Requirements</h5>
    <ul><li>Five years of running production systems</li><li>Experience with Kubernetes and Terraform</li></ul>
    <h5>Perks</h5><ul><li>Free lunches on Fridays</li><li>Learning budget</li></ul>
    <h5>Apply for this job</h5>
    <form><label>Attach a Résumé</label><input type="file"><button>Submit</button></form></body>`;

  it('is a job under /careers/, with its h2 title, its requirements and the logo as employer', () => {
    const result = capture(posting, 'https://northwind.example/careers/platform-engineer/');
    expect(result.kind).toBe('job');
    expect(result.job?.title).toBe('Platform Engineer');
    expect(result.job?.company).toBe('Northwind');
    expect(result.job?.requirements).toContain('Experience with Kubernetes and Terraform');
  });

  it('is still a careers page at /careers/ itself, and a page below it with no posting parts', () => {
    const page = `<head><title>Working at Northwind</title></head><body><h1>Working at Northwind</h1>
      <p>Northwind is a team of 150 engineers and designers who build software for energy retailers.</p>
      <h2>Benefits and perks</h2><p>Flexible hours and remote work.</p>
      <h2>We're looking for talented people to join our team.</h2><p>See our open roles.</p></body>`;
    expect(capture(page, 'https://northwind.example/careers/').kind).toBe('company');
    expect(capture(page, 'https://northwind.example/careers/working-at-northwind/').kind).toBe('company');
  });

  it('reads a French posting: the role without "Nous recherchons", its duties, know-how and pay', () => {
    const result = capture(
      `<head><title>Nous recherchons un·e Développeur·euse web</title>
      <meta property="og:site_name" content="atelier_"></head><body>
      <h1>Nous recherchons un·e Développeur·euse web</h1>
      <p>Nous recherchons un·e développeur·euse web pour notre équipe</p>
      <ul><li>Type de contrat</li><li>CDI</li><li>Lieu</li><li>Lyon</li><li>Rémunération</li><li>40 à 45 k €</li></ul>
      <h2>Votre mission</h2><ul><li>Analyser les besoins et les challenger</li><li>Concevoir et innover</li></ul>
      <h2>Votre savoir-faire</h2><ul><li>Connaissances solides en PHP</li><li>Bonnes bases en MySQL</li></ul>
      <footer>© 2005 - 2022 - ATELIER - Tous droits réservés</footer></body>`,
      'https://atelier.example/recrutement/developpeur-web',
    );
    expect(result.kind).toBe('job');
    expect(result.job?.title).toBe('Développeur·euse web');
    // A sentence under the title is not the employer.
    expect(result.job?.company).not.toMatch(/recherchons/);
    expect(result.job?.salary).toBe('40 à 45 k €');
    expect(result.job?.responsibilities).toContain('Analyser les besoins et les challenger');
    expect(result.job?.requirements).toContain('Connaissances solides en PHP');
  });

  it('takes the employer from a title that separates it with "::", and reads duties under "working on"', () => {
    const result = capture(
      `<head><title>Data Scientist :: Melio Consulting</title></head><body><h1>Data Scientist</h1>
      <ul><li>Position: Full time</li><li>Location: South Africa (Remote)</li></ul>
      <h4>What you will be working on</h4><ul><li>Build and test machine learning pipelines</li>
      <li>Document designed solutions and tools</li></ul>
      <h4>Personal Attributes</h4><ul><li>Curious and eager to learn about new technologies</li>
      <li>Strong in critical thinking and problem-solving</li></ul></body>`,
      'https://melio.example/careers/data-scientist/',
    );
    expect(result.job?.company).toBe('Melio Consulting');
    expect(result.job?.responsibilities).toContain('Build and test machine learning pipelines');
    expect(result.job?.requirements).toContain('Strong in critical thinking and problem-solving');
  });
});

describe("an about page's own facts and its customers' words", () => {
  it('reads a goal as the mission, "Since 1999, we" as the founding year, and "how we work" items as values', () => {
    const result = capture(
      `<head><title>About | Acme</title></head><body><h1>About Us</h1>
      <p>Acme is a provider of supply-chain software for enterprises and government agencies.</p>
      <h2>Proven Success</h2><p>Since 1999, we have had a track record of successful deployments for our clients.</p>
      <h2>How we work</h2>
      <ul><li><h3>Experts</h3><p>Our experts know everything about logistics.</p></li>
      <li><h3>Flexible</h3><p>Whatever the request, we switch fast.</p></li>
      <li><h3>Personal</h3><p>Personal contact is our hallmark.</p></li></ul>
      <p>Our goal is to be a partner in your success. We strive to empower our clients.</p></body>`,
      'https://acme.example/about/',
    );
    expect(result.organization?.mission).toBe('Our goal is to be a partner in your success.');
    expect(result.organization?.founded).toBe('1999');
    expect(result.organization?.values).toEqual(['Experts', 'Flexible', 'Personal']);
  });

  it("takes the site's own logo, not a customer's, and keeps customers' testimonials out of its people", () => {
    const result = capture(
      `<head><title>Over ons</title></head><body>
      <header><a href="/"><img src="/logo.svg" alt="ShareValue"></a></header>
      <h1>Over ons</h1><p>Wij weten liever van een aantal expertises alles, dan van alles een beetje.</p>
      <div class="customers"><img class="customer-image" src="/roveg_logo.png" alt="Logo van Roveg Fruit B.V."></div>
      <h2>What our customers say</h2>
      <p>We don't like to stay with one vendor, but this one is the best in each category.</p>
      <div>Tony Hamil</div><div>Cybersecurity Engineer</div>
      <h2>De developers hebben een goede werkhouding</h2>
      <h4>De developers hebben een goede werkhouding en zijn echte specialisten op hun vakgebied. Ze hebben de juiste papieren.</h4>
      <div>Ernst-Jan Heuseveldt</div><span>Directeur</span><div>Rovict</div></body>`,
      'https://sharevalue.example/over-ons',
    );
    expect(result.organization?.name).toBe('ShareValue');
    expect(result.people).toEqual([]);
  });
});

describe('a speaker page in Spanish', () => {
  it('is the person a heading names beside their role, with the role their bio states after a colon', () => {
    const result = capture(
      `<head><title>Ana María Rojas Díaz | Oradora | PyCon 2021</title></head><body>
      <h2><span>Ana María Rojas Díaz | Oradora</span></h2><h4>Icesi</h4>
      <p>Ana Rojas: Data Engineer, directora de datos e investigadora de Quantil S.A.S, además, soy profesora de la
      Universidad Icesi. Magíster en Informática de la Universidad Icesi.</p></body>`,
      'https://2021.pycon.example/ponentes/ana-maria-rojas-diaz/',
    );
    expect(result.kind).toBe('person');
    expect(result.person?.name).toBe('Ana María Rojas Díaz');
    expect(result.person?.title).toBe('Data Engineer, directora de datos e investigadora');
    expect(result.person?.organization).toBe('Quantil S.A.S');
  });
});

describe("a bio's places that are not its jobs", () => {
  it('keeps "held positions at" and board seats, not where papers are available or whose work is at a site', () => {
    const result = capture(
      `<head><title>Meet the Provost</title></head><body><h1>Meet the Provost</h1><h2>Diane Z. Chase</h2>
      <p>Diane Z. Chase is Senior Vice President for Academic Affairs and Provost at the University of Houston.
      Previously, Chase held multiple positions at Harcourt, all of which focused on assessments. She has authored
      more than 160 articles; most of them are available at Caracol Archaeological Project. Learn more about
      Provost Chase's work at Caracol below. Miembro de la Junta Directiva del Banco Central de Costa Rica.</p></body>`,
      'https://uh.example/provost/meet-the-provost/',
    );
    const employers = result.person?.positions.map((position) => position.organization) ?? [];
    expect(employers).toContain('Harcourt');
    expect(employers).toContain('Banco Central de Costa Rica');
    expect(employers.join(' ')).not.toMatch(/Caracol/);
  });
});

// The place beside the terms came from the third unseen set (801, 802): the same posting, another line.
describe('where a posting says the work is: in its prose, or beside its terms', () => {
  const posting = (sentence: string) => `<head><title>Platform Engineer | Northwind</title></head><body>
    <h1>Platform Engineer</h1><p>${sentence}</p>
    <h2>What you will do</h2><ul><li>Run our build platform</li><li>Mentor two engineers</li></ul>
    <h2>Requirements</h2><ul><li>Five years of running production systems</li><li>Kubernetes</li></ul>
    <a href="/apply">Apply for this job</a></body>`;
  const job = (sentence: string) =>
    capture(posting(sentence), 'https://northwind.example/careers/platform-engineer/').job;
  const location = (sentence: string) => job(sentence)?.location;

  it('takes a place written as an address: city and state code, or city and country', () => {
    expect(location('Interest in working on-site at our office in Troy, NY.')).toBe('Troy, NY');
    expect(location('The team is based in Lyon, France, and meets weekly.')).toBe('Lyon, France');
  });

  it('takes the names after a word only places follow, in English and French', () => {
    expect(location('Now based in Madrid and Seattle, we build computer vision.')).toBe('Madrid and Seattle');
    expect(location('Nous travaillons depuis nos locaux à Grenoble, en petite équipe.')).toBe('Grenoble');
  });

  it('takes nothing from a sentence that names no place, or goes on into the next', () => {
    expect(location('Experience in Java, Python and Go is a plus.')).toBeUndefined();
    expect(location('Our office is located in the heart of the old town.')).toBeUndefined();
    expect(location('We are based in Berlin. Our team ships every day.')).toBe('Berlin');
  });

  it('takes what the line says beside the terms, before or after them', () => {
    expect(job('Islamabad, Pakistan | Full Time')).toMatchObject({ location: 'Islamabad, Pakistan' });
    expect(job('Full-Time, San Francisco Bay Area & Remote')).toMatchObject({
      location: 'San Francisco Bay Area & Remote',
      employmentType: 'Full-Time',
    });
  });

  it('takes no place from a line of terms alone, or of terms and a title', () => {
    expect(job('Full Time')?.location).toBeUndefined();
    expect(job('Full time, reporting to the Head of Platform')?.location).toBeUndefined();
  });
});

describe('the real pages of the second unseen set', () => {
  const real = (prefix: string) => {
    const { html, url } = gatheredPage('unseen-2', prefix);
    return capture(html, url);
  };

  it('reads the three careers-site postings as jobs with their employers', () => {
    expect(real('701').kind).toBe('job');
    expect(real('701').job?.company).toBe('Agora');
    expect(real('701').job?.location).toBe('Troy, NY');
    expect(real('702').job?.company).toBe('Melio Consulting');
    expect(real('703').job?.title).toBe("Concepteur·rice / Développeur·euse d'applications web");
  });

  it('names the news post by its company, not its publisher tagline, and the team page never by a template', () => {
    expect(real('704').news?.organization).toBe('NodeFactory');
    expect(real('707').organization?.name).not.toBe('post.name');
  });

  it('reads the Dutch about page without its client logo or its customer quote', () => {
    const result = real('706');
    expect(result.organization?.name).toBe('ShareValue');
    expect(result.organization?.values).toHaveLength(6);
    expect(result.people.map((person) => person.name)).not.toContain('Ernst-Jan Heuseveldt');
  });
});
