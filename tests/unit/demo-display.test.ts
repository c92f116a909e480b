import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '@/scripts/build-extension';
import { hasDisplay } from '@/scripts/has-display';

describe('the demo on a machine with no display', () => {
  it('knows when there is a screen to open a browser on', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'darwin')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });

  it.runIf(process.platform === 'linux')(
    'says in one line to use --headless, fails, and leaves no folder behind',
    () => {
      const temporary = mkdtempSync(join(tmpdir(), 'dossier-demo-test-'));
      const { DISPLAY, WAYLAND_DISPLAY, ...env } = process.env;
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
        cwd: projectRoot,
        env: { ...env, TMPDIR: temporary },
        encoding: 'utf8',
        timeout: 30_000,
      });
      // tsx keeps its compile cache there too; only the demo's own folders count.
      const left = readdirSync(temporary).filter((name) => name.startsWith('dossier-'));
      rmSync(temporary, { recursive: true, force: true });
      expect(run.status).not.toBe(0);
      expect(run.stderr.trim().split('\n')).toEqual([
        'No display to open Chromium on: run `npm run demo -- --headless` to save screenshots of the panel instead.',
      ]);
      expect(run.stdout).toBe('');
      expect(left).toEqual([]);
    },
    30_000,
  );
});
