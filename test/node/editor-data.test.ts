import { expect } from 'chai';
import { readFileSync } from 'node:fs';

// The editor files npm run build makes from the manifest (scripts/editor-data.mjs) hold every
// tag, attribute, CSS property and part, and package.json points JetBrains IDEs at theirs.
const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
const manifest = read('custom-elements.json');
const elements = manifest.modules.flatMap((m: any) => (m.declarations ?? []).filter((d: any) => d.tagName));

describe('editor data in dist/', () => {
  it('web-types.json lists every tag with every attribute, and package.json names it', () => {
    const web = read('dist/web-types.json');
    expect(read('package.json')['web-types']).to.equal('./dist/web-types.json');
    for (const d of elements) {
      const el = web.contributions.html.elements.find((e: any) => e.name === d.tagName);
      expect(el, d.tagName).to.not.equal(undefined);
      expect(el.attributes.map((a: any) => a.name).sort(), d.tagName).to.include.members(d.attributes.map((a: any) => a.name));
    }
  });

  it('vscode.css-custom-data.json lists every --nn-* property and every ::part()', () => {
    const css = read('dist/vscode.css-custom-data.json');
    const names = css.properties.map((p: any) => p.name);
    const parts = JSON.stringify(css.pseudoElements ?? []);
    for (const d of elements) {
      for (const p of d.cssProperties ?? []) expect(names, `${d.tagName} ${p.name}`).to.include(p.name);
      for (const p of d.cssParts ?? []) expect(parts, `${d.tagName} ::part(${p.name})`).to.contain(`part(${p.name})`);
    }
  });
});
