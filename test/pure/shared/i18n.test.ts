/** Messages as data and numbers by language, in Node as well as in Chromium. */
import { expect } from 'chai';
import { compileMessages, formatMessage } from '../../../src/elements/shared/i18n/messages.js';
import { loadLocale, localeMessages, registerLocale, resolveLocale } from '../../../src/elements/shared/i18n/registry.js';
import { parseLocaleNumber } from '../../../src/elements/shared/i18n/numbers.js';
import { formatCompact, formatNumber } from '../../../src/elements/shared/i18n/numbers.js';
import { ProblemLog } from '../../../src/elements/shared/attributes/problems.js';
import { GRAPH_STRINGS } from '../../../src/elements/nn-graph/strings.js';

describe('messages and numbers by language', () => {
  it('fills named placeholders in any order, writes numbers the language\'s way and leaves an unknown placeholder visible', () => {
    expect(formatMessage('{b} vor {a}', { a: 1, b: 'x' }, 'de')).to.equal('x vor 1');
    expect(formatMessage('{n} Punkte', { n: 100000 }, 'de')).to.equal('100.000 Punkte');
    expect(formatMessage('{n} points', { n: 100000 }, 'en')).to.equal('100,000 points');
    expect(formatMessage('Hello {who}', {}, 'en')).to.equal('Hello {who}');
  });

  it('chooses plural forms by count through Intl.PluralRules, with "other" as the fallback', () => {
    const m = { one: '{count} layer', other: '{count} layers' };
    expect(formatMessage(m, { count: 1 }, 'en')).to.equal('1 layer');
    expect(formatMessage(m, { count: 2 }, 'en')).to.equal('2 layers');
    expect(formatMessage(m, { count: 0 }, 'en')).to.equal('0 layers');
    expect(formatMessage({ other: '{count} 層' }, { count: 1 }, 'ja')).to.equal('1 層');
    expect(formatMessage({ zero: 'none', other: '{count}' }, { count: 0 }, 'en')).to.equal('none');
  });

  it('compiles English under a language under a host\'s strings, and reports a function or number by key', () => {
    const log = new ProblemLog('nn-graph', true);
    const t = compileMessages(GRAPH_STRINGS, [
      { messages: { play: 'Abspielen', addNeuron: 'Neuron zu {layer}' }, log: null, name: 'de' },
      { messages: { play: 'Los', reset: () => 'x', step: 3, nonsense: 'x' }, log, name: 'strings' },
    ], 'de');
    expect(t.play).to.equal('Los');
    expect(t.addNeuron({ layer: 2 })).to.equal('Neuron zu 2');
    expect(t.reset).to.equal('Reset');
    expect(t.step).to.equal('Step');
    expect(t.hiddenLayerCount({ count: 3 })).to.equal('3 hidden layers');
    expect(log.list.map((p) => p.attribute)).to.deep.equal(['strings.reset', 'strings.step', 'strings.nonsense']);
  });

  it('resolves lang to the most specific known language, else English; a registered language merges over itself', async () => {
    expect(resolveLocale('de-AT')).to.equal('de');
    expect(resolveLocale('EN-gb')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
    expect(resolveLocale('<script>')).to.equal('en');
    registerLocale('xx-test', { 'nn-graph': { play: 'A', step: 'B' } });
    registerLocale('xx-test', { 'nn-graph': { step: 'C' } });
    expect(resolveLocale('xx-TEST-foo')).to.equal('xx-test');
    expect(localeMessages('xx-test', 'nn-graph')).to.deep.equal({ play: 'A', step: 'C' });
    await loadLocale('ja');
    expect(localeMessages('ja', 'nn-playground')!.learningRate).to.equal('学習率');
  });

  it('reads the language\'s decimal separator and refuses the other one rather than guessing', () => {
    expect(parseLocaleNumber('5,00', 'de')).to.deep.equal({ value: 5 });
    expect(parseLocaleNumber('−0,5', 'de')).to.deep.equal({ value: -0.5 });
    expect(parseLocaleNumber('5.00', 'de')).to.deep.equal({ error: 'wrong-separator', separator: ',' });
    expect(parseLocaleNumber('5,00', 'en')).to.deep.equal({ error: 'wrong-separator', separator: '.' });
    expect(parseLocaleNumber('1e3', 'en')).to.deep.equal({ value: 1000 });
    expect(parseLocaleNumber('abc', 'en')).to.deep.equal({ error: 'not-a-number', separator: '.' });
    expect(parseLocaleNumber('٠٫٥', 'ar-EG')).to.deep.equal({ value: 0.5 });
  });

  it('writes numbers with fixed decimals, a real minus, no "−0.00", and the language\'s separator', () => {
    expect(formatNumber(-0.001, 2)).to.equal('0.00');
    expect(formatNumber(-0.5, 2)).to.equal('−0.50');
    expect(formatNumber(0.267, 3, 'de')).to.equal('0,267');
    expect(formatNumber(1234.5, 1, 'de')).to.equal('1234,5');
    expect(formatNumber(0.03, -1, 'fr')).to.equal('0,03');
    expect(formatCompact(1234.5, 2, 'de')).to.equal('1,23k');
    // Arabic's format carries a bidi mark before the sign; the minus must still come first.
    expect(formatNumber(-0.47, 2, 'ar').startsWith('−')).to.equal(true);
  });
});
