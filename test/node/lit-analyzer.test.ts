import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// What a consumer's editor sees (npm test builds lib/ first): lit-analyzer --strict over Lit
// templates that use every attribute of every element, from the package's shipped types (the
// @attr tags scripts/dts-attrs.mjs writes from the manifest), must find nothing; a misspelled
// attribute must be flagged. The consumer is a project of its own, outside this one (so that
// our sources are not in its program), with the package in its node_modules.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'nn-lit-consumer-'));

/** A valid static value for an attribute of this type. */
function value(type: string): string | null {
  if (type === 'boolean') return null;
  const option = /'([^']+)'/.exec(type);
  if (option) return option[1];
  return type === 'number' ? '1' : 'x';
}

function template(): string {
  const tags: string[] = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      const attrs = (d.attributes ?? []).map((a: { name: string; type?: { text: string } }) => {
        const v = value(a.type?.text ?? 'string');
        return v === null ? a.name : `${a.name}="${v}"`;
      });
      tags.push(`<${d.tagName} ${attrs.join(' ')}></${d.tagName}>`);
    }
  }
  return tags.join('\n  ');
}

/** The problems lit-analyzer reports for the consumer's `file`, one line each (rule: message). */
function analyze(file: string, source: string): string[] {
  writeFileSync(join(dir, file), source);
  // The markdown format analyzes just the files given (the default one walks the whole program).
  const r = spawnSync(process.execPath, [resolve('node_modules/lit-analyzer/cli.js'), '--strict', '--format', 'markdown', file], { cwd: dir, encoding: 'utf8' });
  expect(r.stdout, r.stderr).to.contain('Analyzing 1 file');
  return r.stdout.split('\n').filter((l) => /^\| \d+ +\| \d+ +\| (warning|error)/.test(l)).map((l) => l.split('|').slice(4, 6).map((x) => x.trim()).join(': '));
}

describe('lit-analyzer over a consumer\'s templates', function () {
  this.timeout(120000);
  before(() => {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(resolve('.'), join(dir, 'node_modules/nn-elements'));
    for (const p of ['lit', 'lit-html', 'lit-element', '@lit']) symlinkSync(resolve('node_modules', p), join(dir, 'node_modules', p));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'es2022', module: 'es2022', moduleResolution: 'bundler', strict: true, skipLibCheck: true, noEmit: true, lib: ['es2022', 'dom', 'dom.iterable'] }, include: ['*.ts'] }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  // Not with nn-elements/react in the same program: lit-analyzer 2.0.3 then takes the tags from
  // React's JSX.IntrinsicElements, where it reads no attribute at all (any augmentation does
  // it, not only ours). The README says so.
  for (const [name, imports] of [['the package', "import 'nn-elements';"]]) {
    it(`finds nothing in a template using every attribute of every element, with ${name} imported`, () => {
      const page = template();
      expect(page).to.contain('dataset-name="circle"').and.to.contain('max-layers="1"').and.to.contain('<nn-quiz-task mode="predict"');
      expect(analyze(`every-attribute-${name.length}.ts`, `import { html } from 'lit';\n${imports}\n\nexport const page = html\`\n  ${page}\n\`;\n`)).to.deep.equal([]);
    });
  }

  it('flags a misspelled attribute', () => {
    const source = "import { html } from 'lit';\nimport 'nn-elements';\n\nexport const page = html`<nn-playground dataset-nme=\"xor\" layers=\"3\"></nn-playground>`;\n";
    expect(analyze('misspelled.ts', source)).to.deep.equal(["no-unknown-attribute: Unknown attribute 'dataset-nme'."]);
  });
});
