// Generates src/framework-types.ts from custom-elements.json: each element's attributes (as
// markup and JSX write them), its settable properties and its events, for the React and Vue
// type entries (src/react.ts, src/vue.ts). Run by `npm run analyze`; CI checks it is current.
import { readFileSync, writeFileSync } from 'node:fs';

/** One line of the generated file that imports a class as a type. */
const typeImport = (name, modulePath) => ['import type {', name, '} from', `'${modulePath}';`].join(' ');

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const out = [
  '// Generated from custom-elements.json by scripts/gen-framework-types.mjs (npm run analyze): do not edit.',
  "import type { NnEventMap } from './events.js';",
];
const entries = [];
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    const modulePath = `./${mod.path.replace(/^(src|lib)\//, '').replace(/\.ts$/, '.js')}`;
    out.push(typeImport(d.name, modulePath));
    // An attribute named like its property is typed by the property (frameworks set it as one).
    const attrs = (d.attributes ?? []).filter((a) => a.name !== a.fieldName).map((a) => `  /** ${(a.description ?? '').replace(/\*\//g, '').replace(/\s+/g, ' ').trim()} */\n  '${a.name}'?: ${a.type?.text?.includes('boolean') ? 'boolean | string' : 'string | number'} | null;`);
    const writable = (d.members ?? []).filter((m) => m.kind === 'field' && (!m.privacy || m.privacy === 'public') && !m.static && !m.readonly).map((m) => `'${m.name}'`);
    const events = (d.events ?? []).map((e) => `'${e.name}'`);
    entries.push({ tag: d.tagName, name: d.name, attrs, writable, events });
  }
}
out.push('');
for (const e of entries) {
  out.push(`/** The attributes of <${e.tag}>, as written in markup and JSX. */`);
  out.push(`export interface ${e.name}Attributes {\n${e.attrs.join('\n')}\n}`);
  out.push(`/** The properties of <${e.tag}> a host may set. */`);
  out.push(`export type ${e.name}Properties = Partial<Pick<${e.name}, ${e.writable.join(' | ') || 'never'}>>;`);
  out.push(`/** The events <${e.tag}> dispatches. */`);
  out.push(`export type ${e.name}Events = Pick<NnEventMap, ${e.events.join(' | ') || 'never'}>;`);
  out.push('');
}
out.push('/** Every element by tag: the class, its attributes, settable properties and events. */');
out.push('export interface NnElements {');
for (const e of entries) out.push(`  '${e.tag}': { element: ${e.name}; attributes: ${e.name}Attributes; properties: ${e.name}Properties; events: ${e.name}Events };`);
out.push('}');
writeFileSync('src/framework-types.ts', out.join('\n') + '\n');
