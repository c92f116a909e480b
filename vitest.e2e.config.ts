import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The real extension in a real Chromium: no WxtVitest (it fakes `browser`), one file at a time.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
