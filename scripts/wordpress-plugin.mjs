// The WordPress plugin (integrations/wordpress/nn-elements/): after the build, dist/'s browser
// files go into the plugin's dist/ (the elements, their chunks and languages, and the
// allowlist kses reads), and the plugin folder is zipped to dist/nn-elements-wordpress.zip,
// ready for Plugins > Add New > Upload Plugin.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const plugin = 'integrations/wordpress/nn-elements';
const into = join(plugin, 'dist');
if (!existsSync('dist/nn-elements.js') || !existsSync('dist/allowlist.json')) {
  console.error('wordpress-plugin: dist/nn-elements.js or dist/allowlist.json is missing: run the build first');
  process.exit(1);
}
rmSync(into, { recursive: true, force: true });
mkdirSync(into, { recursive: true });
// What a page of the site loads: the bundle, its on-demand chunks and languages. Not the
// per-element files (the plugin loads the bundle), source maps, nor the SCORM files.
const wanted = (name) => (/^nn-elements(\.[a-z-]+)?\.js$/.test(name) || name === 'allowlist.json' || name === 'nn-elements.css');
for (const name of readdirSync('dist')) {
  if (wanted(name)) cpSync(join('dist', name), join(into, name));
}
// The bundle imports its languages from locales/ (and nothing from chunks/, which the per-element files share).
cpSync('dist/locales', join(into, 'locales'), { recursive: true, filter: (f) => !/\.[a-z]+$/.test(f) || f.endsWith('.js') });
const files = {};
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files[`nn-elements/${relative(plugin, path)}`] = readFileSync(path);
  }
};
walk(plugin);
writeFileSync('dist/nn-elements-wordpress.zip', zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
console.log(`dist/nn-elements-wordpress.zip: the WordPress plugin, ${Object.keys(files).length} files`);
