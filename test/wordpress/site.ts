// A real WordPress for the plugin's test, started and stopped by the test itself: Debian's
// wordpress (6.1.9) copied into a temporary folder, its own MariaDB server on a socket in that
// folder (no port, no system service), and `php -S` on a free loopback port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const WORDPRESS = '/usr/share/wordpress';
const THEME = join(WORDPRESS, 'wp-content/themes/twentytwentythree');
const PLUGIN = resolve('integrations/wordpress/nn-elements');

/** What the test needs from Debian, with the command that installs it (as .ci/run does). */
export function missing(): string | null {
  const need: string[] = [];
  const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) need.push('wordpress');
  if (!existsSync(THEME)) need.push('wordpress-theme-twentytwentythree');
  if (!has('php')) need.push('php8.2-cli');
  if (!has('mariadbd') || !has('mariadb-install-db')) need.push('mariadb-server');
  if (!existsSync(join(PLUGIN, 'dist/nn-elements.js'))) return 'the plugin has no dist/: run npm run build first';
  return need.length ? `Debian packages missing: apt-get install -y --no-install-recommends ${need.join(' ')} php8.2-mysql` : null;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function until(ok: () => boolean, what: string, ms = 30000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`wordpress test: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface Site {
  url: string;
  /** Runs test/wordpress/step.php; returns its JSON answer. */
  step(name: string, ...args: string[]): any;
  stop(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'nn-wp-'));
  const data = join(dir, 'db');
  const socket = join(dir, 'db.sock');
  const procs: ChildProcess[] = [];
  // The database writes until it has exited: the folder goes after every process is gone.
  const stop = async () => {
    await Promise.all(procs.map((p) => (p.exitCode !== null || p.signalCode !== null ? null : new Promise((r) => (p.once('exit', r), p.kill('SIGTERM'))))));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const init = spawnSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`mariadb-install-db failed: ${init.stderr}`);
    const db = spawn('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', '--user=root', `--pid-file=${join(dir, 'db.pid')}`, `--log-error=${join(dir, 'db.err')}`], { stdio: 'ignore' });
    procs.push(db);
    await until(() => existsSync(socket), 'MariaDB');
    const create = spawnSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress'], { encoding: 'utf8' });
    if (create.status !== 0) throw new Error(`creating the database failed: ${create.stderr}`);

    const site = join(dir, 'wp');
    cpSync(WORDPRESS, site, { recursive: true, dereference: false, filter: (f) => !f.endsWith('/.htaccess') });
    rmSync(join(site, 'wp-content'), { recursive: true, force: true });
    mkdirSync(join(site, 'wp-content/plugins'), { recursive: true });
    mkdirSync(join(site, 'wp-content/themes'), { recursive: true });
    cpSync(THEME, join(site, 'wp-content/themes/twentytwentythree'), { recursive: true });
    cpSync(PLUGIN, join(site, 'wp-content/plugins/nn-elements'), { recursive: true });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(join(site, 'wp-config.php'), `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(dir, 'debug.log')}');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`);
    const step = (name: string, ...args: string[]) => {
      const r = spawnSync('php', [resolve('test/wordpress/step.php'), site, name, ...args], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`step ${name} failed (${r.status}): ${r.stderr}${r.stdout}`);
      return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    };
    step('install');
    // PHP_CLI_SERVER_WORKERS stays unset: forked workers would outlive the server's stop.
    const env = { ...process.env };
    delete env.PHP_CLI_SERVER_WORKERS;
    const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], { stdio: 'ignore', env });
    procs.push(php);
    let up = false;
    for (let i = 0; i < 150 && !up; i++) {
      up = await fetch(`${url}/wp-login.php`).then(() => true, () => false);
      if (!up) await new Promise((r) => setTimeout(r, 100));
    }
    if (!up) throw new Error('wordpress test: php -S did not answer');
    return { url, step, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
