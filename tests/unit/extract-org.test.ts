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
