// Renders scripts/icon.svg to the PNG sizes browsers ask for, into public/icon/. Run after editing the SVG.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { projectRoot } from './build-extension';
import { findBrowser } from './find-browser';

const svg = readFileSync(join(projectRoot, 'scripts/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: join(projectRoot, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
