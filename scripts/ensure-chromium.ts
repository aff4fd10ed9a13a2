/**
 * Run before the end-to-end tests: makes sure a Chromium is there, installing Debian's
 * package when it is missing and we are root with apt-get; otherwise says what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium';

function tryAptInstall(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('Chromium not found: installing Debian\'s "chromium" package with apt-get…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
}

let executable = findChromium();
if (!executable && tryAptInstall()) executable = findChromium();

if (!executable) {
  console.error(
    [
      'The end-to-end tests need Chromium, and none was found.',
      'Install it, then run the tests again:',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chromium',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Chromium for end-to-end tests: ${executable}`);
