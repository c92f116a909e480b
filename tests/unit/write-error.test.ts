import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/database';
import { addNote } from '@/lib/db/notes';
import { storageFullReason, writeErrorMessage } from '@/lib/db/write-error';
import { plural } from '@/lib/text/plural';
import * as make from '@/tests/factories';

const storageFull = `Not saved: ${storageFullReason}`;

describe('what the panel says when a write fails', () => {
  it('says the storage is full, and what to do, whichever way the browser reports it', () => {
    expect(storageFull).toBe("Not saved: your browser's storage for Dossier is full. Free space or export a backup.");
    const dom = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(writeErrorMessage(dom)).toBe(storageFull);
    expect(writeErrorMessage(new Dexie.QuotaExceededError('Quota exceeded'))).toBe(storageFull);
    // Dexie aborts the transaction and keeps the browser's error inside.
    expect(writeErrorMessage(new Dexie.AbortError('Transaction aborted', dom))).toBe(storageFull);
    // A bulk write collects one error per row.
    const bulk = new Dexie.BulkError('2 of 2 operations failed', [dom, dom]);
    expect(writeErrorMessage(bulk)).toBe(storageFull);
    expect(writeErrorMessage(dom, 'Not deleted')).toBe(`Not deleted: ${storageFullReason}`);
  });

  it('gives any other reason as a sentence, and something to do when there is none', () => {
    expect(writeErrorMessage(new Error('The database connection is closing'))).toBe(
      'Not saved: The database connection is closing.',
    );
    expect(writeErrorMessage(new Error('Wrong.'), 'Not moved')).toBe('Not moved: Wrong.');
    expect(writeErrorMessage(new Error(''))).toBe(
      'Not saved: the browser could not write it. Try again, or reload the panel.',
    );
    expect(writeErrorMessage('disk offline')).toBe('Not saved: disk offline.');
    // The database's own wording is no sentence for a person: its name is kept for a report.
    expect(writeErrorMessage(new DOMException('Simulated.', 'UnknownError'))).toBe(
      "Not saved: the browser's database refused the write (UnknownError). Try again, or reload the panel.",
    );
    expect(writeErrorMessage(new Dexie.DatabaseClosedError('Database has been closed'))).toBe(
      "Not saved: the browser's database refused the write (DatabaseClosedError). Try again, or reload the panel.",
    );
  });

  it('reads the error a real Dexie write throws when IndexedDB refuses it for lack of space', async () => {
    const company = make.company();
    const interview = make.interview(company.id);
    await db.companies.add(company);
    await db.interviews.add(interview);
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(quota);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(quota);
    const failure = await addNote(interview.id, 'Bring the turnaround numbers.').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(writeErrorMessage(failure)).toBe(storageFull);
  });
});

describe('counts', () => {
  it('name one thing in the singular and any other number in the plural', () => {
    expect(plural(1, 'achievement')).toBe('1 achievement');
    expect(plural(0, 'achievement')).toBe('0 achievements');
    expect(plural(2, 'failure')).toBe('2 failures');
    expect(plural(1, 'story', 'stories')).toBe('1 story');
    expect(plural(3, 'person', 'people')).toBe('3 people');
    expect(plural(1200, 'fact')).toBe('1,200 facts');
  });
});
