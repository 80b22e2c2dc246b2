// `npm run mutate`: Stryker over the pure modules (src/core, the goal parser, config and
// attribute parsing) with the core tests run by mocha in Node, then the score per area.
// The last line is `mutation score: NN.NN%` for src/core, the figure the project holds to.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const run = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync('reports/mutation/mutation.json', 'utf8'));
const KILLED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const areas = new Map();
const survivors = [];
for (const [file, { mutants }] of Object.entries(report.files)) {
  const area = file.startsWith('src/core/') ? 'src/core' : file;
  const a = areas.get(area) ?? { killed: 0, total: 0 };
  for (const m of mutants) {
    if (!COUNTED.has(m.status)) continue;
    a.total++;
    if (KILLED.has(m.status)) a.killed++;
    else survivors.push(`${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${m.status}${m.replacement ? ` → ${m.replacement.replace(/\s+/g, ' ').slice(0, 60)}` : ''}`);
  }
  areas.set(area, a);
}
console.log(`\nsurvivors (${survivors.length}):`);
for (const s of survivors) console.log(`  ${s}`);
console.log('');
for (const [area, a] of areas) console.log(`${area.padEnd(40)} ${a.killed}/${a.total} ${((100 * a.killed) / Math.max(1, a.total)).toFixed(2)}%`);
const core = areas.get('src/core') ?? { killed: 0, total: 0 };
console.log(`mutation score: ${((100 * core.killed) / Math.max(1, core.total)).toFixed(2)}%`);
