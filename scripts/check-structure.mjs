// The house rules, checked over src/'s imports (static, re-exports and import()):
// - no import circle;
// - core imports only core; shared/ imports nothing from an element folder;
// - a room (model, controller, painter, view: every file but the component and registration)
//   never imports its own component;
// - no component over 400 lines, no other file over 450 (core/network.ts excepted: see DESIGN).
// Prints the import graph's circles and breaches and exits 1 on any. `npm run structure`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const src = join(root, 'src');
const files = [];
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (/\.tsx?$/.test(f) && !f.endsWith('.d.ts')) files.push(p); } };
walk(src);

const rel = (p) => relative(src, p).split('\\').join('/');
const graph = new Map();
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const deps = new Set();
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const target = resolve(dirname(f), spec).replace(/\.js$/, '.ts');
    if (files.includes(target)) deps.add(target);
    else if (files.includes(target.replace(/\.ts$/, '.tsx'))) deps.add(target.replace(/\.ts$/, '.tsx'));
  }
  graph.set(f, deps);
}

const problems = [];
// Circles: Tarjan's strongly connected components.
let index = 0;
const stack = [];
const meta = new Map();
const strong = (v) => {
  meta.set(v, { index, low: index, on: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v)) {
    if (!meta.has(w)) { strong(w); meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low); }
    else if (meta.get(w).on) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
  }
  if (meta.get(v).low === meta.get(v).index) {
    const comp = [];
    let w;
    do { w = stack.pop(); meta.get(w).on = false; comp.push(w); } while (w !== v);
    if (comp.length > 1 || graph.get(v).has(v)) problems.push(`import circle: ${comp.map(rel).sort().join(' -> ')}`);
  }
};
for (const f of files) if (!meta.has(f)) strong(f);

for (const [f, deps] of graph) {
  const from = rel(f);
  for (const d of deps) {
    const to = rel(d);
    if (from.startsWith('core/') && !to.startsWith('core/')) problems.push(`core reaches out: ${from} imports ${to}`);
    if (from.startsWith('elements/shared/') && /^elements\/nn-/.test(to)) problems.push(`shared imports an element: ${from} imports ${to}`);
    const folder = from.match(/^elements\/(nn-[\w-]+)\//)?.[1];
    const isRoom = folder && !from.endsWith('.component.ts') && from !== `elements/${folder}/${folder}.ts`;
    if (isRoom && to === `elements/${folder}/${folder}.component.ts`) problems.push(`a room imports its component: ${from} imports ${to}`);
  }
  const lines = readFileSync(f, 'utf8').split('\n').length - 1;
  const limit = from.endsWith('.component.ts') ? 400 : 450;
  if (lines > limit && from !== 'core/network.ts' && from !== 'framework-types.ts') problems.push(`${from}: ${lines} lines (limit ${limit})`);
}

const edges = [...graph.values()].reduce((n, d) => n + d.size, 0);
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`structure: ${problems.length} problem(s) in ${files.length} files, ${edges} imports`);
  process.exit(1);
}
console.log(`structure: ${files.length} files, ${edges} imports, no circle, no import from shared/ or core/ upwards, no room importing its component, no file over its limit`);
