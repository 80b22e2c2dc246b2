// What a page downloads for each CDN file in dist/: the file and every chunk it imports
// statically, each gzipped on its own (as a server sends them), against the 52,000-byte budget
// of the one-file bundle (all four elements in English). Parts loaded on demand are listed apart. `node scripts/sizes.mjs [--json]`, after `npm run build`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = 52000;
export const ENTRIES = ['nn-elements.js', 'nn-graph.js', 'nn-dataset-plot.js', 'nn-playground.js', 'nn-quiz-task.js', 'core.js'];

/** The file and its static imports, recursively (relative specifiers only). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) closure(resolve(dirname(file), m[1]), seen);
  return seen;
}

export function sizes(dir = 'dist') {
  return ENTRIES.map((entry) => {
    const files = [...closure(resolve(join(dir, entry)))];
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const code = readFileSync(f);
      raw += code.length;
      gzip += gzipSync(code, { level: 9 }).length;
    }
    return { entry, files: files.length, raw, gzip };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = sizes();
  if (process.argv.includes('--json')) console.log(JSON.stringify({ budget: BUDGET, rows }, null, 2));
  else {
    console.log(`\nCDN files in dist/ with the chunks each imports, gzip -9 per file (budget for nn-elements.js: ${BUDGET.toLocaleString('en')} B)`);
    console.log('file                 files      raw B     gzip B');
    for (const r of rows) console.log(`${r.entry.padEnd(20)} ${String(r.files).padStart(5)} ${String(r.raw).padStart(10)} ${String(r.gzip).padStart(10)}${r.entry === 'nn-elements.js' ? (r.gzip <= BUDGET ? '  within budget' : `  ${r.gzip - BUDGET} B over budget`) : ''}`);
    // Loaded only by a page whose lang asks for them (dynamic imports, outside every budget above).
    // Features loaded the first time a page uses them (the backward pass, the CSV parser), for the one-file bundle and the per-element files.
    const onDemand = [
      ...readdirSync('dist').filter((f) => /^nn-elements\..+\.js$/.test(f)),
      ...readdirSync(join('dist', 'chunks')).filter((f) => /^(backward|csv).*\.js$/.test(f)).map((f) => `chunks/${f}`),
      ...readdirSync(join('dist', 'locales')).filter((f) => f.endsWith('.js')).sort().map((f) => `locales/${f}`),
    ];
    for (const file of onDemand) {
      const b = readFileSync(join('dist', file));
      console.log(`${file.padEnd(20)} ${String(1).padStart(5)} ${String(b.length).padStart(10)} ${String(gzipSync(b, { level: 9 }).length).padStart(10)}  on demand`);
    }
  }
}
