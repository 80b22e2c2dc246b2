/**
 * The lifecycle controllers, each on a bare test host rather than one of our elements: what
 * they promise must hold for any element that uses them.
 */
import { ReactiveElement } from '@lit/reactive-element';
import { expect, fixture, html } from '@open-wc/testing';
import { FrameLoopController } from '../../../src/elements/shared/controllers/frame-loop.js';
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
