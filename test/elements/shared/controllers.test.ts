/**
 * The lifecycle controllers, each on a bare test host rather than one of our elements: what
 * they promise must hold for any element that uses them.
 */
import { ReactiveElement } from '@lit/reactive-element';
import { expect, fixture, html } from '@open-wc/testing';
import { FRAME_WORK_MS, FrameLoopController } from '../../../src/elements/shared/controllers/frame-loop.js';
import { LinkController } from '../../../src/elements/shared/controllers/link.js';
import { PersistenceController, fingerprint } from '../../../src/elements/shared/controllers/persistence.js';
import { StepTimerController } from '../../../src/elements/shared/controllers/step-timer.js';
import { ProblemLog } from '../../../src/elements/shared/attributes/problems.js';

class TestHost extends ReactiveElement {}
customElements.define('test-host', TestHost);
class TargetEl extends HTMLElement {}
customElements.define('test-target', TargetEl);

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};

async function host(): Promise<{ wrap: HTMLElement; el: TestHost }> {
  const wrap = await fixture<HTMLElement>(html`<div><test-host></test-host></div>`);
  return { wrap, el: wrap.querySelector('test-host') as TestHost };
}

describe('LinkController', () => {
  it('links to the element with the id, follows a replacement and lets go when it is removed', async () => {
    const { wrap, el } = await host();
    const seen: (Element | null)[] = [];
    const link = new LinkController<HTMLElement>(el, { accepts: ['test-target'], log: new ProblemLog('test-host', true), onChange: (t) => seen.push(t) });
    link.id = 'a';
    const first = document.createElement('test-target');
    first.id = 'a';
    wrap.append(first);
    await frames(1);
    expect(link.target).to.equal(first);
    const second = document.createElement('test-target');
    second.id = 'a';
    first.replaceWith(second);
    await frames(1);
    expect(link.target).to.equal(second);
    second.remove();
    await frames(1);
    expect(link.target).to.equal(null);
    expect(seen).to.deep.equal([first, second, null]);
  });

  it('records one problem naming the attribute when the id is missing or names the wrong kind of element', async () => {
    const { wrap, el } = await host();
    const log = new ProblemLog('test-host', true);
    const link = new LinkController<HTMLElement>(el, { accepts: ['test-target'], log, onChange: () => {} });
    link.id = 'nowhere';
    expect(log.messages).to.deep.equal(['<test-host> for="nowhere": names no element on this page (check the id\'s spelling); using no link until an element with this id appears.']);
    const div = document.createElement('div');
    div.id = 'nowhere';
    wrap.append(div);
    await frames(1);
    expect(log.messages.join()).to.contain('names a <div>');
    div.remove();
    const target = document.createElement('test-target');
    target.id = 'nowhere';
    wrap.append(target);
    await frames(1);
    expect(log.messages).to.deep.equal([]);
    expect(link.target).to.equal(target);
  });

  it('resolves inside the host\'s own shadow root, not the document', async () => {
    const outer = await fixture<HTMLElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('test-host') as TestHost;
    const target = document.createElement('test-target');
    target.id = 'in-shadow';
    root.append(inner, target);
    const link = new LinkController<HTMLElement>(inner, { accepts: ['test-target'], log: new ProblemLog('test-host', true), onChange: () => {} });
    link.hostConnected();
    link.id = 'in-shadow';
    expect(link.target).to.equal(target);
  });
});

describe('FrameLoopController', () => {
  it('ticks once per frame while running and requests no frame once stopped or disconnected', async () => {
    const { el } = await host();
    let ticks = 0;
    const loop = new FrameLoopController(el, () => ticks++);
    loop.hostConnected();
    loop.start();
    await frames(4);
    expect(ticks).to.be.within(2, 4);
    loop.stop();
    const at = ticks;
    await frames(3);
    expect(ticks).to.equal(at);
    loop.start();
    el.remove();
    loop.hostDisconnected();
    await frames(3);
    expect(ticks).to.equal(at);
  });
});

