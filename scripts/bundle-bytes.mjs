// Where the bytes of dist/nn-elements.js come from, through its source map: raw bytes per source
// file, largest first; and, with --without, what the gzip size would be if the code of the
// files matching each pattern moved out (an estimate of what an on-demand chunk would save,
// before writing one). After `npm run build`:
//   node scripts/bundle-bytes.mjs [--top 40]
//   node scripts/bundle-bytes.mjs --without 'inspector.view|formulas' 'core/trainer'
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

// nn-elements.js is a facade: the code is in nn-elements.main.js.
const file = 'dist/nn-elements.main.js';
const code = readFileSync(file, 'utf8');
const map = new TraceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
const lines = code.split('\n');
const marks = [];
eachMapping(map, (m) => marks.push(m));
marks.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
/** Each mapped span: [line, from, to, source]. */
const spans = marks.map((m, k) => {
  const n = marks[k + 1];
  const end = n && n.generatedLine === m.generatedLine ? n.generatedColumn : lines[m.generatedLine - 1].length;
  return [m.generatedLine - 1, m.generatedColumn, end, (m.source ?? '?').replace(/.*\/(src|node_modules)\//, '$1/')];
});

const args = process.argv.slice(2);
const w = args.indexOf('--without');
if (w >= 0) {
  const full = gzipSync(code, { level: 9 }).length;
  for (const pattern of args.slice(w + 1)) {
    const re = new RegExp(pattern);
    const cut = lines.map((l) => new Uint8Array(l.length));
    for (const [line, from, to, src] of spans) if (re.test(src)) cut[line].fill(1, from, to);
    const rest = lines.map((l, i) => [...l].filter((_, c) => !cut[i][c]).join('')).join('\n');
    const gz = gzipSync(rest, { level: 9 }).length;
    console.log(`without /${pattern}/: ${gz} B gzip, ${full - gz} B less than ${full} (${code.length - rest.length} B raw)`);
  }
} else {
  const top = Number(args[args.indexOf('--top') + 1]) || 40;
  const by = new Map();
  for (const [, from, to, src] of spans) by.set(src, (by.get(src) ?? 0) + (to - from));
  const rows = [...by].sort((a, b) => b[1] - a[1]);
  for (const [src, bytes] of rows.slice(0, top)) console.log(String(bytes).padStart(7), src);
  console.log(String(code.length).padStart(7), `${file}, raw`);
}
