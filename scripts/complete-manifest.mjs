// Completes custom-elements.json after the analyzer (npm run analyze), from the sources it
// cannot read by itself:
// - module paths point at the shipped JavaScript in lib/, not at src/*.ts;
// - every event gets its type, CustomEvent<Detail>, from NnEventMap in src/events.ts;
// - attributes get the values they accept: a union of names, number or boolean;
// - `strings` is typed as the JSON data it takes (the base class declares it generically);
// - reactive state (`{ state: true }` in `static properties`, on private and protected fields)
//   is no attribute: the analyzer lists every static property as one;
// - classes tagged @internal (the rooms behind the components) are not API: they are left out;
// - every element lists the shared theme properties (src/elements/shared/styles.ts) with
//   their defaults, since the shared stylesheet sets them all on every element.
// Runs under tsx, to read the value lists from src/core.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { ACTIVATION_NAMES, DATASET_NAMES, FEATURE_NAMES, REGULARIZATION_NAMES } from '../src/core/index.ts';
import { CONTROL_NAMES, LEARNING_RATES, REGULARIZATION_RATES, SPEEDS } from '../src/elements/nn-playground/config.ts';

const file = new URL('../custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(file, 'utf8'));

const union = (names) => names.map((n) => `'${n}'`).join(' | ');
const ENUMS = {
  'dataset-name': union(DATASET_NAMES),
  activation: union(ACTIVATION_NAMES),
  'output-activation': union(ACTIVATION_NAMES),
  regularization: union(REGULARIZATION_NAMES),
  problem: union(['classification', 'regression']),
  mode: union(['predict', 'check', 'goal']),
};

// The values a tool (demo/builder.html) offers for an attribute: `x-values`, with `x-multiple`
// for comma-separated lists. Keyed by tag and attribute, since `hide` of a playground is not
// another element's.
const VALUES = {
  'nn-playground': {
    features: { values: FEATURE_NAMES, multiple: true },
    hide: { values: [...CONTROL_NAMES, ...FEATURE_NAMES], multiple: true },
    lock: { values: [...CONTROL_NAMES, ...FEATURE_NAMES], multiple: true },
    'learning-rate': { values: LEARNING_RATES },
    'regularization-rate': { values: REGULARIZATION_RATES },
    speed: { values: SPEEDS },
  },
};

const events = readFileSync(new URL('../src/events.ts', import.meta.url), 'utf8');
const eventTypes = Object.fromEntries([...events.matchAll(/'(nn-[a-z-]+)': (CustomEvent<\w+>);/g)].map((m) => [m[1], m[2]]));

const styles = readFileSync(new URL('../src/elements/shared/styles.ts', import.meta.url), 'utf8');
const THEME_DOCS = {
  '--nn-positive': 'Colour of positive values: weights, outputs, the +1 class',
  '--nn-negative': 'Colour of negative values: weights, outputs, the −1 class',
  '--nn-neutral': 'Colour of zero in heatmaps',
  '--nn-negative-region': "A plot's background where the output is −1 (the class colour 45% over the surface; #a11f00 in the dark theme)",
  '--nn-positive-region': "A plot's background where the output is +1 (the class colour 45% over the surface; #00539b in the dark theme)",
  '--nn-accent': 'Accent colour: Play, selection, hovered buttons',
  '--nn-text': 'Text colour',
  '--nn-muted': 'Colour of secondary text: labels, hints, axes',
  '--nn-surface': 'Background of nodes, panels and controls',
  '--nn-border': 'Border colour of nodes, panels and controls',
  '--nn-focus': 'Focus ring colour',
  '--nn-error': 'Colour of error messages',
  '--nn-changed': 'Colour of the marks that show what an edit changed',
  '--nn-radius': 'Corner radius of buttons and panels',
  '--nn-train-line': 'Colour of the training-loss line',
  '--nn-test-line': 'Colour of the test-loss line (dashed)',
  '--nn-point-outline': 'Outline of the data points',
  '--nn-font': 'Font family of the element',
};
const theme = [...styles.matchAll(/(?:--_[a-z-]+|font-family): var\((--nn-[a-z-]+), (.+)\);$/gm)].map((m) => ({ name: m[1], default: m[2] }));

const srcDir = new URL('../src/', import.meta.url);
const internal = new Set();
for (const f of readdirSync(srcDir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'))) {
  for (const m of readFileSync(new URL(f, srcDir), 'utf8').matchAll(/@internal\s*\*\/\s*export (?:abstract )?(?:class|interface) (\w+)/g)) internal.add(m[1]);
}
for (const mod of manifest.modules) {
  mod.declarations = (mod.declarations ?? []).filter((d) => !internal.has(d.name));
  mod.exports = (mod.exports ?? []).filter((e) => !internal.has(e.name));
}
manifest.modules = manifest.modules.filter((m) => m.declarations.length || m.exports.length);

const toLib = (path) => path.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js');
for (const mod of manifest.modules) {
  mod.path = toLib(mod.path);
  for (const ex of mod.exports ?? []) if (ex.declaration?.module) ex.declaration.module = toLib(ex.declaration.module);
  for (const d of mod.declarations ?? []) {
    const closed = new Set((d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
    if (d.attributes) d.attributes = d.attributes.filter((a) => !closed.has(a.fieldName ?? a.name));
    if (d.superclass?.module) d.superclass.module = toLib(d.superclass.module);
    for (const m of d.members ?? []) if (m.inheritedFrom?.module) m.inheritedFrom.module = toLib(m.inheritedFrom.module);
    for (const a of d.attributes ?? []) if (a.inheritedFrom?.module) a.inheritedFrom.module = toLib(a.inheritedFrom.module);
    if (!d.tagName) continue;
    // The base class's generic table type, as the data a host passes (dist/locales/en.json lists the keys).
    for (const m of d.members ?? []) {
      if (m.name === 'strings') m.type = { text: `{ [key: string]: string | { one?: string; other: string } | { [name: string]: string } }${d.tagName === 'nn-playground' ? " & { 'nn-graph'?: object; 'nn-dataset-plot'?: object }" : ''} | null` };
    }
    for (const e of d.events ?? []) if (eventTypes[e.name]) e.type = { text: eventTypes[e.name] };
    for (const a of d.attributes ?? []) {
      const text = a.type?.text ?? 'string';
      if (ENUMS[a.name]) a.type = { text: ENUMS[a.name] };
      else if (/\bboolean\b/.test(text)) a.type = { text: 'boolean' };
      else if (/^number( \| null)?$/.test(text)) a.type = { text: 'number' };
      else a.type = { text: 'string' };
      const v = VALUES[d.tagName]?.[a.name];
      if (v) {
        a['x-values'] = [...v.values].map(String);
        if (v.multiple) a['x-multiple'] = true;
      }
    }
    const props = (d.cssProperties ??= []);
    for (const t of theme) {
      const known = props.find((p) => p.name === t.name);
      if (known) known.default ??= t.default;
      else props.push({ name: t.name, description: THEME_DOCS[t.name] ?? '', default: t.default });
    }
  }
}
writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
