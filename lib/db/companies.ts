import { companyKey } from '@/lib/capture/page-model';
import { type Company, companySchema, newId } from '@/lib/schema';
import { normalizeName } from '@/lib/text/normalize-name';
import { db } from './database';
import { foldPersonInto } from './people';

/** The company of that name (matched loosely), created when there is none. Call inside a transaction. */
export async function findOrCreateCompany(name: string, now: number): Promise<Company> {
  const normalizedName = normalizeName(name);
  // "Lumenfield Systems" is the company already known as "Lumenfield Systems B.V.": one company, one research.
  const key = companyKey(name);
  const existing =
    (await db.companies.where('normalizedName').equals(normalizedName).first()) ??
    (key ? await db.companies.filter((company) => companyKey(company.name) === key).first() : undefined);
  if (existing) return existing;
  const company = companySchema.parse({
    id: newId(),
    createdAt: now,
    updatedAt: now,
    name: name.trim(),
    normalizedName,
  });
  await db.companies.add(company);
  return company;
}

/**
 * Moves everything of company `fromId` to company `toId` and deletes `fromId`: people of the same
 * name become one person who keeps both sets of rounds, facts, notes, backgrounds and links. Call inside
 * a transaction.
 */
export async function mergeCompanyInto(fromId: string, toId: string, now: number): Promise<void> {
  const [fromPeople, toPeople] = await Promise.all([
    db.people.where('companyId').equals(fromId).toArray(),
    db.people.where('companyId').equals(toId).toArray(),
  ]);
  const byName = new Map(toPeople.map((person) => [person.normalizedName, person]));
  for (const person of fromPeople) {
    const twin = byName.get(person.normalizedName);
    if (!twin) {
      await db.people.update(person.id, { companyId: toId, updatedAt: now });
      continue;
    }
    // Every note, title, background and link of both records survives the merge.
    byName.set(twin.normalizedName, await foldPersonInto(twin, person, now));
  }
  const move = { companyId: toId, updatedAt: now };
  await db.interviews.where('companyId').equals(fromId).modify(move);
  await db.sources.where('companyId').equals(fromId).modify(move);
  await db.facts.where('companyId').equals(fromId).modify(move);
  await db.companies.delete(fromId);
}

/** Deletes a company and all research kept on it. Call inside a transaction. */
export async function deleteCompanyResearch(companyId: string): Promise<void> {
  await Promise.all([
    db.people.where('companyId').equals(companyId).delete(),
    db.facts.where('companyId').equals(companyId).delete(),
    db.sources.where('companyId').equals(companyId).delete(),
  ]);
  await db.companies.delete(companyId);
}

/** Every company kept, by name. */
export async function listCompanies(): Promise<Company[]> {
  const companies = await db.companies.toArray();
  return companies.sort((a, b) => a.name.localeCompare(b.name));
}
