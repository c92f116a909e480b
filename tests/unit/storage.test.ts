import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatBytes, readStorageState } from '@/lib/db/storage';

describe('the storage the research lives in', () => {
  it('counts as kept where the browser granted persistence or the extension has unlimited storage', async () => {
    const storage = { persisted: vi.fn(async () => false), estimate: vi.fn(async () => ({ usage: 52_300 })) };
    vi.stubGlobal('navigator', { storage });
    const manifest = (permissions: string[]) =>
      vi
        .spyOn(fakeBrowser.runtime, 'getManifest')
        .mockReturnValue({ manifest_version: 3, name: 'D', version: '1', permissions: permissions as never });
    manifest(['storage']);
    expect(await readStorageState()).toEqual({ kept: false, usage: 52_300 });
    manifest(['storage', 'unlimitedStorage']);
    expect(await readStorageState()).toEqual({ kept: true, usage: 52_300 });
    manifest(['storage']);
    storage.persisted.mockResolvedValue(true);
    expect((await readStorageState()).kept).toBe(true);
    vi.unstubAllGlobals();
  });

  it('says sizes the way people read them', () => {
    expect([formatBytes(512), formatBytes(52_300), formatBytes(3_400_000), formatBytes(12_000_000_000)]).toEqual([
      '512 bytes',
      '52 KB',
      '3.4 MB',
      '12 GB',
    ]);
  });
});
