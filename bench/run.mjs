// `npm run bench`: the core benchmark (Node), the browser benchmark (headless Chromium, CDP
// metrics, CPU as is and throttled 4×), the page-load benchmark (longest task while the lesson
// loads), many playgrounds on one page (1, 3, 10; one or all training), Play and Pause by real
// clicks on the largest network, then the size of every CDN file in dist/.
// With `-- --json`, one JSON object { core, browser, load, many, clicks, sizes } instead of the tables.
import { spawnSync } from 'node:child_process';
import { BUDGET, sizes } from '../scripts/sizes.mjs';

const json = process.argv.includes('--json');
const run = (file) => {
  const r = spawnSync(process.execPath, [file, ...(json ? ['--json'] : [])], { stdio: json ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return json ? JSON.parse(r.stdout) : null;
};
const core = run('bench/core.mjs');
const browser = run('bench/browser.mjs');
const load = run('bench/load.mjs');
const many = run('bench/many.mjs');
const clicks = run('bench/clicks.mjs');
if (json) console.log(JSON.stringify({ core, browser, load, many, clicks, sizes: { budget: BUDGET, rows: sizes() } }, null, 2));
else run('scripts/sizes.mjs');
