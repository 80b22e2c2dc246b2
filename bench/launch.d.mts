// Types of bench/launch.mjs, for the Node tests that start the demo server and Chromium with it.
import type { Browser } from 'puppeteer-core';

/** Starts scripts/serve.mjs on a port from `base` up; resolves once it listens. */
export function startServer(base: number): Promise<{ port: number; stop: () => void }>;
/** Headless Chromium at CHROME_PATH (else /usr/bin/chromium); nothing is downloaded. */
export function launchBrowser(): Promise<Browser>;
/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number;
/** One value of a CDP Performance.getMetrics answer (0 when absent). */
export function metric(metrics: { metrics: { name: string; value: number }[] }, name: string): number;
/** `--json`, BENCH_SECONDS and BENCH_RUNS (with these defaults), and the load average as the benchmark starts. */
export function benchOptions(defaults?: { seconds?: number; runs?: number }): { json: boolean; seconds: number; runs: number; loadBefore: number[] };
