// `npm run bench`: the core benchmark (Node) then the browser benchmark (headless Chromium).
// With `-- --json`, one JSON object { core, browser } instead of the tables.
import { spawnSync } from 'node:child_process';

const json = process.argv.includes('--json');
const run = (file) => {
  const r = spawnSync(process.execPath, [file, ...(json ? ['--json'] : [])], { stdio: json ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return json ? JSON.parse(r.stdout) : null;
};
const core = run('bench/core.mjs');
const browser = run('bench/browser.mjs');
if (json) console.log(JSON.stringify({ core, browser }, null, 2));
