/**
 * Speaks the page's language: each element takes the closest `lang`, the shipped languages
 * leave no English behind, a CMS can add a language as JSON, numbers are read and written
 * the language's way, and a right-to-left page keeps formulas and numbers in their order.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { loadLocale, registerLocale } from '../../src/elements/shared/i18n/registry.js';
import { GRAPH_STRINGS } from '../../src/elements/nn-graph/strings.js';
import { PLOT_STRINGS } from '../../src/elements/nn-dataset-plot/strings.js';
import { PLAYGROUND_STRINGS } from '../../src/elements/nn-playground/strings.js';
import { QUIZ_STRINGS } from '../../src/elements/nn-quiz-task/strings.js';
import type { NnGraph } from '../../src/elements/nn-graph/nn-graph.js';
import type { NnDatasetPlot } from '../../src/elements/nn-dataset-plot/nn-dataset-plot.js';
import type { NnPlayground } from '../../src/elements/nn-playground/nn-playground.js';
import type { NnQuizTask } from '../../src/elements/nn-quiz-task/nn-quiz-task.js';
import { byName, deepQueryAll, settle, typeInto } from './helpers.js';
import * as inPlot from '../harness/nn-dataset-plot.js';
import * as inPlayground from '../harness/nn-playground.js';
import * as inGraph from '../harness/nn-graph.js';
import * as inQuiz from '../harness/nn-quiz-task.js';

/** Words that are the same in a language as in English (proper names first). */
const SAME: Record<string, string[]> = {
  all: ['ReLU', 'Tanh', 'Sigmoid', 'Linear', 'L1', 'L2'],
  de: ['Orange', 'orange', 'Regression'],
  fr: ['Orange', 'orange', 'test', 'solution', 'Classification', 'Question', 'Score', 'Points'],
  es: [],
  ja: [],
};

