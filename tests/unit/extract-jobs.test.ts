import { JSDOM, requestInterceptor, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { htmlDocument } from '../dom';

const NOW = Date.UTC(2026, 10, 1);
const capture = (html: string, url = 'https://acme.example/careers/staff-engineer') =>
  captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: NOW }));
// "<" escaped as JSON allows, so that markup in a value cannot close the script element early.
const jsonLd = (data: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

describe('a posting in JSON-LD', () => {
  it('reads a hiring organization given by name, a list of places and a description escaped twice', () => {
    const result = capture(
      `<head>${jsonLd({
        '@context': 'https://schema.org',
        '@type': ['JobPosting'],
        title: 'Head of Finance',
        hiringOrganization: 'Nordlicht Foods',
        employmentType: ['FULL_TIME', 'CONTRACTOR'],
        jobLocation: [
          { '@type': 'Place', address: { addressLocality: 'Berlin', addressCountry: 'DE' } },
          { '@type': 'Place', address: { addressLocality: 'Hamburg', addressCountry: 'DE' } },
        ],
        description:
          '&lt;p&gt;&lt;b&gt;Deine Aufgaben&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Lead the monthly close&lt;/li&gt;&lt;li&gt;Own the yearly budget&lt;/li&gt;&lt;/ul&gt;' +
          '&lt;p&gt;&lt;b&gt;Dein Profil&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Ten years in FP&amp;amp;A&lt;/li&gt;&lt;li&gt;Fluent German and English&lt;/li&gt;&lt;/ul&gt;',
      })}</head><body><h1>Head of Finance</h1></body>`,
      'https://jobs.example/nordlicht/head-of-finance',
    );
    expect(result.kind).toBe('job');
    expect(result.job).toMatchObject({
      title: 'Head of Finance',
      company: 'Nordlicht Foods',
      location: 'Berlin, DE; Hamburg, DE',
      employmentType: 'Full-time, Contractor',
      responsibilities: ['Lead the monthly close', 'Own the yearly budget'],
      requirements: ['Ten years in FP&A', 'Fluent German and English'],
    });
  });

  it('follows a hiring organization given by @id in a graph, and says a telecommute job is remote', () => {
    const result = capture(
      `<head>${jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': 'https://kestrel.example/#org', name: 'Kestrel Labs' },
          {
            '@type': 'JobPosting',
            title: 'Staff Engineer',
            hiringOrganization: { '@id': 'https://kestrel.example/#org' },
            jobLocationType: 'TELECOMMUTE',
            applicantLocationRequirements: [
              { '@type': 'Country', name: 'Portugal' },
              { '@type': 'Country', name: 'Spain' },
            ],
            description: '<p>Build our ingestion pipeline.</p>',
          },
        ],
      })}</head><body><h1>Staff Engineer</h1></body>`,
    );
    expect(result.job).toMatchObject({
      title: 'Staff Engineer',
      company: 'Kestrel Labs',
      location: 'Remote (Portugal, Spain)',
    });
  });

  it('reads a microdata posting with its nested employer and place', () => {
    const result = capture(
      `<div itemscope itemtype="https://schema.org/JobPosting"><h1 itemprop="title">Plant Manager</h1>
      <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Sahyadri Castings</span></div>
      <div itemprop="jobLocation" itemscope itemtype="https://schema.org/Place"><div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
      <span itemprop="addressLocality">Pune</span>, <span itemprop="addressCountry">IN</span></div></div>
      <meta itemprop="employmentType" content="FULL_TIME"></div>`,
    );
    expect(result.kind).toBe('job');
    expect(result.job).toMatchObject({ title: 'Plant Manager', company: 'Sahyadri Castings', location: 'Pune, IN' });
  });
});

describe('a posting on a company careers site, without structured data', () => {
  it('reads the employer from the logo and the title the document title repeats, not a banner', () => {
    const result = capture(
      `<head><title>Jobs at Zeppelin: Software Engineer</title></head><body>
      <div class="brand"><a href="/"><img src="/img/logo.svg" alt="Zeppelin logo"></a></div>
      <section class="hero"><h1>Join Zeppelin</h1><p>Help us build the decentralized web</p></section>
      <section><h1>Software Engineer</h1><p>You have vision and a drive to deliver.</p>
      <h3>Requirements</h3><ul><li><h4>BS/MS in Computer Science or similar.</h4></li><li><h4>Deep understanding of blockchain protocols.</h4></li></ul>
      <h3>Preferred qualifications</h3><ul><li><h4>Previous work with P2P networking.</h4></li><li><h4>Understanding of cryptography.</h4></li></ul></section>
      <footer><div class="location">Offices in Buenos Aires and Berlin</div></footer></body>`,
      'https://zeppelin.example/jobs/software-engineer/',
    );
    expect(result.kind).toBe('job');
    expect(result.job).toMatchObject({
      title: 'Software Engineer',
      company: 'Zeppelin',
      requirements: [
        'BS/MS in Computer Science or similar.',
        'Deep understanding of blockchain protocols.',
        'Previous work with P2P networking.',
        'Understanding of cryptography.',
      ],
    });
    // A footer's offices are the site's, not the job's.
    expect(result.job?.location).toBeUndefined();
  });

  it('reads the tabs of a tabbed posting, and the location an ATS tags', () => {
    const result = capture(
      `<head><title>Engineering Manager Jobs | Gojo Careers</title></head><body>
      <h1>Engineering Manager</h1><div class="job-location">Jakarta, Indonesia</div><button>Apply now</button>
      <ul class="nav nav-tabs" role="tablist"><li><a role="tab" aria-controls="duties" href="#duties">Responsibilities</a></li>
      <li><a role="tab" aria-controls="you" href="#you">About you</a></li></ul>
      <div role="tabpanel" id="duties"><ul><li>Lead two teams of engineers.</li><li>Hire and grow engineers.</li></ul></div>
      <div role="tabpanel" id="you"><ul><li>You have led engineering teams before.</li><li>You write production code.</li></ul></div></body>`,
      'https://www.gojo.example/careers/engineering-manager/',
    );
    expect(result.kind).toBe('job');
    expect(result.job).toMatchObject({
      title: 'Engineering Manager',
      company: 'Gojo',
      location: 'Jakarta, Indonesia',
      responsibilities: ['Lead two teams of engineers.', 'Hire and grow engineers.'],
      requirements: ['You have led engineering teams before.', 'You write production code.'],
    });
  });

  it('never takes a label line under the title for the employer, and keeps a labelled employment type whole', () => {
    const result = capture(
      `<head><title>Crunch | Engineering Manager, Database Systems</title></head><body>
      <h1>Engineering Manager, Database Systems</h1>
      <p><strong>Reports to</strong>: VP Software Engineering</p>
      <p><strong>Work location</strong>: North America, 100% remote</p>
      <p><strong>Employment type</strong>: Full-time employee, direct hire</p>
      <h2>What you'll do</h2><ul><li>Manage a team of software developers.</li><li>Break projects into epics.</li></ul></body>`,
      'https://crunch.example/jobs/engineering-manager/',
    );
    expect(result.job).toMatchObject({
      company: 'Crunch',
      location: 'North America, 100% remote',
      employmentType: 'Full-time employee, direct hire',
    });
  });

  it('reads Dutch and French postings by their headings', () => {
    const dutch = capture(
      `<h1>ETL ontwikkelaar</h1><h2>Wat ga je doen?</h2><p>Je schrijft SQL queries voor nieuwe databronnen.</p>
      <h2>Jouw profiel</h2><ul><li>HBO / WO afgeronde opleiding</li><li>Ervaring met datawarehouses en ETL</li></ul>`,
      'https://ctcue.example/jobs/etl-ontwikkelaar/',
    );
    expect(dutch.kind).toBe('job');
    expect(dutch.job?.requirements).toEqual(['HBO / WO afgeronde opleiding', 'Ervaring met datawarehouses en ETL']);
    const french = capture(
      `<head><title>Offre d’emploi Cloud Native – Sogilis</title></head><body><h1>Offre d’emploi Cloud Native</h1>
      <h2>Description du poste</h2><ul><li>Développement d’applications sur mesure</li><li>Déploiement d’une infrastructure adaptée</li></ul>
      <h2>Profil recherché</h2><p>Au moins trois ans d’expérience en développement web.</p><p>Type d’emploi&nbsp;: CDI</p></body>`,
      'https://sogilis.example/recrutement/cloud_native.html',
    );
    expect(french.kind).toBe('job');
    expect(french.job).toMatchObject({
      company: 'Sogilis',
      employmentType: 'CDI',
      responsibilities: ['Développement d’applications sur mesure', 'Déploiement d’une infrastructure adaptée'],
      requirements: ['Au moins trois ans d’expérience en développement web.', 'Type d’emploi : CDI'],
    });
  });

  it('never names the job board as the employer', () => {
    const result = capture(
      `<head><title>Warehouse Associate - Calgary AB - Indeed.com</title><meta property="og:site_name" content="Indeed"></head>
      <body><h1>Warehouse Associate</h1><p>Pick, pack and ship customer orders accurately and safely.</p>
      <h2>Requirements</h2><ul><li>Able to lift 20 kg</li><li>Forklift licence</li></ul></body>`,
      'https://ca.indeed.com/viewjob?jk=8f3a2b1c',
    );
    expect(result.kind).toBe('job');
    expect(result.job?.company).toBeUndefined();
  });
});

describe('HTML inside JSON-LD', () => {
  it('reads 140,000 escaped tags in a modest time, running no script and fetching nothing', async () => {
    const fetched: string[] = [];
    const recorder = requestInterceptor((request) => {
      fetched.push(request.url);
      return Promise.resolve(new Response(''));
    });
    const description = `${'&lt;b&gt;x&lt;/b&gt;'.repeat(70_000)}&lt;img src="https://tracker.example/p.gif" onerror="window.ran = true"&gt;&lt;script&gt;window.ran = true&lt;/script&gt;<script>window.ran = true</script><iframe src="https://tracker.example/f"></iframe>`;
    const page = `<html><head>${jsonLd({ '@type': 'JobPosting', title: 'Analyst', description })}</head><body><h1>Analyst</h1></body></html>`;
    const dom = new JSDOM(page, {
      url: 'https://acme.example/jobs/analyst',
      runScripts: 'dangerously',
      resources: { interceptors: [recorder] },
      virtualConsole: new VirtualConsole(),
    });
    fetched.length = 0;
    const started = performance.now();
    const result = extractPage(dom.window.document, 'https://acme.example/jobs/analyst', { now: NOW });
    // Only the description's first 20,000 characters are parsed: in a browser that is a millisecond or
    // two; jsdom, which builds every element in script, takes a few hundred, so the bound is generous.
    expect(performance.now() - started).toBeLessThan(2_500);
    expect(result.job?.title).toBe('Analyst');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((dom.window as unknown as { ran?: boolean }).ran).toBeUndefined();
    expect(fetched).toEqual([]);
  });
});

describe("a job board's page about the employer", () => {
  it('is not saved as the employer’s website', () => {
    const result = capture(
      `<head>${jsonLd({
        '@context': 'https://schema.org',
        '@type': 'JobPosting',
        title: 'Senior DevOps Engineer',
        hiringOrganization: {
          '@type': 'Organization',
          name: 'PaperCut Software',
          sameAs: ['https://au.indeed.com/cmp/Papercut-Software', 'https://www.papercut.example/'],
        },
      })}</head><body><h1>Senior DevOps Engineer</h1></body>`,
      'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
    );
    expect(result.organization?.name).toBe('PaperCut Software');
    expect(result.organization?.website).toBe('https://www.papercut.example/');
  });
});
