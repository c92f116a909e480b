import { describe, expect, it } from 'vitest';
import { extractPage, pageKinds } from '@/lib/extract';
import { pageKinds as allKinds } from '@/lib/schema/source';
import { htmlDocument } from '../dom';

const read = (html: string, url: string) => extractPage(htmlDocument(html, url), url, { now: 1 });

describe('the kinds of page', () => {
  it('are one reader each, with detect and read, for every kind but "other"', () => {
    expect(pageKinds.map((reader) => reader.kind).sort()).toEqual(allKinds.filter((kind) => kind !== 'other').sort());
  });

  it('give a page the kind with the most evidence, and only that kind its findings', () => {
    const posting = read(
      `<title>Chief Operating Officer</title><h1>Chief Operating Officer</h1>
       <h2>Responsibilities</h2><ul><li>Run operations across Europe.</li></ul>
       <h2>Requirements</h2><ul><li>Ten years leading operations.</li></ul>`,
      'https://acme.example/jobs/coo',
    );
    expect(posting.kind).toBe('job');
    expect(posting.job?.responsibilities).toEqual(['Run operations across Europe.']);
    expect(posting).not.toHaveProperty('news');
    expect(posting).not.toHaveProperty('person');

    const plain = read('<title>Notes</title><p>Some words.</p>', 'https://acme.example/notes');
    expect(plain.kind).toBe('other');
  });
});