/** The English fragments a learner could read: every message split at its placeholders, four letters or more. */
function englishNeedles(lang: string): string[] {
  const allowed = new Set([...SAME.all, ...SAME[lang]]);
  const out = new Set<string>();
  const add = (text: string) => {
    for (const part of text.split(/\{\w+\}/)) {
      const words = part.replace(/^[\s.,:;()“”"'!?–—-]+|[\s.,:;()“”"'!?–—-]+$/g, '');
      if ((words.match(/\p{L}/gu) ?? []).length >= 4 && !allowed.has(words)) out.add(words);
    }
  };
  for (const table of [GRAPH_STRINGS, PLOT_STRINGS, PLAYGROUND_STRINGS, QUIZ_STRINGS]) {
    for (const value of Object.values(table)) {
      if (typeof value === 'string') add(value);
      else for (const v of Object.values(value as Record<string, string>)) add(v);
    }
  }
  return [...out];
}

/** Everything a learner reads or hears from the shadow roots: text, accessible names, tooltips. */
function learnerText(root: Element): string[] {
  const texts: string[] = [root.shadowRoot?.textContent ?? ''];
  const walk = (r: ParentNode) => {
    for (const el of r.querySelectorAll('*')) {
      for (const a of ['aria-label', 'title', 'placeholder', 'aria-valuetext']) if (el.getAttribute(a)) texts.push(el.getAttribute(a)!);
      if (el.shadowRoot) {
        texts.push(el.shadowRoot.textContent ?? '');
        walk(el.shadowRoot);
      }
    }
  };
  walk(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  return texts;
}


/** A lesson in one language, in the states that show the most text. */
async function lesson(lang: string): Promise<HTMLElement> {
  await loadLocale(lang);
  const page = await fixture<HTMLElement>(html`<div lang=${lang}>
    <nn-graph id="g" inputs="0,0,0" layers="4" seed="7"></nn-graph>
    <nn-quiz-task for="g" mode="check"><p data-question>?</p><p data-choice="a">a</p><p data-choice="b" data-correct>b</p><div data-explanation>e</div></nn-quiz-task>
    <nn-playground id="p" layers="4,2" show-test-data></nn-playground>
    <nn-quiz-task for="p" goal="train-loss < 0.2 && test-loss < 0.2" solution='{"layers":[3]}'><p data-question>?</p><div data-solution>s</div></nn-quiz-task>
    <nn-dataset-plot editable show-test-data></nn-dataset-plot>
  </div>`);
  const [graph, check, pg, goal, plot] = [...page.children] as [NnGraph, NnQuizTask, NnPlayground, NnQuizTask, NnDatasetPlot];
  for (const el of [graph, check, pg, goal, plot]) await settle(el);
  graph.play();
  await settle(graph);
  inGraph.nodes(graph)[4].click();
  await settle(graph);
  pg.step();
  await settle(pg);
  inQuiz.choiceInputs(check)[0].click();
  await settle(check);
  for (const b of deepQueryAll(check.shadowRoot!, 'button')) (b as HTMLElement).click();
  await settle(check);
  for (const b of deepQueryAll(plot.shadowRoot!, 'button')) if (b.getAttribute('aria-expanded') === 'false') (b as HTMLElement).click();
  await settle(plot);
  return page;
}

describe('languages', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const lang of ['de', 'fr', 'es', 'ja']) {
    it(`lang="${lang}": no string of the English tables is left in any element, aria-labels and tooltips included`, async () => {
      const page = await lesson(lang);
      const texts = learnerText(page);
      const joined = texts.join('\n');
      expect(joined.length).to.be.greaterThan(500);
      const left = englishNeedles(lang).filter((n) => new RegExp(`(?<!\\p{L})${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(joined));
      expect(left, `English left in ${lang}`).to.deep.equal([]);
      for (const el of page.children) await expect(el).to.be.accessible();
    });
  }

  it('the terms are the ones courses use: Lernrate, taux d\'apprentissage, tasa de aprendizaje, 学習率', async () => {
    const terms: Record<string, string> = { de: 'Lernrate', fr: 'Taux d\'apprentissage', es: 'Tasa de aprendizaje', ja: '学習率' };
    for (const [lang, term] of Object.entries(terms)) {
      await loadLocale(lang);
      const pg = await fixture<NnPlayground>(html`<nn-playground lang=${lang}></nn-playground>`);
      await settle(pg);
      expect(pg.shadowRoot!.textContent, lang).to.contain(term);
      // The inner graph speaks the playground's language too.
      expect(learnerText(pg).join(' '), lang).to.not.contain('Add hidden layer');
    }
  });

  it('follows a lang attribute changed on an ancestor after the first render, and back', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="en"><nn-playground></nn-playground></section>`);
    const pg = page.firstElementChild as NnPlayground;
    await settle(pg);
    expect(pg.shadowRoot!.textContent).to.contain('Learning rate');
    page.setAttribute('lang', 'de-AT');
    await loadLocale('de');
    await new Promise((r) => setTimeout(r));
    await settle(pg);
    expect(pg.locale).to.equal('de');
    expect(pg.shadowRoot!.textContent).to.contain('Lernrate');
    expect(learnerText(pg).join(' ')).to.contain('Verborgene Schicht hinzufügen');
    page.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await settle(pg);
    expect(pg.shadowRoot!.textContent).to.contain('Learning rate');
  });

  it('registerLocale round-trip: messages from JSON show, missing ones fall back to English, a later registration updates live, a function is refused', async () => {
    const json = JSON.stringify({ 'nn-graph': { addLayer: 'Adicionar camada oculta', hiddenLayerCount: { one: '{count} camada oculta', other: '{count} camadas ocultas' }, play: (() => 'x') as unknown as string } });
    registerLocale('pt-BR', JSON.parse(json));
    const graph = await fixture<NnGraph>(html`<nn-graph lang="pt-BR" layers="2,2"></nn-graph>`);
    await settle(graph);
    expect(graph.locale).to.equal('pt-br');
    expect(byName(graph.shadowRoot!, 'Adicionar camada oculta')).to.exist;
    expect(graph.shadowRoot!.textContent).to.contain('2 camadas ocultas');
    expect(byName(graph.shadowRoot!, 'Play')).to.exist;
    registerLocale('pt-BR', { 'nn-graph': { play: 'Reproduzir', hiddenLayerCount: { one: '{count} camada oculta', other: '{count} camadas escondidas' } } });
    await settle(graph);
    expect(byName(graph.shadowRoot!, 'Reproduzir')).to.exist;
    expect(graph.shadowRoot!.textContent).to.contain('2 camadas escondidas');
    expect(byName(graph.shadowRoot!, 'Adicionar camada oculta')).to.exist;
    // A host's strings still win for one instance.
    graph.strings = { play: 'Rodar' };
    await settle(graph);
    expect(byName(graph.shadowRoot!, 'Rodar')).to.exist;
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warned.push(m);
    try {
      registerLocale('pt-PT', { 'nn-graph': { play: (() => 'x') as unknown as string } });
      const other = await fixture<NnGraph>(html`<nn-graph lang="pt-PT"></nn-graph>`);
      await settle(other);
      expect(byName(other.shadowRoot!, 'Play')).to.exist;
    } finally {
      console.warn = warn;
    }
    expect(warned.join()).to.contain('play').and.contain('must be text');
    expect(() => registerLocale('not a code', {})).to.throw(/language code/);
  });

  it('a German graph made narrower after its first render turns to short headings when "Verborgene Schicht 1" no longer fits', async () => {
    await loadLocale('de');
    const graph = await fixture<NnGraph>(html`<nn-graph lang="de" style="display: block; width: 1000px"></nn-graph>`);
    // The diagram's ResizeObserver has reported the first width, and the graph has rendered with it.
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      await settle(graph);
    }
    const heading = () => inGraph.columnHeading(graph, 1);
    expect(heading()).to.equal('Verborgene Schicht 1');
    // 120 px a column: wide enough for "Hidden layer 1", not for the German heading.
    graph.style.width = '360px';
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      await settle(graph);
    }
    expect(heading()).to.match(/^V1/);
  });

  it('a playground passes strings[\'nn-graph\'] and strings[\'nn-dataset-plot\'] to the elements inside it, over its language', async () => {
    await loadLocale('de');
    const pg = await fixture<NnPlayground>(html`<nn-playground lang="de"></nn-playground>`);
    pg.strings = { play: 'Los', 'nn-graph': { addLayer: 'Schicht dazu' }, 'nn-dataset-plot': { showTable: 'Tabelle' } };
    await settle(pg);
    expect(byName(pg.shadowRoot!, 'Los')).to.exist;
    const graph = inPlayground.innerGraph(pg);
    const plot = inPlayground.innerPlot(pg);
    expect(byName(graph.shadowRoot!, 'Schicht dazu')).to.exist;
    expect(byName(graph.shadowRoot!, 'Verborgene Schicht entfernen')).to.exist;
    expect(plot.shadowRoot!.textContent).to.contain('Tabelle');
    expect(pg.attributeProblems).to.deep.equal([]);
  });

  it('numbers: German writes 0,19 and reads "5,00" as 5 and refuses "5.00"; English refuses "5,00" (neither 5 nor 500) with a message', async () => {
    await loadLocale('de');
    for (const [lang, good, bad, sep] of [['de', '5,00', '5.00', '„,“'], ['en', '5.00', '5,00', '“.”']] as const) {
      const graph = await fixture<NnGraph>(html`<nn-graph lang=${lang} inputs="0,0,0" layers="4" seed="7"></nn-graph>`);
      await settle(graph);
      graph.play();
      await settle(graph);
      expect(inGraph.outputValue(graph), lang).to.equal(lang === 'de' ? '0,19' : '0.19');
      inGraph.nodes(graph)[4].click();
      await settle(graph);
      const field = inGraph.field(graph, 'w:1:1:0');
      const old = graph.network.getWeight(1, 1, 0);
      await typeInto(field, bad);
      await settle(graph);
      expect(graph.network.getWeight(1, 1, 0), `${lang} ${bad}`).to.equal(old);
      expect(graph.shadowRoot!.textContent, lang).to.contain(sep);
      const change = oneEvent(graph, 'nn-network-change');
      await typeInto(inGraph.field(graph, 'w:1:1:0'), good);
      await change;
      expect(graph.network.getWeight(1, 1, 0), `${lang} ${good}`).to.equal(5);
    }
  });

  it('the playground writes its losses and the plot its table in the language (decimal comma in German)', async () => {
    await loadLocale('de');
    const pg = await fixture<NnPlayground>(html`<nn-playground lang="de"></nn-playground>`);
    await settle(pg);
    pg.step();
    await settle(pg);
    expect(inPlayground.shownTrainLoss(pg)).to.match(/^\d,\d{3}$/);
  });

  it('xAPI: the author\'s text is keyed by the page\'s lang and the verb is named in the element\'s language', async () => {
    await loadLocale('de');
    const quiz = await fixture<NnQuizTask>(html`<nn-quiz-task lang="de-CH" mode="check"><p data-question>Welche?</p><p data-choice="a" data-correct>A</p></nn-quiz-task>`);
    await settle(quiz);
    inQuiz.choiceInputs(quiz)[0].click();
    const answer = oneEvent(quiz, 'nn-answer');
    byName(quiz.shadowRoot!, 'Prüfen').click();
    const { detail } = await answer;
    expect(detail.statement.object.definition.name).to.deep.equal({ 'de-CH': 'Welche?' });
    expect(detail.statement.verb.display).to.deep.equal({ 'en-US': 'answered', de: 'beantwortet' });
  });
});

describe('right to left', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  /** Screen x of the character at `index` of a text node. */
  const charX = (node: Text, index: number) => {
    const r = document.createRange();
    r.setStart(node, index);
    r.setEnd(node, index + 1);
    return r.getBoundingClientRect().left;
  };

  it('a formula reads left to right on a dir="rtl" page, and a negative number keeps its minus in front', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl"><nn-graph inputs="0,0,0" layers="4" seed="7"></nn-graph></div>`);
    const graph = page.firstElementChild as NnGraph;
    await settle(graph);
    graph.network.setWeight(1, 0, 0, -0.5);
    graph.play();
    await settle(graph);
    inGraph.nodes(graph)[3].click();
    await settle(graph);
    const formulas = inGraph.formulas(graph);
    expect(formulas.length).to.be.greaterThan(1);
    const textOf = (el: Element) => [...el.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')!;
    for (const f of formulas) {
      const text = textOf(f);
      // Every character on a line lies right of the one before it.
      const rects = [...text.data].map((c, i) => ({ c, i, r: c.trim() ? (() => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1); return r.getBoundingClientRect(); })() : null }));
      const shown = rects.filter((x) => x.r && x.r.width > 0);
      expect(shown.length, text.data).to.be.greaterThan(10);
      for (let k = 1; k < shown.length; k++) {
        if (Math.abs(shown[k].r!.top - shown[k - 1].r!.top) > 2) continue;
        expect(shown[k].r!.left, `${text.data} at ${shown[k].i}`).to.be.greaterThan(shown[k - 1].r!.left);
      }
    }
    const numeric = textOf(formulas[1]);
    expect(numeric.data).to.contain('(−0.50)');
    const minus = numeric.data.indexOf('−0.50');
    expect(minus, numeric.data).to.be.greaterThan(-1);
    expect(charX(numeric, minus + 1)).to.be.greaterThan(charX(numeric, minus));
  });

  it('on a dir="rtl" page the legend keeps −1 at the orange end, weight fields read left to right, and the step icon is not mirrored', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl"><nn-playground></nn-playground></div>`);
    const pg = page.firstElementChild as NnPlayground;
    await settle(pg);
    pg.step();
    await settle(pg);
    const { low, high } = inPlot.legendEnds(inPlayground.innerPlot(pg));
    expect(low.textContent).to.equal('−1');
    expect(low.getBoundingClientRect().left).to.be.lessThan(high.getBoundingClientRect().left);
    // Step is drawn, not written: no font or direction can mirror it.
    const icon = inPlayground.buttonIcon(byName(pg.shadowRoot!, 'Step'));
    expect(getComputedStyle(icon).transform).to.equal('none');
    const graph = inPlayground.innerGraph(pg);
    // The controls mirror: Reset, then Play, then Step, from right to left.
    const at = (name: string) => byName(pg.shadowRoot!, name).getBoundingClientRect().left;
    expect(at('Reset')).to.be.greaterThan(at('Play'));
    expect(at('Play')).to.be.greaterThan(at('Step'));
    for (const input of inGraph.fields(graph)) expect(getComputedStyle(input).direction).to.equal('ltr');
    await expect(pg).to.be.accessible();
  });
});
