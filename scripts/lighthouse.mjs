// `npm run lighthouse`: Lighthouse 12.2.3 over every demo page, desktop and mobile, in Debian's
// Chromium (CHROME_PATH, else /usr/bin/chromium), from the demo server (which compresses, as a
// real host does). Prints category scores, CLS, TBT and LCP per page, and exits non-zero below
// the targets: performance ≥ 98 desktop and ≥ 95 mobile, accessibility and best practices 100,
// CLS ≤ 0.02. Not part of npm test: about 20 s a run, 12 runs. `LH_PAGES=index,graph` narrows it.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startServer } from '../bench/launch.mjs';

const PAGES = (process.env.LH_PAGES ?? 'index,graph,plot,playground,quiz,builder').split(',');
const TARGETS = { desktop: { performance: 98 }, mobile: { performance: 95 }, accessibility: 100, 'best-practices': 100, cls: 0.02 };
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const server = await startServer(8900);
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: FLAGS });
const rows = [];
let failed = false;
try {
  for (const name of PAGES) {
    for (const form of ['desktop', 'mobile']) {
      const url = `http://localhost:${server.port}/demo/${name}.html`;
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] }, form === 'desktop' ? desktopConfig : undefined);
      const lhr = result.lhr;
      const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const audit = (a) => lhr.audits[a]?.numericValue ?? NaN;
      const row = { page: name, form, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), cls: audit('cumulative-layout-shift'), tbt: audit('total-blocking-time'), lcp: audit('largest-contentful-paint') };
      const misses = [];
      if (row.performance < TARGETS[form].performance) misses.push(`performance < ${TARGETS[form].performance}`);
      if (row.accessibility < TARGETS.accessibility) misses.push(`accessibility < 100 (${Object.values(lhr.audits).filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id)).map((a) => a.id).join(', ')})`);
      if (row['best-practices'] < TARGETS['best-practices']) misses.push(`best practices < 100 (${Object.values(lhr.audits).filter((a) => a.score === 0 && lhr.categories['best-practices'].auditRefs.some((r) => r.id === a.id)).map((a) => a.id).join(', ')})`);
      if (!(row.cls <= TARGETS.cls)) misses.push(`CLS > ${TARGETS.cls}`);
      row.misses = misses.join('; ');
      failed ||= misses.length > 0;
      rows.push(row);
      console.log(`${name.padEnd(11)} ${form.padEnd(8)} perf ${String(row.performance).padStart(3)}  a11y ${String(row.accessibility).padStart(3)}  bp ${String(row['best-practices']).padStart(3)}  CLS ${row.cls.toFixed(3)}  TBT ${String(Math.round(row.tbt)).padStart(5)} ms  LCP ${String(Math.round(row.lcp)).padStart(5)} ms  ${row.misses || 'ok'}`);
    }
  }
} finally {
  await chrome.kill();
  server.stop();
}
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
process.exit(failed ? 1 : 0);
