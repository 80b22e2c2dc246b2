// Writes each element's attributes into its class's JSDoc in the shipped .d.ts files (lib/),
// as `@attr {type} name - description` tags, from custom-elements.json (run by `npm run build`,
// after tsc). A consumer's editor and lit-analyzer read attributes from these tags, because a
// .d.ts keeps no decorators; written from the manifest, the tags and the manifest always agree.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
import { ATTRIBUTE_ALIASES } from './attribute-aliases.mjs';
const oneLine = (s) => String(s ?? '').replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();

for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    const file = mod.path.replace(/\.js$/, '.d.ts');
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf(`export declare class ${d.name} `);
    const end = text.lastIndexOf('*/', at);
    if (at < 0 || end < 0 || text.slice(end, at).trim() !== '*/') throw new Error(`dts-attrs: no JSDoc before class ${d.name} in ${file}`);
    const tags = (d.attributes ?? []).map((a) => ` * @attr {${oneLine(a.type?.text ?? 'string')}} ${a.name} - ${oneLine(a.description)}`);
    for (const [alias, name] of Object.entries(ATTRIBUTE_ALIASES[d.tagName] ?? {})) tags.push(` * @attr {string} ${alias} - The old name of \`${name}\`, still read on plain pages.`);
    const body = text.slice(0, end).replace(/\n \* @attr .*(?=\n)/g, '').replace(/\s*$/, '');
    writeFileSync(file, `${body}\n *\n${tags.join('\n')}\n ${text.slice(end)}`);
  }
}
