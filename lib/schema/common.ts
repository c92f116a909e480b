// zod/mini: the same validators as zod's classic API, but tree-shakable, which keeps the side panel's
// first load small (the classic API alone was a quarter of its JavaScript).
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// jitless: zod otherwise probes `new Function('')`, which an extension page's CSP forbids and logs.
// The English locale gives errors a person can read ("Too small: expected string to have >=1 characters").
z.config({ jitless: true, ...en() });

/** Record ids are random UUID strings, so backups merge and a sync engine can adopt them unchanged. */
export const idSchema = z.string().check(z.minLength(1), z.maxLength(100));

/** Milliseconds since the epoch (UTC). */
export const timestampSchema = z.int().check(z.nonnegative());

/** A name, title or other one-line value. Generous, so nothing a user pastes is cut. */
export const lineSchema = z.string().check(z.maxLength(2_000));
export const requiredLineSchema = z.string().check(z.minLength(1), z.maxLength(2_000));

/** Free text: notes, bios, snippets. */
export const textSchema = z.string().check(z.maxLength(200_000));
export const requiredTextSchema = z.string().check(z.minLength(1), z.maxLength(200_000));

/** Fields every stored record carries. */
export const recordFields = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

export function newId(): string {
  return crypto.randomUUID();
}
