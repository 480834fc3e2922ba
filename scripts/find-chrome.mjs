// Finds a Chromium or Chrome binary for the browser tests and benchmarks. On a Debian machine running as root
// with none installed, installs Debian's `chromium` package (saying so); elsewhere, stops with one instruction.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function onPath(name) {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Returns the path of a Chromium binary, installing one when allowed; exits the process when none can be had. */
export function findChrome({ install = true } = {}) {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
    process.exit(1);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && existsSync('/etc/debian_version') && onPath('apt-get')) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (about 30 s)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const attempt = () =>
      spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env }).status === 0;
    if (!attempt()) {
      execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
      if (!attempt()) process.exit(1);
    }
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error('The browser tests need Chromium: install it (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome binary.');
  process.exit(1);
}
