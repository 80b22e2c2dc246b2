/** Playground settings from attributes and from code, in Node as well as in Chromium. */
import { expect } from 'chai';
import { DEFAULT_CONFIG, parseConfig, validatePartialConfig } from '../../../src/elements/nn-playground/config.js';
import { ProblemLog, quote } from '../../../src/elements/shared/attributes/problems.js';
import { asText, toBoolean, parseLayersAttr, parseNameListAttr, parseNumberAttr, parseTextAttr, toNumber } from '../../../src/elements/shared/attributes/parse.js';

const log = () => new ProblemLog('nn-playground', true);

describe('playground config parsing', () => {
  it('gives the defaults for no attributes, with no problem', () => {
    const l = log();
    expect(parseConfig({}, l)).to.deep.equal(DEFAULT_CONFIG);
    expect(l.list).to.deep.equal([]);
  });

  it('reads every setting from text, numbers and arrays alike', () => {
    const l = log();
    const c = parseConfig({ dataset: 'XOR', features: ['x1', 'sin-x2'], layers: [3, 2], activation: 'relu', learningRate: 0.1, regularization: 'l1', regularizationRate: '0.003', batchSize: 5, noise: '20', trainRatio: 70, seed: 9, speed: '10', showTestData: 'true', discretize: 'false', maxEpochs: '200' }, l);
    expect(c).to.deep.equal({ dataset: 'xor', problem: 'classification', features: ['x1', 'sin-x2'], layers: [3, 2], activation: 'relu', learningRate: 0.1, regularization: 'l1', regularizationRate: 0.003, batchSize: 5, noise: 20, trainRatio: 70, seed: '9', showTestData: true, discretize: false, speed: 10, maxEpochs: 200 });
    expect(l.list).to.deep.equal([]);
  });

  it('uses the nearest listed rate on a log scale and says so', () => {
    const l = log();
    expect(parseConfig({ learningRate: '0.02' }, l).learningRate).to.equal(0.03);
    expect(parseConfig({ learningRate: '0.0015' }, l).learningRate).to.equal(0.001);
    expect(parseConfig({ regularizationRate: '0.0025' }, l).regularizationRate).to.equal(0.003);
    expect(l.messages.join()).to.contain('learning-rate="0.0015": must be one of');
  });

  it('the problem type follows the dataset; a mismatch is reported', () => {
    const l = log();
    expect(parseConfig({ dataset: 'plane' }, l).problem).to.equal('regression');
    expect(parseConfig({ dataset: 'plane', problem: 'classification' }, l).problem).to.equal('regression');
    expect(l.messages.join()).to.contain('does not fit dataset "plane"');
  });

  it('reports unknown and repeated features, keeping the known ones', () => {
    const l = log();
    expect(parseConfig({ features: 'x1,x1,foo' }, l).features).to.deep.equal(['x1']);
    expect(l.messages[0]).to.contain('unknown "foo"');
    const m = log();
    expect(parseConfig({ features: 'x2,x2' }, m).features).to.deep.equal(['x2']);
    expect(m.messages[0]).to.contain('"x2" is listed twice');
    expect(parseConfig({ features: 'foo' }, log()).features).to.deep.equal(['x1', 'x2']);
  });

  it('validatePartialConfig takes either spelling and throws a message listing every problem', () => {
    const base = { ...DEFAULT_CONFIG };
    expect(validatePartialConfig({ layers: [3], 'learning-rate': 0.01, activation: 'relu' }, base)).to.deep.include({ layers: [3], learningRate: 0.01, activation: 'relu', dataset: 'circle' });
    expect(validatePartialConfig({ batchSize: 20 }, base).batchSize).to.equal(20);
    expect(() => validatePartialConfig({ colour: 'red', activation: 'swish' }, base)).to.throw('invalid playground config: unknown setting "colour"; activation "swish" must be one of relu, tanh, sigmoid, linear');
    expect(() => validatePartialConfig([1], base)).to.throw('a playground config must be an object');
    expect(() => validatePartialConfig(null, base)).to.throw('a playground config must be an object');
  });

  it('toBoolean reads "false" and absent as off', () => {
    expect([toBoolean(''), toBoolean('false'), toBoolean(' FALSE '), toBoolean(null), toBoolean(undefined), toBoolean(0), toBoolean(true), toBoolean('yes')]).to.deep.equal([true, false, false, false, false, false, true, true]);
  });
});

