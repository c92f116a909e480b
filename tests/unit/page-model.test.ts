import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { companyNameOf, peopleOf } from '@/lib/capture/page-model';
import { extractPage } from '@/lib/extract';
import { captureSchema } from '@/lib/schema/capture';
import { projectRoot } from '@/scripts/build-extension';
import { htmlDocument } from '../dom';

describe('the people a captured story gives the dossier', () => {
  const url = 'http://127.0.0.1/news/lumenfield-acquires-brightline.html';
  const html = readFileSync(join(projectRoot, 'scripts/demo-site/news/lumenfield-acquires-brightline.html'), 'utf8');
  const people = peopleOf(captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: 0, budgetMs: 60_000 })));

  it('titles them as a card does, without the company the dossier is about, and in no team', () => {
    expect(people).toEqual([
      { name: 'Daniel Osei', title: 'Chief financial officer' },
      { name: 'Maren Holt', title: 'Chief executive officer' },
    ]);
  });
});

describe('the company a page is about', () => {
  it("is the one a newspaper's story names, not the newspaper", () => {
    const url = 'https://www.latimes.example/business/story/2026-01-02/disney-names-new-cfo';
    const html = `<head><title>Disney names a new CFO - Los Angeles Times</title>
      <meta property="og:site_name" content="Los Angeles Times"><meta property="og:type" content="article">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Disney names a new CFO","datePublished":"2026-01-02",
      "publisher":{"@type":"Organization","name":"Los Angeles Times"},"about":{"@type":"Organization","name":"Disney"}}</script></head>
      <body><article><h1>Disney names a new CFO</h1><p>Disney said on Friday that Ada Okafor, chief financial officer of Contoso,
      will join Disney as chief financial officer in March. Disney shares rose. Disney has been looking for a CFO since June.</p></article></body>`;
    const capture = captureSchema.parse(extractPage(htmlDocument(html, url), url, { now: 0, budgetMs: 60_000 }));
    expect(capture.kind).toBe('news');
    expect(companyNameOf(capture)).toBe('Disney');
  });
});
