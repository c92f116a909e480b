import { z } from 'zod';

// zod probes `new Function('')` to decide whether to compile validators; an extension page's CSP
// forbids it and logs an error. jitless skips the probe.
z.config({ jitless: true });

/** Record ids are random UUID strings, so backups merge and a sync engine can adopt them unchanged. */
export const idSchema = z.string().min(1).max(100);

/** Milliseconds since the epoch (UTC). */
export const timestampSchema = z.number().int().nonnegative();

/** A name, title or other one-line value. Generous, so nothing a user pastes is cut. */
export const lineSchema = z.string().max(2_000);

/** Free text: notes, bios, snippets. */
export const textSchema = z.string().max(200_000);

/** Fields every stored record carries. */
export const recordFields = {
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

export function newId(): string {
  return crypto.randomUUID();
}
