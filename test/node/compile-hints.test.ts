import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';

// The bundle's files that run while a lesson loads ask V8 to compile all their functions as
// they stream in, off the main thread (rollup.config.mjs, EAGER): lazily compiled, the
// elements' first renders compiled them on the main thread, in tasks of 60 to 90 ms at 4x CPU
// (bench/load.mjs shows the lesson's long tasks). Parts a click needs, and the one-element
// files, stay lazy. After `npm run build`.
const HINT = '//# allFunctionsCalledOnLoad\n';
const starts = (file: string) => readFileSync(`dist/${file}`, 'utf8').startsWith(HINT);

describe('compile hints in dist/', () => {
  it('the shared code, the quiz part and the playground part of the bundle start with V8\'s compile hint', () => {
    for (const f of ['nn-elements.main.js', 'nn-elements.quiz.js', 'nn-elements.playground.js']) expect(starts(f), f).to.equal(true);
  });

  it('no other file has it: the on-demand parts, the facade, the one-element files, their chunks and the languages stay lazy', () => {
    const lazy = [
      ...readdirSync('dist').filter((f) => f.endsWith('.js') && !['nn-elements.main.js', 'nn-elements.quiz.js', 'nn-elements.playground.js'].includes(f)),
      ...readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`),
      ...readdirSync('dist/locales').filter((f) => f.endsWith('.js')).map((f) => `locales/${f}`),
    ];
    expect(lazy.length).to.be.greaterThan(20);
    expect(lazy.filter(starts)).to.deep.equal([]);
    expect(lazy.filter((f) => readFileSync(`dist/${f}`, 'utf8').includes('allFunctionsCalledOnLoad'))).to.deep.equal([]);
  });
});
