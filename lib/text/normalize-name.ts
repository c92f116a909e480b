/**
 * The form under which two spellings of one name match: "José  Núñez-Ortiz" and "jose nunez ortiz",
 * "Acme, Inc." and "ACME Inc". Case, accents, punctuation and extra spaces are dropped.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
