import type { Page } from 'playwright-core';

/**
 * Writes records straight into the extension's IndexedDB from one of its pages, in one transaction:
 * how the demo and the benchmark start from a filled database without any seeding code in the
 * extension itself. The records must already be valid (build them with the schemas).
 */
export async function seedDatabase(panelPage: Page, tables: Record<string, object[]>): Promise<void> {
  // The page has opened (and so created) the database before anything is written into it.
  await panelPage.locator('main').waitFor();
  await panelPage.evaluate(async (rows) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dossier');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = database.transaction(Object.keys(rows), 'readwrite');
      for (const [table, records] of Object.entries(rows)) {
        const store = transaction.objectStore(table);
        for (const record of records) store.put(record);
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    database.close();
  }, tables);
  // Writes made past Dexie reach no live query: the open views would go on showing what they read before.
  await panelPage.reload();
  await panelPage.locator('main').waitFor();
}
