// What the browser benchmarks share: the demo server on a free loopback port and Debian's
// Chromium with the flags a root, offline machine needs.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';

/** Starts scripts/serve.mjs on a port from `base` up; resolves once it listens. */
export async function startServer(base) {
  const port = base + Math.floor(Math.random() * 90);
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return { port, stop: () => server.kill() };
}

/** Headless Chromium at CHROME_PATH (else /usr/bin/chromium); nothing is downloaded. */
export function launchBrowser() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(xs) {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[v.length >> 1] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

/** One value of a CDP Performance.getMetrics answer (0 when absent). */
export function metric(metrics, name) {
  return metrics.metrics.find((x) => x.name === name)?.value ?? 0;
}

/**
 * What every browser benchmark reads from its command line and environment: `--json`,
 * BENCH_SECONDS (default `seconds`) and BENCH_RUNS (default `runs`, at least 1), and the load
 * average as it starts (reported beside the figures: the machine is shared).
 */
export function benchOptions({ seconds = 4, runs = 3 } = {}) {
  return {
    json: process.argv.includes('--json'),
    seconds: Number(process.env.BENCH_SECONDS ?? seconds),
    runs: Math.max(1, Math.floor(Number(process.env.BENCH_RUNS ?? runs))),
    loadBefore: loadavg(),
  };
}
