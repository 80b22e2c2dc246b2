import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';

// The README's JavaScript snippets are type-checked as test/types/readme-N.js: each must be
// there verbatim, so that editing one without the other fails.
describe('README snippets', () => {
  it('every ```js block of the README is a type-checked file in test/types, verbatim', () => {
    const readme = readFileSync('README.md', 'utf8');
    const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
    const files = readdirSync('test/types').filter((f) => /^readme-\d+\.js$/.test(f)).sort();
    expect(blocks.length).to.be.above(0);
    expect(files.length).to.equal(blocks.length);
    blocks.forEach((b, i) => expect(readFileSync(`test/types/readme-${i + 1}.js`, 'utf8').endsWith(b), `README snippet ${i + 1}`).to.equal(true));
  });
});
