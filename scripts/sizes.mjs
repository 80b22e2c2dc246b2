// What a page downloads for each CDN file in dist/: the file and every chunk it imports
// statically, each compressed on its own (gzip -9 and brotli -11, as a server sends them).
// Budgets, in gzip bytes:
// - the one-file bundle (nn-elements.js and its static imports): 52,000;
// - what the seed lesson (demo/index.html) loads before its first interaction: nn-elements.css
//   and the bundle (the page's own HTML and CSS are the author's): 36,000. The rest comes after
//   the first render, in idle time (test/node/first-load.test.ts checks that the lesson fetches
//   nothing else before): <nn-quiz-task> (nn-elements.quiz.js) and <nn-playground> with
//   <nn-dataset-plot> (nn-elements.playground.js), each at once when the page shows one; the
//   inspector, a playground graph's pictures, the backward pass.
// - each single-element file (a page with one element loads it alone) stays at or under its
//   size when issue 25 was filed, before the round's features: ELEMENT_BUDGETS.
// Parts loaded on demand (features, languages) are listed apart. Exits non-zero over a budget.
// `node scripts/sizes.mjs [--json]`, after `npm run build`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGET = 52000;
export const FIRST_LOAD_BUDGET = 36000;
/** The single-element files as they were ("as today or less"): new features go to on-demand parts. */
export const ELEMENT_BUDGETS = { 'nn-graph.js': 35554, 'nn-dataset-plot.js': 29741, 'nn-playground.js': 65195, 'nn-quiz-task.js': 22416 };
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
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
    let brotli = 0;
    for (const f of files) {
      const code = readFileSync(f);
      raw += code.length;
      gzip += gzipSync(code, { level: 9 }).length;
      brotli += br(code);
    }
    return { entry, files: files.length, raw, gzip, brotli };
  });
}

/** The seed lesson's first load: the stylesheet and the one-file bundle with its static imports. */
export function firstLoad(dir = 'dist') {
  const css = readFileSync(join(dir, 'nn-elements.css'));
  const bundle = sizes(dir).find((r) => r.entry === 'nn-elements.js');
  return { files: bundle.files + 1, raw: bundle.raw + css.length, gzip: bundle.gzip + gzipSync(css, { level: 9 }).length, brotli: bundle.brotli + br(css) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = sizes();
  const first = firstLoad();
  const bundle = rows.find((r) => r.entry === 'nn-elements.js');
  const over = [bundle.gzip > BUDGET, first.gzip > FIRST_LOAD_BUDGET, ...rows.map((r) => r.gzip > (ELEMENT_BUDGETS[r.entry] ?? Infinity))];
  if (process.argv.includes('--json')) console.log(JSON.stringify({ budget: BUDGET, firstLoadBudget: FIRST_LOAD_BUDGET, elementBudgets: ELEMENT_BUDGETS, rows, firstLoad: first }, null, 2));
  else {
    const verdict = (gzip, budget) => (gzip <= budget ? `  within ${budget.toLocaleString('en')}` : `  ${(gzip - budget).toLocaleString('en')} B over ${budget.toLocaleString('en')}`);
    console.log(`\nCDN files in dist/ with the chunks each imports, compressed per file (gzip -9, brotli -11)`);
    console.log('file                 files      raw B     gzip B   brotli B');
    const line = (name, r, note = '') => console.log(`${name.padEnd(20)} ${String(r.files).padStart(5)} ${String(r.raw).padStart(10)} ${String(r.gzip).padStart(10)} ${String(r.brotli).padStart(10)}${note}`);
    for (const r of rows) line(r.entry, r, r.entry === 'nn-elements.js' ? verdict(r.gzip, BUDGET) : ELEMENT_BUDGETS[r.entry] ? verdict(r.gzip, ELEMENT_BUDGETS[r.entry]) : '');
    line('seed lesson, first', first, `${verdict(first.gzip, FIRST_LOAD_BUDGET)}  (nn-elements.css + nn-elements.js)`);
    // Loaded only by a page whose lang asks for them (dynamic imports, outside every budget above).
    // Features loaded the first time a page uses them (the backward pass, the CSV parser), for the one-file bundle and the per-element files.
    const inBundle = new Set(closure(resolve('dist/nn-elements.js')));
    const onDemand = [
      ...readdirSync('dist').filter((f) => /^nn-elements\..+\.js$/.test(f) && !inBundle.has(resolve('dist', f))),
      ...readdirSync(join('dist', 'chunks')).filter((f) => /^(backward|csv).*\.js$/.test(f)).map((f) => `chunks/${f}`),
      ...readdirSync(join('dist', 'locales')).filter((f) => f.endsWith('.js')).sort().map((f) => `locales/${f}`),
    ];
    const all = { files: bundle.files, raw: bundle.raw, gzip: bundle.gzip, brotli: bundle.brotli };
    for (const file of onDemand) {
      const b = readFileSync(join('dist', file));
      const r = { files: 1, raw: b.length, gzip: gzipSync(b, { level: 9 }).length, brotli: br(b) };
      const element = { 'nn-elements.quiz.js': 'a quiz', 'nn-elements.playground.js': 'a playground or plot' }[file];
      line(file, r, element ? `  at once when the page shows ${element}, else in idle time after the first render` : '  on demand: idle time, or the first action or element that needs it');
      if (/^nn-elements\./.test(file)) for (const k of Object.keys(all)) all[k] += r[k];
    }
    line('nn-elements.js, all', all, '  the entry and every part it may load, languages aside (no budget: parts are fetched apart)');
  }
  if (over.some(Boolean)) process.exitCode = 1;
}
