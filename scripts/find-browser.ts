import { existsSync } from 'node:fs';

// Chromium first: Google Chrome and Edge releases ignore --load-extension since version 137, so they
// can run the demo only with the extension loaded by hand.
const candidates: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome-for-testing',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    `${process.env.LOCALAPPDATA}\\Chromium\\Application\\chrome.exe`,
    `${process.env.PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Microsoft\\Edge\\Application\\msedge.exe`,
  ],
};

const installHelp = [
  'No Chromium-family browser was found. Install one, or point CHROME_PATH at it:',
  '  Debian or Ubuntu:  sudo apt-get install -y chromium',
  '  macOS:             brew install --cask chromium',
  '  Windows:           install Chromium, then set CHROME_PATH to its chrome.exe',
].join('\n');

/** The browser to run Dossier in: CHROME_PATH when set, else the first usual install path found. */
export function findBrowser(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.\n${installHelp}`);
  }
  const found = (candidates[process.platform] ?? []).find((path) => existsSync(path));
  if (!found) throw new Error(installHelp);
  return found;
}

/** Flags for a browser that makes no request of its own, loading the unpacked extension when given. */
export function browserArgs(extensionDir?: string): string[] {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-gpu',
    // Running as root (containers, CI) needs it; elsewhere it is harmless for a throwaway profile.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}
