import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { peopleOf } from '@/lib/capture/page-model';
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
