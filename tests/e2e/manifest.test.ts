import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chromeBuildDir, chromeE2eBuildDir, firefoxBuildDir, projectRoot } from '@/scripts/build-extension';

// The only permissions the product may ever ask for (PRODUCT.md, "Local and private").
const allowedPermissions = ['activeTab', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage', 'contextMenus'];

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe.each([
  ['Chrome', chromeBuildDir],
  ['Firefox', firefoxBuildDir],
])('the %s build', (_name, dir) => {
  const manifest = manifestOf(dir);

  it('asks only for the permissions the product allows, and no host', () => {
    for (const permission of manifest.permissions ?? []) expect(allowedPermissions).toContain(permission);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(
      (manifest.permissions ?? []).filter((entry: string) => entry.includes('://') || entry === '<all_urls>'),
    ).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('may ask for a site only when the user chooses it, and only for web pages', () => {
    const optional = [...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
    for (const pattern of optional) expect(['http://*/*', 'https://*/*']).toContain(pattern);
  });

  it('keeps the default content security policy: no remote or evaluated code', () => {
    expect(JSON.stringify(manifest.content_security_policy ?? '')).not.toMatch(/unsafe-eval|https?:/);
  });

  it('opens its panel from a keyboard shortcut', () => {
    const commands = Object.keys(manifest.commands ?? {});
    expect(commands).toContain(manifest.sidebar_action ? '_execute_sidebar_action' : '_execute_action');
  });
});

describe('the builds', () => {
  it('let only the end-to-end build read pages served from 127.0.0.1, and nothing else', () => {
    const e2e = manifestOf(chromeE2eBuildDir);
    expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(e2e.permissions).toEqual(manifestOf(chromeBuildDir).permissions);
  });

  it('keep the injected extractor under 60 KB minified', () => {
    const bytes = readFileSync(join(chromeBuildDir, 'extractor.js')).length;
    console.info(`injected extractor: ${(bytes / 1024).toFixed(1)} KB minified`);
    expect(bytes).toBeLessThan(60 * 1024);
  });

  it('give Chrome a side panel and Firefox a sidebar', () => {
    expect(manifestOf(chromeBuildDir).side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifestOf(firefoxBuildDir).sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  });

  it('keep the side panel’s initial JavaScript under 150 KB gzipped', () => {
    const html = readFileSync(join(chromeBuildDir, 'sidepanel.html'), 'utf8');
    const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)];
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (sum, [, file]) => sum + gzipSync(readFileSync(join(chromeBuildDir, file ?? ''))).length,
      0,
    );
    console.info(`side panel initial JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThan(150 * 1024);
  });

  it('pass web-ext lint for Firefox with no errors', () => {
    const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', firefoxBuildDir, '--output', 'json'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
    expect(report.errors).toEqual([]);
    // React DOM's own code assigns innerHTML (for dangerouslySetInnerHTML, which this project's lint
    // rules forbid); nothing else may warn.
    const warnings = report.warnings.filter((warning: { code: string }) => warning.code !== 'UNSAFE_VAR_ASSIGNMENT');
    expect(warnings).toEqual([]);
  });
});
