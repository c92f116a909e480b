import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import { tableSchemas } from '@/lib/db/table-schemas';

const fixturesDir = join(import.meta.dirname, '../fixtures/db');

interface VersionFixture {
  version: number;
  stores: Record<string, string>;
  rows: Record<string, object[]>;
}

// Example rows of every version the database has had. A new version adds its file here, and this test
// upgrades the rows of every earlier version to the current one.
const fixtures = readdirSync(fixturesDir)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')) as VersionFixture);

describe('database versions', () => {
  it('has a schema for every table', () => {
    expect(Object.keys(tableSchemas).sort()).toEqual(db.tables.map((table) => table.name).sort());
  });

  it('has example rows for the current version', () => {
    expect(fixtures.map((fixture) => fixture.version)).toContain(db.verno);
    const current = fixtures.find((fixture) => fixture.version === db.verno);
    expect(Object.keys(current?.rows ?? {}).sort()).toEqual(db.tables.map((table) => table.name).sort());
  });

  it.each(fixtures.map((fixture) => [fixture.version, fixture] as const))(
    'opens a version %i database with every row kept and valid',
    async (_version, fixture) => {
      db.close();
      await Dexie.delete(db.name);
      const old = new Dexie(db.name);
      old.version(fixture.version).stores(fixture.stores);
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
      });
      old.close();

      await db.open();
      for (const [table, schema] of Object.entries(tableSchemas)) {
        const rows = await db.table(table).toArray();
        expect(rows).toHaveLength(fixture.rows[table]?.length ?? 0);
        for (const row of rows) expect(schema.safeParse(row).error).toBeUndefined();
      }
    },
  );
});

describe('version 2', () => {
  it('gives each version 1 title its page and date, and each person who brought them', async () => {
    const fixture = fixtures.find((candidate) => candidate.version === 1) as VersionFixture;
    db.close();
    await Dexie.delete(db.name);
    const old = new Dexie(db.name);
    old.version(1).stores(fixture.stores);
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    await db.open();

    const page = 'a9620d5a-59e9-4bd8-80f0-74c336167174';
    const people = new Map((await db.people.toArray()).map((person) => [person.name, person]));
    // Captured from the page, which gave the title she shows.
    expect(people.get('Maren Holt')).toMatchObject({ titleSource: page, titleAsOf: 1793523600000, addedBy: page });
    // Nothing a page gave backs his title or him: the user typed both, and no capture may overwrite them.
    expect(people.get('Daniel Osei')).toMatchObject({ titleSource: 'manual', addedBy: 'manual' });
    expect(people.get('Ingrid Vos')).toMatchObject({ title: '', titleSource: '', addedBy: page });
    const facts = await db.facts
      .where('personId')
      .equals(people.get('Maren Holt')?.id ?? '')
      .toArray();
    expect(facts.map((fact) => [fact.type, fact.text])).toEqual([
      ['title', 'Chief Executive Officer'],
      ['position', 'Managing Director, Portwise'],
    ]);
    const ingrid = await db.facts
      .where('personId')
      .equals(people.get('Ingrid Vos')?.id ?? '')
      .toArray();
    expect(ingrid.map((fact) => fact.type)).toEqual(['other']);
  });
});
