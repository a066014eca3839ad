// Finds the browsers the tests drive: Chromium (CHROME_PATH, else Debian's /usr/bin/chromium) and
// Firefox ESR (FIREFOX_PATH, else /usr/bin/firefox-esr); else installs Debian's package when it can
// (as root, with apt-get), else stops with the one line to act on.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const DEFAULT = '/usr/bin/chromium';

/** Flags that keep Chromium off the closed network here and quiet in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to ${fromEnv}, which does not exist: point it at a Chromium or Chrome binary.`);
  }
  if (existsSync(DEFAULT)) return DEFAULT;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && root && hasAptGet()) {
    console.error("Chromium not found: installing Debian's chromium package with apt-get…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync(DEFAULT)) return DEFAULT;
  }
  fail('No Chromium found: install it (Debian: apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.');
}

const FIREFOX = '/usr/bin/firefox-esr';

/** Debian's Firefox ESR, found the same way: FIREFOX_PATH, else /usr/bin/firefox-esr, else apt-get as root. */
export function firefoxPath({ install = true } = {}) {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`FIREFOX_PATH is set to ${fromEnv}, which does not exist: point it at a Firefox binary.`);
  }
  if (existsSync(FIREFOX)) return FIREFOX;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && root && hasAptGet()) {
    console.error("Firefox not found: installing Debian's firefox-esr package with apt-get…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr', { stdio: 'inherit' });
    if (existsSync(FIREFOX)) return FIREFOX;
  }
  fail('No Firefox found: install it (Debian: apt-get install firefox-esr) or set FIREFOX_PATH to a Firefox binary.');
}

function hasAptGet() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function fail(line) {
  console.error(line);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(chromiumPath());
