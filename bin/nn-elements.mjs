#!/usr/bin/env node
// nn-elements scorm <lesson.html> [--out lesson.zip] [--scorm 1.2|2004] [--title "…"] [--mastery-score 0-100]
// Packages a lesson page as a SCORM package for any LMS: the page, the local files it references
// (the whole dist/ folder when it loads one of its files, since the elements load languages and
// features on demand), an imsmanifest.xml with the schema files its version requires, and the
// runtime adapter (dist/nn-scorm.js) injected into the page. Anything wrong is said by name, and
// no zip is written then.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = resolve(here, '..');

export class PackageError extends Error {}

const USAGE = 'usage: nn-elements scorm <lesson.html> [--out lesson.zip] [--scorm 1.2|2004] [--title "…"] [--mastery-score 0-100]';

/** The command line's options, checked. */
export function parseArgs(argv) {
  const [command, ...rest] = argv;
  if (command !== 'scorm') throw new PackageError(USAGE);
  const opts = { lesson: '', out: '', version: '1.2', title: '', mastery: null };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      if (i + 1 >= rest.length) throw new PackageError(`${a} needs a value\n${USAGE}`);
      return rest[++i];
    };
    if (a === '--out') opts.out = value();
    else if (a === '--scorm') opts.version = value();
    else if (a === '--title') opts.title = value();
    else if (a === '--mastery-score') opts.mastery = Number(value());
    else if (a.startsWith('--')) throw new PackageError(`unknown option ${a}\n${USAGE}`);
    else if (!opts.lesson) opts.lesson = a;
    else throw new PackageError(`one lesson page at a time, not also ${a}`);
  }
  if (!opts.lesson) throw new PackageError(USAGE);
  if (!['1.2', '2004'].includes(opts.version)) throw new PackageError(`--scorm must be 1.2 or 2004, not ${opts.version}`);
  if (opts.mastery !== null && !(opts.mastery >= 0 && opts.mastery <= 100)) throw new PackageError('--mastery-score must be a number from 0 to 100');
  opts.out ||= opts.lesson.replace(/\.html?$/i, '') + '.zip';
  return opts;
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every local file a page references (script src, link href, img/source/video/audio src), and the remote scripts. */
export function referencesOf(html) {
  const local = new Set();
  const remoteScripts = [];
  for (const m of html.matchAll(/<(script|link|img|source|video|audio|track)\b[^>]*?\s(src|href)\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
    const tag = m[1].toLowerCase();
    const url = (m[4] ?? m[5] ?? '').trim();
    if (!url || url.startsWith('data:') || url.startsWith('#')) continue;
    if (/^([a-z]+:)?\/\//i.test(url)) {
      if (tag === 'script' || (tag === 'link' && /rel\s*=\s*["']?(stylesheet|modulepreload)/i.test(m[0]))) remoteScripts.push(url);
      continue;
    }
    local.add(url.split(/[?#]/)[0]);
  }
  return { local: [...local], remoteScripts };
}

function listFiles(dir) {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile()).map((f) => join(dir, f));
}

/** The one resource, the lesson, with every file; 1.2 spells the SCO attribute scormtype, 2004 scormType. */
function resources(scormAttribute, href, files) {
  return `  <resources>
    <resource identifier="lesson" type="webcontent" adlcp:${scormAttribute}="sco" href="${escapeXml(href)}">
${files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n')}
    </resource>
  </resources>`;
}

function manifest12(title, href, files, mastery) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="nn-elements-lesson" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${escapeXml(title)}</title>
      <item identifier="item" identifierref="lesson" isvisible="true">
        <title>${escapeXml(title)}</title>${mastery === null ? '' : `\n        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>`}
      </item>
    </organization>
  </organizations>
${resources('scormtype', href, files)}
</manifest>
`;
}

function manifest2004(title, href, files, mastery) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="nn-elements-lesson" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${escapeXml(title)}</title>
      <item identifier="item" identifierref="lesson">
        <title>${escapeXml(title)}</title>${mastery === null ? '' : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="score" satisfiedByMeasure="true"><imsss:minNormalizedMeasure>${mastery / 100}</imsss:minNormalizedMeasure></imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`}
      </item>
    </organization>
  </organizations>
${resources('scormType', href, files)}
</manifest>
`;
}

/** The package's files as { path in the zip: bytes }, or a PackageError naming what is wrong. */
export function buildPackage(opts) {
  const lessonPath = resolve(opts.lesson);
  if (!existsSync(lessonPath)) throw new PackageError(`lesson page not found: ${opts.lesson}`);
  const html = readFileSync(lessonPath, 'utf8');
  if (!/<nn-(graph|playground|dataset-plot|quiz-task)\b/.test(html)) throw new PackageError(`${opts.lesson} has no nn-* element: nothing to package`);
  const { local, remoteScripts } = referencesOf(html);
  if (remoteScripts.length) throw new PackageError(`${opts.lesson} loads a remote script or stylesheet (${remoteScripts.join(', ')}): an LMS package must carry its own files; copy dist/ next to the page and load it from there`);
  const base = dirname(lessonPath);
  const files = new Map();
  const missing = [];
  for (const ref of local) {
    const abs = resolve(base, decodeURIComponent(ref));
    if (!existsSync(abs) || !statSync(abs).isFile()) {
      missing.push(ref);
      continue;
    }
    files.set(abs, true);
    // A file of a dist/ folder brings the folder: its chunks, languages and on-demand features load at run time.
    if (basename(dirname(abs)) === 'dist' || existsSync(join(dirname(abs), 'nn-elements.js'))) {
      for (const f of listFiles(dirname(abs))) if (/\.(js|css)$/.test(f)) files.set(f, true);
    }
  }
  if (missing.length) throw new PackageError(`${opts.lesson} references files that do not exist: ${missing.join(', ')}`);
  const adapter = join(packageRoot, 'dist', 'nn-scorm.js');
  if (!existsSync(adapter)) throw new PackageError(`the runtime adapter ${adapter} is missing: run npm run build`);
  // The zip's root: the lowest folder holding the page and every file.
  const all = [lessonPath, ...files.keys()];
  let root = base;
  while (!all.every((f) => f.startsWith(root + sep))) root = dirname(root);
  const inZip = (f) => relative(root, f).split(sep).join('/');
  const lessonHref = inZip(lessonPath);
  const adapterHref = relative(dirname(lessonPath), join(root, 'nn-scorm.js')).split(sep).join('/') || 'nn-scorm.js';
  const injected = `<meta name="nn-scorm-version" content="${opts.version}">\n<script type="module" src="${adapterHref}"></script>\n`;
  const page = /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${injected}</head>`) : injected + html;
  const out = { [lessonHref]: strToU8(page), 'nn-scorm.js': readFileSync(adapter) };
  for (const f of files.keys()) out[inZip(f)] = readFileSync(f);
  const title = opts.title || (/<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? basename(lessonPath)).trim();
  const listed = Object.keys(out).sort();
  out['imsmanifest.xml'] = strToU8(opts.version === '1.2' ? manifest12(title, lessonHref, listed, opts.mastery) : manifest2004(title, lessonHref, listed, opts.mastery));
  const schemas = join(packageRoot, 'dist', 'scorm-schemas', opts.version === '1.2' ? 'scorm12edition' : 'scorm20044thedition');
  if (!existsSync(schemas)) throw new PackageError(`the SCORM schema files ${schemas} are missing: run npm run build`);
  for (const f of listFiles(schemas)) out[relative(schemas, f).split(sep).join('/')] = readFileSync(f);
  return out;
}

export function main(argv) {
  try {
    const opts = parseArgs(argv);
    const files = buildPackage(opts);
    writeFileSync(opts.out, zipSync(files, { level: 9 }));
    console.log(`${opts.out}: SCORM ${opts.version} package of ${opts.lesson} (${Object.keys(files).length} files)`);
    return 0;
  } catch (e) {
    if (e instanceof PackageError) {
      console.error(`nn-elements: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
