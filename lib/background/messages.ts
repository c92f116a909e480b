import { browser } from 'wxt/browser';
import { addNote } from '@/lib/db/notes';
import { type Request, type RequestType, type Response, type ResponseData, requestSchema } from '@/lib/messages';

type Handlers = { [T in RequestType]: (request: Extract<Request, { type: T }>) => Promise<ResponseData[T]> };

const handlers: Handlers = {
  ping: async () => ({ version: browser.runtime.getManifest().version }),
  'note:add': (request) => addNote(request.interviewId, request.text),
};

/**
 * Answers one message: only this extension may send them, and only messages of the protocol's shape
 * are acted on. Whatever goes wrong comes back as `{ ok: false, error }` with words a person can read.
 */
export async function handleMessage(message: unknown, senderId: string | undefined): Promise<Response> {
  if (senderId !== browser.runtime.id) {
    return { ok: false, error: 'Refused: the message did not come from this extension.' };
  }
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: describeMalformed(message, parsed.error.issues) };
  const request = parsed.data;
  try {
    const handler = handlers[request.type] as (request: Request) => Promise<ResponseData[RequestType]>;
    return { ok: true, data: await handler(request) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function describeMalformed(message: unknown, issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (typeof type === 'string' && !Object.hasOwn(handlers, type)) {
    return `Unknown message type "${type.slice(0, 100)}".`;
  }
  const details = issues.map((issue) => `${issue.path.map(String).join('.') || 'message'}: ${issue.message}`);
  return `Malformed message (${details.join('; ')}).`;
}

export function setUpMessages(): void {
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Answer through sendResponse and return true: the form every browser and the polyfill accept.
    void handleMessage(message, sender.id).then(sendResponse);
    return true;
  });
}
