import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// The harnesses (test/harness/<tag>.ts) are the only place that names the elements' shadow
// markup: a class name or a data attribute in a selector anywhere else is a test that breaks
// when the markup changes, though nothing a learner sees did.
describe('test harnesses', () => {
  it('no suite outside test/harness names a class or data attribute of the shadow markup in a selector', () => {
    const files = readdirSync('test', { recursive: true }).map(String)
      .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('harness') && !f.startsWith('fixtures') && !f.startsWith('types') && !f.startsWith('node'));
    const offences: string[] = [];
    // A selector in a query: a class (.name) or a data attribute ([data-…]).
    const query = /(querySelector(?:All)?|deepQueryAll)\s*(?:<[^>]*>)?\(\s*(?:[^,()]+,\s*)?(['"`])([^'"`]*)\2/g;
    for (const f of files) {
      const text = readFileSync(join('test', f), 'utf8');
      for (const m of text.matchAll(query)) {
        // The quiz's data-choice, data-feedback… are the author's light-DOM markers, a public API.
        const selector = m[3].replace(/\[data-(choice|correct|feedback|question|explanation|solution)\]/g, '');
        if (/(^|[\s,>+~(])[a-z-]*\.[a-z]|\[data-/i.test(selector)) offences.push(`${f}: ${m[0]}`);
      }
    }
    expect(offences).to.deep.equal([]);
  });
});
