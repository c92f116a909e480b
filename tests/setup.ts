import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';

beforeEach(async () => {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
});
