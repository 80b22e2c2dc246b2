/** Messages as data and numbers by language, in Node as well as in Chromium. */
import { expect } from 'chai';
import { compileMessages, formatMessage } from '../../../src/elements/shared/i18n/messages.js';
import { loadLocale, localeMessages, registerLocale, resolveLocale } from '../../../src/elements/shared/i18n/registry.js';
import { parseLocaleNumber } from '../../../src/elements/shared/i18n/numbers.js';
import { decimalSeparator, formatCompact, formatEpoch, formatNumber, formatPercent, numberFormat } from '../../../src/elements/shared/i18n/numbers.js';
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

  it('writes English without Intl exactly as Intl does: fixed decimals, any decimals grouped, percentages, epochs, plural forms', () => {
    const values = [0, -0, 1, -1, 0.5, -0.5, 0.005, -0.005, 0.125, 2.675, 1.005, 1234.5678, -1234.5678, 999.995, 1e6, -98765432.1, 123456789012, 1e20, 1e21, 3e25, 0.1 + 0.2, Number.EPSILON, 5e-7];
    // And pseudo-random ones across magnitudes, the same on every run.
    let x = 7;
    for (let i = 0; i < 400; i++) {
      x = (x * 48271) % 2147483647;
      values.push(((x / 2147483647) - 0.5) * 10 ** ((x % 13) - 4));
    }
    for (const v of values) {
      for (let d = 0; d <= 6; d++) {
        const intl = new Intl.NumberFormat('en', { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: false }).format(v);
        expect(numberFormat('en', d).format(v), `${v} with ${d} decimals`).to.equal(intl);
      }
      const whole = Math.round(v);
      expect(numberFormat('en', -1).format(whole), `${whole}`).to.equal(new Intl.NumberFormat('en', { maximumFractionDigits: 20 }).format(whole));
      expect(numberFormat('en', -1).format(v), `${v}`).to.equal(new Intl.NumberFormat('en', { maximumFractionDigits: 20 }).format(v));
    }
    const percent = new Intl.NumberFormat('en', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    for (const v of [...values, 0.0145, 0.9995, 0.952, 1, 0.00049, 12.3456]) expect(formatPercent(v, 'en'), `${v} as a percentage`).to.equal(percent.format(v));
    for (const n of [0, 1, 12, 999, 1000, 123456, 1234567, 99999999]) expect(formatEpoch(n, 'en')).to.equal(new Intl.NumberFormat('en', { minimumIntegerDigits: 6, maximumFractionDigits: 0, useGrouping: true }).format(n));
    const rules = new Intl.PluralRules('en');
    const message = { one: '{count} layer', other: '{count} layers' };
    for (const n of [-2, -1, 0, 1, 2, 11, 21, 1.5]) expect(formatMessage(message, { count: n }, 'en'), String(n)).to.equal(`${numberFormat('en', -1).format(n)} ${rules.select(n) === 'one' ? 'layer' : 'layers'}`);
    expect(decimalSeparator('en')).to.equal('.');
  });
});
