// The test command under load: `npm test` RUNS times in a row (5) while two busy processes
// compete for the machine's cores, as on a shared CI runner. Prints each run's result and
// time and exits non-zero if any run failed. `npm run test:stress` (STRESS_RUNS, STRESS_BUSY).
import { spawn } from 'node:child_process';

const runs = Number(process.env.STRESS_RUNS ?? 5);
const busy = Number(process.env.STRESS_BUSY ?? 2);
const hogs = Array.from({ length: busy }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const results = [];
try {
  for (let i = 1; i <= runs; i++) {
    const t0 = Date.now();
    const code = await new Promise((resolve) => {
      const p = spawn('npm', ['test'], { stdio: ['ignore', 'pipe', 'pipe'] });
      // The browser runner's summary comes long before the Node tests' end: keep enough.
      let tail = '';
      const keep = (d) => { tail = (tail + d).slice(-200000); };
      p.stdout.on('data', keep);
      p.stderr.on('data', keep);
      p.on('close', (c) => {
        const browser = [...tail.matchAll(/(\d+ passed, \d+ failed)/g)].at(-1)?.[1] ?? '';
        const node = [...tail.matchAll(/(\d+ passing|\d+ failing)/g)].map((m) => m[1]).join(', ');
        const summary = [browser && `browser: ${browser}`, node && `node: ${node}`].filter(Boolean).join('; ');
        results.push({ run: i, ok: c === 0, seconds: Math.round((Date.now() - t0) / 1000), summary });
        if (c !== 0) console.log(tail.slice(-8000));
        resolve(c);
      });
    });
    const r = results.at(-1);
    console.log(`run ${i}/${runs}: ${code === 0 ? 'green' : 'RED'} in ${r.seconds} s (${r.summary})`);
  }
} finally {
  for (const h of hogs) h.kill();
}
const failed = results.filter((r) => !r.ok).length;
console.log(`${runs - failed}/${runs} green with ${busy} busy processes; ${results.map((r) => `${r.seconds} s`).join(', ')}`);
process.exitCode = failed ? 1 : 0;
