/**
 * Every attribute of every element, as custom-elements.json lists it, under what host pages
 * do: hostile values, five changes in a row, removal, a property set to a number, an array,
 * null or an object, and a value set before the element upgraded. After each step: no
 * uncaught error, no element injected, the bad value reported by name, and the element still
 * does its job (a per-element probe).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NnGraph } from '../../src/elements/nn-graph/nn-graph.js';
import type { NnPlayground } from '../../src/elements/nn-playground/nn-playground.js';
import type { NnQuizTask } from '../../src/elements/nn-quiz-task/nn-quiz-task.js';
import { deepQueryAll, settle } from './helpers.js';
import * as inQuiz from '../harness/nn-quiz-task.js';

interface ManifestAttribute { name: string; fieldName?: string; type?: { text: string } }
interface ManifestDeclaration { tagName?: string; attributes?: ManifestAttribute[] }

const HOSTILE = ['abc', '<img src=x onerror="window.__pwned=1">', 'x'.repeat(5000), '1e309', '0x10', ',,,', '-1', ''];
/** Values that are wrong for every attribute that is not free text or a boolean. */
const SURELY_BAD = ['abc', '<img src=x onerror="window.__pwned=1">', '0x10'];
/** Free text: any value is a valid seed or key. */
const FREE_TEXT = new Set(['seed', 'persist-key', 'input-labels']);
const PROPERTY_VALUES: unknown[] = [7, [1, 2], null, { a: 1 }, undefined, 'abc'];

const LESSON = '<p data-question>Q?</p><p data-choice="a">A</p><p data-choice="b">B</p><p data-feedback="a">FA</p>';

let uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(String(e.message));
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));


/** Does the element still do its job? */
async function probe(el: HTMLElement): Promise<void> {
  await settle(el);
  switch (el.localName) {
    case 'nn-graph': {
      const graph = el as NnGraph;
      graph.reset();
      const nodes = graph.network.sizes.slice(1).reduce((a, b) => a + b, 0);
      for (let i = 0; i < nodes; i++) graph.step();
      expect(graph.values, 'graph computes a forward pass').to.not.equal(null);
      break;
    }
    case 'nn-playground': {
      const pg = el as NnPlayground;
      const epoch = pg.epoch;
      pg.step();
      expect(pg.epoch, 'playground trains an epoch').to.equal(epoch + 1);
      break;
    }
    case 'nn-quiz-task': {
      const quiz = el as NnQuizTask;
      quiz.reset();
      await settle(quiz);
      const input = inQuiz.choiceInputs(quiz)[0];
      if (input) {
        input.click();
        expect(quiz.state.answer.length, 'quiz takes an answer').to.equal(1);
      }
      break;
    }
    case 'nn-dataset-plot': {
      const canvas = el.shadowRoot!.querySelector<HTMLCanvasElement>('canvas[part=canvas]')!;
      expect(canvas.width, 'plot draws').to.be.above(1);
      break;
    }
  }
}

function noInjection(el: HTMLElement, childCount: number) {
  expect(deepQueryAll(el.shadowRoot!, 'img, script, iframe'), 'no injected element').to.have.length(0);
  expect(el.children.length, 'the author\'s light DOM untouched').to.equal(childCount);
  expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
}

async function make(tag: string): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(html`<div style="width: 800px"></div>`);
  const el = document.createElement(tag);
  if (tag === 'nn-quiz-task') el.innerHTML = LESSON;
  wrap.append(el);
  await settle(el);
  return el;
}

const manifest: { modules: { declarations?: ManifestDeclaration[] }[] } = await (await fetch('/custom-elements.json')).json();
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName && d.tagName.startsWith('nn-'));

describe('every attribute in custom-elements.json, under hostile hosts', () => {
  let warn: typeof console.warn;
  let warnings: string[] = [];
  beforeEach(() => {
    uncaught = [];
    warnings = [];
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    localStorage.clear();
  });
  afterEach(() => {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('lists the four elements with their attributes', () => {
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal(['nn-dataset-plot', 'nn-graph', 'nn-playground', 'nn-quiz-task']);
    for (const e of elements) expect(e.attributes?.length, e.tagName).to.be.above(3);
  });

  for (const decl of elements) {
    for (const attr of decl.attributes ?? []) {
      const boolean = attr.type?.text === 'boolean';
      it(`<${decl.tagName}> ${attr.name}: hostile values, five changes, removal, any property type, before upgrade`, async () => {
        const el = await make(decl.tagName!);
        const children = el.children.length;
        const problemsFor = () => ((el as unknown as { attributeProblems: string[] }).attributeProblems).filter((m) => m.includes(` ${attr.name}="`));
        for (const value of HOSTILE) {
          el.setAttribute(attr.name, value);
          await settle(el);
          noInjection(el, children);
          if (!boolean && !FREE_TEXT.has(attr.name) && SURELY_BAD.includes(value)) {
            expect(problemsFor(), `${attr.name}="${value.slice(0, 20)}" is reported`).to.have.length(1);
            expect(warnings.some((w) => w.includes(` ${attr.name}="`)), 'and warned in the console').to.equal(true);
          }
        }
        el.removeAttribute(attr.name);
        await settle(el);
        expect(problemsFor(), 'removal clears the problem').to.deep.equal([]);
        await probe(el);
        const prop = attr.fieldName ?? attr.name;
        for (const value of PROPERTY_VALUES) {
          (el as unknown as Record<string, unknown>)[prop] = value;
          await settle(el);
          noInjection(el, children);
        }
        await probe(el);
        expect(uncaught, 'no uncaught error').to.deep.equal([]);
      });
    }

    it(`<${decl.tagName}>: every property set before upgrade is kept and nothing throws`, async () => {
      const el = document.implementation.createHTMLDocument('').createElement(decl.tagName!);
      for (const attr of decl.attributes ?? []) (el as unknown as Record<string, unknown>)[attr.fieldName ?? attr.name] = { bad: true };
      if (decl.tagName === 'nn-quiz-task') el.innerHTML = LESSON;
      const wrap = await fixture<HTMLElement>(html`<div style="width: 800px"></div>`);
      wrap.append(el);
      await settle(el);
      for (const attr of decl.attributes ?? []) expect(Object.prototype.hasOwnProperty.call(el, attr.fieldName ?? attr.name), `${attr.name} upgraded`).to.equal(false);
      await probe(el);
      expect(uncaught).to.deep.equal([]);
    });
  }
});
