// Writes dist/allowlist.json from custom-elements.json, for HTML sanitizers (DOMPurify,
// sanitize-html, WordPress kses; see docs/cms.md): { tag: [attributes] } for our four tags,
// plus "*": the data-* markers that <nn-quiz-task> reads on the author's own elements.
// Run by `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
// Old names still read on plain pages (attributeAliases in the element classes).
const ALIASES = { 'nn-dataset-plot': ['dataset'], 'nn-playground': ['dataset'] };
const allow = {};
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    allow[d.tagName] = ['id', 'class', 'lang', 'dir', ...(d.attributes ?? []).map((a) => a.name), ...(ALIASES[d.tagName] ?? [])];
  }
}
allow['*'] = ['data-question', 'data-choice', 'data-correct', 'data-feedback', 'data-explanation', 'data-solution'];
mkdirSync('dist', { recursive: true });
writeFileSync('dist/allowlist.json', JSON.stringify(allow, null, 2) + '\n');