describe('attribute parsers take any value', () => {
  it('asText spells every type as its attribute would', () => {
    expect([asText(null), asText(undefined), asText('a'), asText(3), asText(true), asText([4, 2]), asText(['a', ['b', null]]), asText({})]).to.deep.equal([null, null, 'a', '3', 'true', '4,2', 'a,b,', '[object]']);
  });

  it('toNumber accepts decimals only', () => {
    expect([toNumber('1.5'), toNumber(' -2 '), toNumber('.5'), toNumber('1e3'), toNumber(7), toNumber(NaN), toNumber('0x10'), toNumber('Infinity'), toNumber('1e309'), toNumber(''), toNumber(null)]).to.deep.equal([1.5, -2, 0.5, 1000, 7, null, null, null, null, null, null]);
  });

  it('parseNumberAttr clamps out-of-range values and falls back on bad ones, saying which', () => {
    const l = log();
    expect(parseNumberAttr(l, 'noise', '70', 0, 0, 50, true)).to.equal(50);
    expect(l.messages[0]).to.equal('<nn-playground> noise="70": must be a whole number from 0 to 50; using 50.');
    expect(parseNumberAttr(l, 'noise', '2.5', 0, 0, 50, true)).to.equal(0);
    expect(parseNumberAttr(l, 'noise', '2.5', 0, 0, 50)).to.equal(2.5);
    expect(parseNumberAttr(l, 'noise', '-1', 0, 0, 50)).to.equal(0);
    expect(parseNumberAttr(l, 'noise', null, 7, 0, 50)).to.equal(7);
    expect(parseNumberAttr(l, 'noise', '  ', 7, 0, 50)).to.equal(7);
  });

  it('parseLayersAttr drops bad sizes, clamps big ones and caps the layer count', () => {
    const l = log();
    expect(parseLayersAttr(l, '4, 2', [1], 6, 8)).to.deep.equal([4, 2]);
    expect(parseLayersAttr(l, [3], [1], 6, 8)).to.deep.equal([3]);
    expect(parseLayersAttr(l, '', [1], 6, 8)).to.deep.equal([]);
    expect(parseLayersAttr(l, '0', [1], 6, 8)).to.deep.equal([]);
    expect(parseLayersAttr(l, null, [1], 6, 8)).to.deep.equal([1]);
    expect(l.list).to.deep.equal([]);
    expect(parseLayersAttr(l, '4,x,20', [1], 6, 8)).to.deep.equal([4, 8]);
    expect(l.messages[0]).to.contain('layers="4,x,20"').and.contain('using "4,8"');
    expect(parseLayersAttr(log(), '1,1,1,1,1,1,1', [1], 6, 8)).to.have.length(6);
    expect(parseLayersAttr(log(), {}, [1], 6, 8)).to.deep.equal([]);
  });

  it('parseNameListAttr and parseTextAttr', () => {
    const l = log();
    expect(parseNameListAttr(l, 'hide', ['noise', 'seed'], ['noise', 'speed'])).to.deep.equal(['noise']);
    expect(l.messages[0]).to.contain('unknown "seed"');
    expect(parseNameListAttr(log(), 'hide', null, ['noise'])).to.equal(null);
    expect(parseTextAttr(log(), 'seed', ' 7 ')).to.equal('7');
    expect(parseTextAttr(log(), 'seed', 7)).to.equal('7');
    expect(parseTextAttr(log(), 'seed', '', 'dflt')).to.equal('dflt');
    const m = log();
    expect(parseTextAttr(m, 'seed', { a: 1 }, '1')).to.equal('1');
    expect(m.messages[0]).to.contain('must be text');
  });

  it('quote keeps at most 80 characters of a value', () => {
    expect(quote('abc')).to.equal('abc');
    expect(quote('x'.repeat(81))).to.equal(`${'x'.repeat(80)}… (81 characters)`);
    expect(quote('x'.repeat(80))).to.equal('x'.repeat(80));
  });
});

describe('formatCompact, for values in nodes', () => {
  it('keeps at most 5 characters with the sign: fewer decimals first, then k and M', async () => {
    const { formatCompact } = await import('../../../src/elements/shared/i18n/numbers.js');
    expect(formatCompact(1234.5, 2)).to.equal('1.23k');
    expect(formatCompact(-0.5, 3)).to.equal('−0.50');
    expect(formatCompact(0.191, 2)).to.equal('0.19');
    expect(formatCompact(12.345, 2)).to.equal('12.35');
    expect(formatCompact(123.45, 2)).to.equal('123.5');
    expect(formatCompact(-123.45, 2)).to.equal('−123');
    expect(formatCompact(99999, 2)).to.equal('100k');
    expect(formatCompact(2.5e6, 2)).to.equal('2.5M');
    expect(formatCompact(0, 2)).to.equal('0.00');
    expect(formatCompact(-3e12, 2)).to.equal('−3e12');
  });
});
