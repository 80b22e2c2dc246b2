import { expect } from 'chai';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

// custom-elements.json as tools and integrators read it: complete, typed, pointing at the
// JavaScript the package ships (lib/ exists: npm test builds before the Node tests).
interface Decl {
  tagName?: string;
  name: string;
  attributes?: { name: string; type?: { text: string } }[];
  events?: { name: string; type?: { text: string } }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}
const manifest: { modules: { path: string; declarations?: Decl[] }[] } = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ d, path: m.path })));
const styleText = (tag: string) => readdirSync(`src/elements/${tag}`).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(`src/elements/${tag}/${f}`, 'utf8')).join('\n') + readFileSync('src/elements/shared/styles.ts', 'utf8');

describe('custom-elements.json', () => {
  it('lists the four elements at the JavaScript paths the package ships', () => {
    expect(elements.map((e) => e.d.tagName).sort()).to.deep.equal(['nn-dataset-plot', 'nn-graph', 'nn-playground', 'nn-quiz-task']);
    for (const m of manifest.modules) {
      expect(m.path, m.path).to.match(/^lib\/.*\.js$/);
      expect(existsSync(m.path), `${m.path} exists after the build`).to.equal(true);
    }
  });

  it('types every event as CustomEvent<Detail> and every attribute', () => {
    for (const { d } of elements) {
      for (const e of d.events ?? []) expect(e.type?.text, `${d.tagName} ${e.name}`).to.match(/^CustomEvent<Nn\w+Detail>$/);
      for (const a of d.attributes ?? []) expect(a.type?.text, `${d.tagName} ${a.name}`).to.match(/^(string|number|boolean|'[^']+'( \| '[^']+')*)$/);
    }
  });

  it('documents every --nn-* custom property each element reads', () => {
    for (const { d } of elements) {
      const used = new Set([...styleText(d.tagName!).matchAll(/var\((--nn-[a-z-]+)/g)].map((m) => m[1]));
      const listed = new Set((d.cssProperties ?? []).map((p) => p.name));
      expect([...used].filter((u) => !listed.has(u)), d.tagName).to.deep.equal([]);
    }
  });

  it('lists the parts the playground exports from its inner graph and plot, each a real part there', () => {
    const byTag: Record<string, Decl> = Object.fromEntries(elements.map(({ d }) => [d.tagName, d]));
    const source = readFileSync('src/elements/nn-playground/nn-playground.component.ts', 'utf8');
    const exported = [...source.matchAll(/<(nn-[a-z-]+) exportparts="([^"]+)"/g)];
    expect(exported.length).to.equal(2);
    const playgroundParts = new Set((byTag['nn-playground'].cssParts ?? []).map((p) => p.name));
    for (const [, tag, list] of exported) {
      const inner = new Set((byTag[tag].cssParts ?? []).map((p) => p.name));
      for (const pair of list.split(',')) {
        const [from, to] = pair.split(':').map((s) => s.trim());
        expect(inner.has(from), `${tag} has a part ${from}`).to.equal(true);
        expect(playgroundParts.has(to), `nn-playground documents ${to}`).to.equal(true);
      }
    }
  });
});
