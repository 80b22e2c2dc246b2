/**
 * Elements moved into another document, as LMS and CMS editors move content between frames
 * (`iframe.contentDocument.adoptNode(el)`): they keep their styles and sizes, the playground
 * trains on the new window's frames, a quiz's `for=` resolves in its new document, and moving
 * back works the same.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NnPlayground } from '../../src/elements/nn-playground/nn-playground.js';
import type { NnQuizTask } from '../../src/elements/nn-quiz-task/nn-quiz-task.js';
import * as inPlayground from '../harness/nn-playground.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** Every element of ours in a subtree, those in shadow roots too, with its sheets and height. */
function look(root: Element): { tag: string; sheets: number; height: number }[] {
  const out: { tag: string; sheets: number; height: number }[] = [];
  const walk = (el: Element) => {
    if (el.localName.startsWith('nn-') && el.shadowRoot) out.push({ tag: el.localName, sheets: el.shadowRoot.adoptedStyleSheets.length, height: Math.round(el.getBoundingClientRect().height) });
    for (const c of el.children) walk(c);
    if (el.shadowRoot) for (const c of el.shadowRoot.children) walk(c);
  };
  walk(root);
  return out;
}

async function frames(win: Window, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => win.requestAnimationFrame(r));
}

async function trains(pg: NnPlayground, epochs: number): Promise<void> {
  const from = pg.epoch;
  pg.play();
  const t0 = performance.now();
  while (pg.epoch < from + epochs && performance.now() - t0 < 10000) await new Promise((r) => setTimeout(r, 30));
  pg.pause();
  expect(pg.epoch, 'epochs advance').to.be.at.least(from + epochs);
}

describe('adopted into another document', () => {
  it('a graph, a playground and a quiz keep their style sheets and sizes in an iframe, train and link there, and back', async function () {
    this.timeout(30000);
    const frame = document.createElement('iframe');
    // On screen: a playground off screen trains no frame (the frame loop follows visibility).
    frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 1000px; height: 1400px; border: 0';
    document.body.append(frame);
    await new Promise<void>((r) => { frame.addEventListener('load', () => r(), { once: true }); frame.srcdoc = '<!doctype html><html lang="en"><body style="margin: 0"></body></html>'; });
    const page = await fixture<HTMLElement>(html`<div style="width: 1000px">
      <nn-playground id="adopted-pg" seed="3"></nn-playground>
      <nn-quiz-task for="adopted-pg" goal="epoch >= 3"><p>Train for three epochs.</p></nn-quiz-task>
      <nn-graph seed="7"></nn-graph>
    </div>`);
    document.body.style.margin = '0';
    for (const el of page.children) await (el as Lit).updateComplete;
    await frames(window, 3);
    const home = look(page);
    expect(home.every((e) => e.sheets > 0)).to.equal(true);
    const pg = page.querySelector('nn-playground') as NnPlayground;
    const quiz = page.querySelector('nn-quiz-task') as NnQuizTask;

    const away = frame.contentDocument!;
    away.body.append(away.adoptNode(page));
    await frames(frame.contentWindow!, 4);
    const there = look(page);
    expect(there.map((e) => e.sheets), 'style sheets kept').to.deep.equal(home.map((e) => e.sheets));
    expect(there.map((e) => e.height), 'sizes kept').to.deep.equal(home.map((e) => e.height));
    expect(inPlayground.innerGraph(pg).shadowRoot!.adoptedStyleSheets[0]).to.be.instanceOf((frame.contentWindow as unknown as typeof globalThis).CSSStyleSheet);
    // The main window's frames stop while the elements are away: epochs must come from the iframe's.
    const mainFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      await trains(pg, 3);
    } finally {
      window.requestAnimationFrame = mainFrame;
    }
    await quiz.updateComplete;
    expect(quiz.complete, "the quiz's for= resolves in its new document").to.equal(true);
    await frames(frame.contentWindow!, 2);
    const done = look(page);

    document.body.append(document.adoptNode(page));
    await frames(window, 4);
    const back = look(page);
    expect(back.map((e) => e.sheets)).to.deep.equal(home.map((e) => e.sheets));
    expect(back.map((e) => e.height), 'sizes as they were in the iframe, the goal now reached').to.deep.equal(done.map((e) => e.height));
    await trains(pg, 2);
    page.remove();
    frame.remove();
  });
});
