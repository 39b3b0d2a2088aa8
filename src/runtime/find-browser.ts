import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';

// Where Chrome and Chromium live on the machines people run this on: GitHub's runners (Chrome
// under /usr/bin and /opt/google), Debian and Ubuntu packages, macOS and Windows installs.
// https://github.com/actions/runner-images (Google Chrome is preinstalled on Ubuntu, macOS and Windows images)
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  join(process.env['PROGRAMFILES'] ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
  join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Google\\Chrome\\Application\\chrome.exe'),
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to crawl with: `--browser`, then CHROME_PATH, then the usual install paths. */
export function findBrowser(explicit: string | undefined, env: NodeJS.ProcessEnv): { path?: string; tried: string[] } {
  const tried: string[] = [];
  for (const candidate of [explicit, env['CHROME_PATH'], ...(explicit || env['CHROME_PATH'] ? [] : CANDIDATES)]) {
    if (!candidate) continue;
    tried.push(candidate);
    if (isExecutable(candidate)) return { path: candidate, tried };
  }
  return { tried };
}
