import { browser } from 'wxt/browser';

/** Whether the browser keeps the database under storage pressure, and how much of the disk it takes. */
export interface StorageState {
  /** The browser does not evict the data to free space: it was granted persistence, or unlimited storage. */
  kept: boolean;
  /** Bytes used by the extension's storage, where the browser says. */
  usage?: number;
}

export async function readStorageState(): Promise<StorageState> {
  const storage = globalThis.navigator?.storage;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => false) : false,
    storage?.estimate ? storage.estimate().catch(() => undefined) : undefined,
  ]);
  // Chrome and Firefox never evict the storage of an extension with unlimitedStorage, whatever
  // persisted() answers (Chrome answers false unless the user engaged with the origin).
  const unlimited = (browser.runtime.getManifest().permissions ?? []).includes('unlimitedStorage');
  return { kept: persisted || unlimited, ...(estimate?.usage !== undefined ? { usage: estimate.usage } : {}) };
}

/**
 * Asks the browser not to evict Dossier's data when the disk runs short: without it, years of research
 * may be cleared with the site data of pages long unvisited. True when granted (or granted before).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist().catch(() => false);
}

/** "3.4 MB", for the panel. */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1_000;
  let unit = 0;
  while (value >= 1_000 && unit < units.length - 1) {
    value /= 1_000;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
