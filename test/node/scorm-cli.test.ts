import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';

// `nn-elements scorm` as an author runs it (npm test builds dist/ first): the real command in
// a child process, its zip read back with fflate.
const bin = 'bin/nn-elements.mjs';
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

function page(dir: string, name: string, body: string, head = '<script type="module" src="' + process.cwd() + '/dist/nn-elements.js"></script>'): string {
  const file = join(dir, name);
  writeFileSync(file, `<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`);
  return file;
}

describe('nn-elements scorm', () => {
  it('packages the fixture lesson for SCORM 1.2: the page with the adapter injected, dist/, the manifest with its mastery score, the 1.2 schema files', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'scorm-')), 'lesson.zip');
    const r = run('scorm', 'test/fixtures/scorm/lesson.html', '--out', out, '--mastery-score', '80', '--title', 'Activation & more');
    expect(r.status, r.stderr).to.equal(0);
    const zip = unzipSync(readFileSync(out));
    const names = Object.keys(zip);
    for (const f of ['imsmanifest.xml', 'nn-scorm.js', 'dist/nn-elements.js', 'test/fixtures/scorm/lesson.html', 'imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imsmd_rootv1p2p1.xsd']) expect(names, f).to.include(f);
    expect(names.some((n) => n.startsWith('dist/locales/')), 'the languages, loaded on demand').to.equal(true);
    const manifest = strFromU8(zip['imsmanifest.xml']);
    expect(manifest).to.contain('<schemaversion>1.2</schemaversion>');
    expect(manifest).to.contain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(manifest).to.contain('<title>Activation &amp; more</title>');
    expect(manifest).to.contain('href="test/fixtures/scorm/lesson.html"');
    const lesson = strFromU8(zip['test/fixtures/scorm/lesson.html']);
    expect(lesson).to.contain('<script type="module" src="../../../nn-scorm.js"></script>');
    expect(lesson).to.contain('<meta name="nn-scorm-version" content="1.2">');
  });

  it('for SCORM 2004: the 2004 manifest with the mastery score as the primary objective\'s measure, and its schema files', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'scorm-')), 'lesson.zip');
    expect(run('scorm', 'test/fixtures/scorm/lesson.html', '--out', out, '--scorm', '2004', '--mastery-score', '75').status).to.equal(0);
    const zip = unzipSync(readFileSync(out));
    const manifest = strFromU8(zip['imsmanifest.xml']);
    expect(manifest).to.contain('2004 4th Edition');
    expect(manifest).to.contain('<imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>');
    for (const f of ['imscp_v1p1.xsd', 'adlcp_v1p3.xsd', 'adlseq_v1p3.xsd', 'adlnav_v1p3.xsd', 'imsss_v1p0.xsd']) expect(Object.keys(zip), f).to.include(f);
  });

  it('refuses, by name and without writing a zip: a missing page, a page with no nn-* element, a remote script, a missing file, a bad option', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorm-'));
    const out = join(dir, 'x.zip');
    const cases: [string[], RegExp][] = [
      [['scorm', join(dir, 'nope.html'), '--out', out], /lesson page not found: .*nope\.html/],
      [['scorm', page(dir, 'plain.html', '<p>No elements.</p>'), '--out', out], /has no nn-\* element/],
      [['scorm', page(dir, 'cdn.html', '<nn-graph></nn-graph>', '<script type="module" src="https://unpkg.com/nn-elements/dist/nn-elements.js"></script>'), '--out', out], /remote script.*https:\/\/unpkg\.com/],
      [['scorm', page(dir, 'img.html', '<nn-graph></nn-graph><img src="missing.png" alt="">'), '--out', out], /files that do not exist: missing\.png/],
      [['scorm', 'test/fixtures/scorm/lesson.html', '--scorm', '3', '--out', out], /--scorm must be 1\.2 or 2004/],
      [['pack', 'x.html'], /usage: nn-elements scorm/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect(r.status, args.join(' ')).to.equal(1);
      expect(r.stderr).to.match(message);
      expect(existsSync(out), `${args.join(' ')} wrote no zip`).to.equal(false);
    }
  });

  it('packages the demo lesson for 1.2 and 2004, and each imsmanifest.xml validates against its version\'s schemas (xmllint)', () => {
    for (const [version, root, imports] of [
      ['1.2', 'imscp_rootv1p1p2.xsd', [['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'], ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd']]],
      ['2004', 'imscp_v1p1.xsd', [['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'], ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'], ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd']]],
    ] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'scorm-'));
      const zipFile = join(dir, 'lesson.zip');
      const r = run('scorm', 'demo/index.html', '--out', zipFile, '--scorm', version, '--mastery-score', '80');
      expect(r.status, r.stderr).to.equal(0);
      for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zipFile)))) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), bytes);
      }
      expect(existsSync(join(dir, root)), root).to.equal(true);
      // One schema that imports each namespace the manifest uses, as validators of packages do.
      const all = join(dir, 'all.xsd');
      writeFileSync(all, `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">${imports.map(([ns, file]) => `<xsd:import namespace="${ns}" schemaLocation="${join(dir, file)}"/>`).join('')}</xsd:schema>`);
      const lint = spawnSync('xmllint', ['--noout', '--schema', all, join(dir, 'imsmanifest.xml')], { encoding: 'utf8' });
      expect(lint.error, 'xmllint (Debian: libxml2-utils; .ci/run installs it)').to.equal(undefined);
      expect(lint.stderr, `SCORM ${version}`).to.contain('imsmanifest.xml validates');
    }
  });
});
