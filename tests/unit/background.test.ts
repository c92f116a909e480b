import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { handleMessage } from '@/lib/background/messages';
import { db } from '@/lib/db/database';
import { createInterview } from '@/lib/db/interviews';
import * as make from '../factories';

const ownId = () => fakeBrowser.runtime.id;

beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Dossier',
    version: '1.2.3',
  });
});

describe('message handling', () => {
  it('answers a ping with the version', async () => {
    expect(await handleMessage({ type: 'ping' }, ownId())).toEqual({ ok: true, data: { version: '1.2.3' } });
  });

  it('adds a note for the background', async () => {
    const interview = await createInterview(make.interviewInput());
    const answer = await handleMessage(
      { type: 'note:add', interviewId: interview.id, text: 'From the shortcut' },
      ownId(),
    );
    expect(answer).toMatchObject({ ok: true, data: { interviewId: interview.id, text: 'From the shortcut' } });
    expect(await db.notes.count()).toBe(1);
  });

  it.each([
    [{ type: 'wipe-everything' }, 'Unknown message type "wipe-everything".'],
    [
      { type: 'note:add', interviewId: 'x' },
      'Malformed message (text: Invalid input: expected string, received undefined).',
    ],
    [
      { type: 'note:add', interviewId: 'x', text: '' },
      'Malformed message (text: Too small: expected string to have >=1 characters).',
    ],
    ['ping', 'Malformed message (message: Invalid input: expected object, received string).'],
    [null, 'Malformed message (message: Invalid input: expected object, received null).'],
  ])('refuses %o with a clear error and changes nothing', async (message, error) => {
    expect(await handleMessage(message, ownId())).toEqual({ ok: false, error });
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses a message from another extension', async () => {
    const interview = await createInterview(make.interviewInput());
    const answer = await handleMessage({ type: 'note:add', interviewId: interview.id, text: 'x' }, 'another-extension');
    expect(answer).toEqual({ ok: false, error: 'Refused: the message did not come from this extension.' });
    expect(await db.notes.count()).toBe(0);
  });

  it('reports a failure of the command itself', async () => {
    const answer = await handleMessage({ type: 'note:add', interviewId: 'gone', text: 'x' }, ownId());
    expect(answer).toEqual({ ok: false, error: 'This interview no longer exists.' });
  });
});

describe('background wiring', () => {
  beforeEach(() => {
    // The fake browser has no sidePanel API; give it the one call the background makes.
    Object.assign(fakeBrowser, { sidePanel: { setPanelBehavior: vi.fn(async () => {}) } });
  });

  it('sets the toolbar button to open the side panel', () => {
    background.main();
    const { sidePanel } = fakeBrowser as unknown as { sidePanel: { setPanelBehavior: ReturnType<typeof vi.fn> } };
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('answers messages through sendResponse, checking the sender', async () => {
    const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    background.main();
    const listener = addListener.mock.calls[0]?.[0] as (...args: unknown[]) => unknown;
    const interview = await createInterview(make.interviewInput());

    const send = (message: unknown, sender: { id?: string }) =>
      new Promise((resolve) => expect(listener(message, sender, resolve)).toBe(true));
    expect(await send({ type: 'note:add', interviewId: interview.id, text: 'Hi' }, { id: ownId() })).toMatchObject({
      ok: true,
      data: { text: 'Hi' },
    });
    expect(await send({ type: 'nope' }, { id: ownId() })).toEqual({ ok: false, error: 'Unknown message type "nope".' });
    expect(await send({ type: 'ping' }, {})).toEqual({
      ok: false,
      error: 'Refused: the message did not come from this extension.',
    });
    expect(await db.notes.count()).toBe(1);
  });
});
