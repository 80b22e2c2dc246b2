import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { privateMembers } from '../../scripts/private-names.mjs';

// The CDN bundle renames private members (scripts/private-names.mjs). What an integrator can
// reach must keep its name: every public member, attribute and event of the elements, and
// every public name of the core and the events module as their .d.ts declare them.
const renamed: string[] = privateMembers();
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  modules: { declarations?: { members?: { name: string; privacy?: string }[]; attributes?: { name: string; fieldName?: string }[]; events?: { name: string }[] }[] }[];
};

function publicNamesOfDeclarations(): Set<string> {
  const names = new Set<string>();
  const files = ['lib/events.d.ts', ...readdirSync('lib/core').filter((f) => f.endsWith('.d.ts')).map((f) => `lib/core/${f}`)];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      // A member line of a class or interface: `    name: T;`, `    name(…): T;`, `    get name(): T;`, `readonly name…`.
      const m = /^\s+(?:static\s+)?(?:readonly\s+)?(?:get\s+|set\s+)?([A-Za-z_$][\w$]*)\??\s*[(:<]/.exec(line);
      if (m && !/^\s+(?:private|protected)\b/.test(line)) names.add(m[1]);
    }
  }
  return names;
}

describe('the bundle\'s short private names', () => {
  it('renames private members only: no public member, attribute, event or core API name is among them', () => {
    const open = new Set<string>();
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) {
        for (const m of d.members ?? []) if (!m.privacy || m.privacy === 'public') open.add(m.name);
        for (const a of d.attributes ?? []) open.add(a.fieldName ?? a.name);
        for (const e of d.events ?? []) open.add(e.name);
      }
    }
    for (const n of publicNamesOfDeclarations()) open.add(n);
    expect(open.size).to.be.greaterThan(100);
    expect(renamed.filter((n) => open.has(n))).to.deep.equal([]);
  });

  it('are applied: the bundle holds no renamed member under its long name, except DOM names Terser keeps', () => {
    // The bundle's code (nn-elements.js is a facade over nn-elements.main.js).
    const bundle = readFileSync('dist/nn-elements.main.js', 'utf8');
    expect(renamed.length).to.be.greaterThan(150);
    // As a property: `.name`, or a key `{name:` / `,name:` (a word of a sentence may remain).
    const left = renamed.filter((n) => { const e = n.replace(/\$/g, '\\$'); return new RegExp(`\\.${e}(?![\\w$])|[{,]${e}:`).test(bundle); });
    // DOM names, which Terser keeps, are not in the list (scripts/private-names.mjs).
    expect(left).to.deep.equal([]);
  });
});