describe('FrameLoopController: one budget per page', () => {
  it('gives every running loop of the page its tick in one animation frame, the budget shared: each a part of what is left, none past its end', async () => {
    const els = await Promise.all([host(), host(), host()]);
    const seen: { who: number; frame: number; share: number; at: number; deadline: number }[] = [];
    let frame = 0;
    const counter = () => { frame++; rafId = requestAnimationFrame(counter); };
    let rafId = requestAnimationFrame(counter);
    const loops = els.map(({ el }, who) => new FrameLoopController(el, (deadline) => seen.push({ who, frame, share: deadline - performance.now(), at: performance.now(), deadline })));
    for (const l of loops) { l.hostConnected(); l.start(); }
    await frames(4);
    for (const l of loops) l.stop();
    cancelAnimationFrame(rafId);
    const byFrame = new Map<number, typeof seen>();
    for (const s of seen) byFrame.set(s.frame, [...(byFrame.get(s.frame) ?? []), s]);
    const full = [...byFrame.values()].filter((f) => f.length === 3);
    expect(full.length, 'frames where all three ticked').to.be.at.least(2);
    for (const f of full) {
      // The first gets a third of the budget; no deadline is past the end of the one budget.
      expect(f[0].share).to.be.at.most(FRAME_WORK_MS / 3 + 0.2);
      for (const s of f) expect(s.deadline).to.be.at.most(f[0].at + FRAME_WORK_MS + 0.2);
    }
  });

  it('tells each tick how many loops take turns in its frame: 1 for a loop alone, 3 with three (a crowded page refreshes each less often, see TrainingLoop)', async () => {
    const els = await Promise.all([host(), host(), host()]);
    const sharing: number[][] = [[], [], []];
    const loops = els.map(({ el }, who) => new FrameLoopController(el, (_deadline, n) => sharing[who].push(n)));
    loops[0].hostConnected();
    loops[0].start();
    await frames(3);
    expect(new Set(sharing[0]), 'alone').to.deep.equal(new Set([1]));
    for (const l of loops.slice(1)) { l.hostConnected(); l.start(); }
    sharing[0].length = 0;
    await frames(3);
    for (const l of loops) l.stop();
    for (const s of sharing) expect(s.length, 'ticked').to.be.at.least(1);
    expect(Math.max(...sharing.flat()), 'three take turns').to.equal(3);
    expect(sharing.flat().filter((n) => n !== 3), 'every tick of a frame all three wanted').to.deep.equal([]);
  });

  it('when one loop spends the budget, the others wait for the next frame and go first there (round-robin)', async () => {
    const els = await Promise.all([host(), host(), host()]);
    const order: number[] = [];
    const ticks: [number, number][] = [];
    let frame = 0;
    const counter = () => { frame++; rafId = requestAnimationFrame(counter); };
    let rafId = requestAnimationFrame(counter);
    const loops = els.map(({ el }, who) => new FrameLoopController(el, (deadline) => {
      order.push(who);
      ticks.push([frame, who]);
      // Loop 0 overruns the whole frame's budget every time.
      if (who === 0) while (performance.now() < deadline + FRAME_WORK_MS) { /* busy */ }
    }));
    for (const l of loops) { l.hostConnected(); l.start(); }
    await frames(7);
    for (const l of loops) l.stop();
    cancelAnimationFrame(rafId);
    // Frame 1: 0 alone (it spent the budget); frame 2: 1 and 2 first, then 0's turn is over the budget.
    expect(order.slice(0, 3)).to.deep.equal([0, 1, 2]);
    // After 0's overrun, no other loop works in the same frame.
    const after0 = ticks.filter(([f, w], i) => w !== 0 && i > 0 && ticks[i - 1][1] === 0 && ticks[i - 1][0] === f);
    expect(after0, 'ticks after loop 0 in its frame').to.deep.equal([]);
    const counts = [0, 1, 2].map((w) => order.filter((x) => x === w).length);
    expect(Math.max(...counts) - Math.min(...counts), `turns ${counts}`).to.be.at.most(1);
  });
});

describe('StepTimerController', () => {
  it('pauses a waiting step on disconnect and runs it after reconnect', async () => {
    const { el } = await host();
    const timer = new StepTimerController(el);
    let ran = 0;
    let done!: () => void;
    const stepped = new Promise<void>((r) => (done = r));
    timer.schedule(() => { ran++; done(); }, 30);
    timer.hostDisconnected();
    await new Promise((r) => setTimeout(r, 60));
    expect(ran).to.equal(0);
    expect(timer.active).to.equal(true);
    timer.hostConnected();
    // The paused step runs once the host is back: wait for it, not for a time.
    await stepped;
    expect(ran).to.equal(1);
    expect(timer.active).to.equal(false);
  });
});

describe('PersistenceController', () => {
  beforeEach(() => localStorage.clear());

  it('keeps tasks with one author key apart by scope, and warns once about the shared key', async () => {
    const { el: a } = await host();
    const { el: b } = await host();
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const pa = new PersistenceController(a, 'p:');
      const pb = new PersistenceController(b, 'p:');
      pa.setKey('k', 'one');
      pb.setKey('k', 'two');
      pa.save({ v: 1 });
      pb.save({ v: 2 });
      expect(pa.load()).to.deep.equal({ v: 1 });
      expect(pb.load()).to.deep.equal({ v: 2 });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('persist-key="k"');
    } finally {
      console.warn = warn;
    }
  });

  it('reads unparsable storage as undefined and missing storage as null', async () => {
    const { el } = await host();
    const p = new PersistenceController(el, 'q:');
    p.setKey('x');
    expect(p.load()).to.equal(null);
    localStorage.setItem('q:x', '{oops');
    expect(p.load()).to.equal(undefined);
  });

  it('fingerprints are stable and differ for different texts', () => {
    expect(fingerprint('What is ReLU?')).to.equal(fingerprint('What is ReLU?'));
    expect(fingerprint('What is ReLU?')).to.not.equal(fingerprint('What is tanh?'));
  });
});
