import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const chromeBuildDir = resolve(projectRoot, '.output/chrome-mv3');
export const firefoxBuildDir = resolve(projectRoot, '.output/firefox-mv2');
/** The end-to-end build: the release build plus a host permission for pages served from 127.0.0.1. */
export const chromeE2eBuildDir = resolve(projectRoot, '.output-e2e/chrome-mv3');

/**
 * Builds the extension for a browser as a user gets it. The environment of a test runner is left out:
 * NODE_ENV=test or VITEST* would bundle React's development build.
 */
export function buildExtension(browser: 'chrome' | 'firefox' = 'chrome', options: { e2e?: boolean } = {}): void {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST') && name !== 'DOSSIER_E2E',
    ),
  );
  if (options.e2e) env.DOSSIER_E2E = '1';
  const result = spawnSync('npx', ['wxt', 'build', '-b', browser], { cwd: projectRoot, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`Building the ${browser} extension failed:\n${result.stdout}\n${result.stderr}`);
  }
}
