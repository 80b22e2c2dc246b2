// The SCORM packages the browser tests launch (npm test builds them after dist/): the fixture
// lesson and the demo lesson, packaged by the real command for SCORM 1.2 and 2004, unzipped
// with fflate under test/fixtures/scorm/out/<version>/ and out/demo-<version>/, where the
// tests' LMS page opens them in a frame.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { main } from '../bin/nn-elements.mjs';

const out = 'test/fixtures/scorm/out';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [page, prefix, mastery] of [['test/fixtures/scorm/lesson.html', '', '50'], ['demo/index.html', 'demo-', '80']]) for (const version of ['1.2', '2004']) {
  const zip = join(out, `${prefix}lesson-${version}.zip`);
  if (main(['scorm', page, '--out', zip, '--scorm', version, '--mastery-score', mastery]) !== 0) process.exit(1);
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    const file = join(out, prefix + version, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
}
