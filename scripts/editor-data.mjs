// Editor data for lesson authors, from custom-elements.json with the generators made for it
// (run by `npm run build`, into dist/):
// - web-types.json, for JetBrains IDEs (WebStorm, PhpStorm, IntelliJ): tags, attributes with
//   their values, events, slots, CSS parts and properties; found through package.json's
//   "web-types" field, with nothing to set up;
// - vscode.css-custom-data.json, for VS Code's CSS: the --nn-* properties and the ::part()s
//   (`"css.customData"` in the workspace settings; the HTML data, vscode.html-custom-data.json,
//   comes from dist-data.mjs).
import { readFileSync, rmSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const manifest = () => JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
generateJetBrainsWebTypes(manifest(), { outdir: 'dist', webTypesFileName: 'web-types.json', packageName: 'nn-elements', packageVersion: version, hideLogs: true });
// The generator writes both files; ours of HTML (dist-data.mjs) lists each attribute's values and is kept.
generateVsCodeCustomElementData(manifest(), { outdir: 'dist', htmlFileName: 'vscode.generated-html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true });
rmSync('dist/vscode.generated-html-custom-data.json', { force: true });
