import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
export const chromeBuildDir = resolve(projectRoot, '.output/chrome-mv3');
export const firefoxBuildDir = resolve(projectRoot, '.output/firefox-mv2');

/**
 * Builds the extension for a browser as a user gets it. The environment of a test runner is left out:
 * NODE_ENV=test or VITEST* would bundle React's development build.
 */
export function buildExtension(browser: 'chrome' | 'firefox' = 'chrome'): void {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
  );
  const result = spawnSync('npx', ['wxt', 'build', '-b', browser], { cwd: projectRoot, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`Building the ${browser} extension failed:\n${result.stdout}\n${result.stderr}`);
  }
}
