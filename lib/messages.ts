import { z } from 'zod/mini';
import { idSchema, type Note, noteSchema } from '@/lib/schema';

/**
 * The one protocol between the extension's parts. Every message is parsed against this union before
 * anything acts on it; a new message is a new member here and a new handler in lib/background/messages.ts.
 */
export const requestSchema = z.discriminatedUnion('type', [
  /** Is the background up? Answers the extension's version. */
  z.object({ type: z.literal('ping') }),
  /** Appends a timestamped note to an interview. */
  z.object({ type: z.literal('note:add'), interviewId: idSchema, text: noteSchema.shape.text }),
]);
export type Request = z.infer<typeof requestSchema>;
export type RequestType = Request['type'];

/** What each request answers with when it succeeds. */
export interface ResponseData {
  ping: { version: string };
  'note:add': Note;
}

export type Response<T extends RequestType = RequestType> =
  | { ok: true; data: ResponseData[T] }
  | { ok: false; error: string };
