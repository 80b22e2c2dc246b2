import { expect } from '@open-wc/testing';
import { allByName, byName, deepQueryAll } from '../elements/helpers.js';
import * as inGraph from '../harness/nn-graph.js';

// The builder as an author uses it: the real page (demo/builder.html) with the built bundle,
// reached by roles and labels only.
type AnyEl = HTMLElement & Record<string, any>;

async function openPage(src: string, width = 1280): Promise<{ doc: Document; win: Window & typeof globalThis }> {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  document.body.append(frame);
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    if (src.startsWith('<')) frame.srcdoc = src;
    else frame.src = src;
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  return { doc: frame.contentDocument!, win };
}

const frames = (win: Window, n = 2) => new Promise<void>((r) => {
  const step = (k: number) => (k ? win.requestAnimationFrame(() => step(k - 1)) : r());
  step(n);
});

async function openBuilder(hash = '', width = 1280) {
  const page = await openPage(`/demo/builder.html${hash}`, width);
  // Ready when its form is there (it fetched the manifest): a state, waited for at most 15 s.
  for (const end = performance.now() + 15000; !allByName(page.doc, 'Element').length && performance.now() < end;) await frames(page.win, 1);
  await page.win.customElements.whenDefined('nn-playground');
  return page;
}

function setField(field: HTMLInputElement | HTMLSelectElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function tick(box: HTMLInputElement, on = true) {
  if (box.checked !== on) box.click();
}

const output = (doc: Document) => (byName<HTMLTextAreaElement>(doc, 'HTML to paste')).value;
const previewOf = (doc: Document) => doc.querySelector<AnyEl>('#preview')!;

/** The builder's HTML and loading code pasted into a fresh page, as an author's CMS would. */
async function pasteInto(html: string, loading: string) {
  const page = await openPage(`<!doctype html><html lang="en"><head><base href="${location.origin}/"></head><body>${loading}\n${html}</body></html>`);
  for (const tag of ['nn-playground', 'nn-graph', 'nn-quiz-task']) await page.win.customElements.whenDefined(tag);
  return page;
}

describe('demo/builder.html: an author writes a tag without typing an attribute', () => {
  it('a playground set up in the form (xor, learning rate 0.1, layers 4,2, noise hidden) is the same in a fresh page built with the "HTML to paste" and "Loading code" fields', async () => {
    const { doc } = await openBuilder();
    setField(byName<HTMLSelectElement>(doc, 'Element'), 'nn-playground');
    setField(byName<HTMLSelectElement>(doc, 'dataset-name'), 'xor');
    setField(byName<HTMLSelectElement>(doc, 'learning-rate'), '0.1');
    setField(byName<HTMLInputElement>(doc, 'layers'), '4,2');
    tick(byName<HTMLInputElement>(doc, 'hide noise'));
    const html = output(doc);
    expect(html).to.equal('<nn-playground dataset-name="xor" learning-rate="0.1" hide="noise"></nn-playground>');
    const loading = byName<HTMLTextAreaElement>(doc, 'Loading code').value;
    const fresh = await pasteInto(html, loading);
    const pg = fresh.doc.querySelector<AnyEl>('nn-playground')!;
    await pg.updateComplete;
    expect(pg.state.config.dataset).to.equal('xor');
    expect(pg.state.config.learningRate).to.equal(0.1);
    expect(pg.state.config.layers).to.deep.equal([4, 2]);
    expect(allByName(pg.shadowRoot!, /^Noise/).length, 'no noise control').to.equal(0);
    expect(allByName(pg.shadowRoot!, /^Batch size/).length, 'the rest stays').to.be.above(0);
  });

  it('what the author does in the preview is written into the HTML: a layer added, an activation picked', async () => {
    const { doc, win } = await openBuilder();
    setField(byName<HTMLSelectElement>(doc, 'Element'), 'nn-playground');
    const pg = previewOf(doc);
    await pg.updateComplete;
    await frames(win);
    byName<HTMLButtonElement>(pg.shadowRoot!, 'Add hidden layer').click();
    await pg.updateComplete;
    const activation = deepQueryAll(pg.shadowRoot!, 'select').find((s) => (s as HTMLSelectElement).labels?.[0]?.textContent?.trim().startsWith('Activation')) as HTMLSelectElement;
    setField(activation, 'relu');
    await pg.updateComplete;
    expect(output(doc)).to.equal('<nn-playground layers="4,2,1" activation="relu"></nn-playground>');
    expect(byName<HTMLSelectElement>(doc, 'activation').value, 'the form follows').to.equal('relu');
  });

  it('a feature switched on the preview\'s input node is written into features, with its checkbox ticked', async () => {
    const { doc, win } = await openBuilder();
    setField(byName<HTMLSelectElement>(doc, 'Element'), 'nn-playground');
    const pg = previewOf(doc);
    await pg.updateComplete;
    await frames(win);
    byName<HTMLButtonElement>(pg.shadowRoot!.querySelector('nn-graph')!.shadowRoot!, 'Feature X₁X₂').click();
    await pg.updateComplete;
    expect(output(doc)).to.equal('<nn-playground features="x1,x2,x1x2"></nn-playground>');
    const box = [...doc.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'features')!;
    const ticked = [...box.querySelectorAll<HTMLInputElement>('label > input[type=checkbox]')].filter((i) => i.checked).map((i) => i.parentElement!.textContent!.trim());
    expect(ticked).to.deep.equal(['x1', 'x2', 'x1x2']);
  });

  it('a graph\'s layer added in the preview appears in its HTML', async () => {
    const { doc, win } = await openBuilder();
    setField(byName<HTMLSelectElement>(doc, 'Element'), 'nn-graph');
    const graph = previewOf(doc);
    await graph.updateComplete;
    await frames(win);
    byName<HTMLButtonElement>(graph.shadowRoot!, 'Add hidden layer').click();
    expect(output(doc)).to.equal('<nn-graph layers="4,1"></nn-graph>');
    await graph.updateComplete;
    expect(inGraph.nodes(graph).length).to.equal(3 + 4 + 1 + 1);
  });

  it('a quiz built through the fields renders the same question and feedback in a fresh page', async () => {
    const { doc } = await openBuilder();
    setField(byName<HTMLSelectElement>(doc, 'Element'), 'nn-quiz-task');
    setField(byName<HTMLSelectElement>(doc, 'mode'), 'check');
    const type = (name: string, value: string) => {
      const f = byName<HTMLInputElement>(doc, name);
      f.value = value;
      f.dispatchEvent(new Event('input', { bubbles: true }));
    };
    type('Question', 'Which activation can be negative? <b>not bold</b>');
    type('Choice 1', 'ReLU');
    type('Feedback for choice 1', 'ReLU is never negative.');
    byName<HTMLButtonElement>(doc, 'Add a choice').click();
    type('Choice 2', 'tanh');
    type('Feedback for choice 2', 'Right: tanh ranges over (−1, 1).');
    tick(byName<HTMLInputElement>(doc, 'Correct: choice 2'));
    const html = output(doc);
    expect(html).to.contain('<p data-question>Which activation can be negative? &lt;b&gt;not bold&lt;/b&gt;</p>');
    expect(html).to.contain('<p data-choice="b" data-correct>tanh</p>');
    const fresh = await pasteInto(html, byName<HTMLTextAreaElement>(doc, 'Loading code').value);
    const quiz = fresh.doc.querySelector<AnyEl>('nn-quiz-task')!;
    await quiz.updateComplete;
    expect(fresh.doc.querySelector('[data-question]')!.textContent).to.equal('Which activation can be negative? <b>not bold</b>');
    expect(quiz.effectiveMode).to.equal('check');
    byName<HTMLElement>(quiz.shadowRoot!, /tanh/).click();
    await quiz.updateComplete;
    byName<HTMLButtonElement>(quiz.shadowRoot!, 'Check').click();
    await quiz.updateComplete;
    expect(quiz.score).to.equal(1);
    expect(fresh.doc.body.textContent).to.contain('Right: tanh ranges over (−1, 1).');
  });

  it('a builder link restores the setup; a bad hash is reported and the builder starts clean', async () => {
    let { doc, win } = await openBuilder();
    setField(byName<HTMLSelectElement>(doc, 'Element'), 'nn-playground');
    setField(byName<HTMLSelectElement>(doc, 'activation'), 'sigmoid');
    tick(byName<HTMLInputElement>(doc, 'lock dataset'));
    byName<HTMLButtonElement>(doc, 'Add to lesson').click();
    const link = win.location.hash;
    const before = output(doc);
    ({ doc, win } = await openBuilder(link));
    expect(output(doc)).to.equal(before);
    expect(byName<HTMLTextAreaElement>(doc, 'Lesson HTML').value).to.equal(before);
    ({ doc } = await openBuilder('#b=%7Bnot-json'));
    expect(doc.querySelector('[role=alert]')!.textContent).to.contain('could not be read');
    expect(output(doc)).to.equal('<nn-playground></nn-playground>');
  });

  it('a problem the element reports is shown next to the field that caused it', async () => {
    const { doc } = await openBuilder();
    setField(byName<HTMLSelectElement>(doc, 'Element'), 'nn-playground');
    setField(byName<HTMLInputElement>(doc, 'batch-size'), '500');
    const pg = previewOf(doc);
    await pg.updateComplete;
    const described = () => {
      const field = byName<HTMLInputElement>(doc, 'batch-size');
      return (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => doc.getElementById(id)?.textContent ?? '').join(' ');
    };
    // The builder shows the problem once the element has updated: wait for that state.
    for (const end = performance.now() + 10000; !described().includes('batch-size="500"') && performance.now() < end;) await frames(doc.defaultView!, 1);
    expect(described()).to.contain('batch-size="500"');
  });

  it('the lesson draft takes tags, reorders and deletes them', async () => {
    const { doc } = await openBuilder();
    setField(byName<HTMLSelectElement>(doc, 'Element'), 'nn-graph');
    byName<HTMLButtonElement>(doc, 'Add to lesson').click();
    setField(byName<HTMLSelectElement>(doc, 'Element'), 'nn-dataset-plot');
    byName<HTMLButtonElement>(doc, 'Add to lesson').click();
    byName<HTMLButtonElement>(doc, 'Move up item 2').click();
    expect(byName<HTMLTextAreaElement>(doc, 'Lesson HTML').value).to.equal('<nn-dataset-plot></nn-dataset-plot>\n\n<nn-graph></nn-graph>');
    byName<HTMLButtonElement>(doc, 'Delete item 1').click();
    expect(byName<HTMLTextAreaElement>(doc, 'Lesson HTML').value).to.equal('<nn-graph></nn-graph>');
  });

  it('a new attribute in the manifest (a test copy) appears in the form, with its help, and no builder change', async () => {
    const manifest = await fetch('/custom-elements.json').then((r) => r.json());
    const decl = manifest.modules.flatMap((m: any) => m.declarations ?? []).find((d: any) => d.tagName === 'nn-playground');
    decl.attributes.push({ name: 'wobble-rate', type: { text: "'slow' | 'fast'" }, default: "'slow'", description: 'How fast it wobbles.' });
    const url = URL.createObjectURL(new Blob([JSON.stringify(manifest)], { type: 'application/json' }));
    const { doc } = await openPage(`/demo/builder.html?manifest=${encodeURIComponent(url)}`);
    for (const end = performance.now() + 15000; !allByName(doc, 'Element').length && performance.now() < end;) await frames(doc.defaultView!, 1);
    const field = byName<HTMLSelectElement>(doc, 'wobble-rate');
    expect([...field.options].map((o) => o.value)).to.deep.equal(['', 'slow', 'fast']);
    expect(doc.getElementById(field.getAttribute('aria-describedby')!.split(' ')[0])!.textContent).to.equal('How fast it wobbles.');
    setField(field, 'fast');
    expect(output(doc)).to.equal('<nn-playground wobble-rate="fast"></nn-playground>');
  });

  it('passes axe, with a quiz\'s fields and a lesson item too', async () => {
    const { doc, win } = await openBuilder();
    setField(byName<HTMLSelectElement>(doc, 'Element'), 'nn-quiz-task');
    byName<HTMLButtonElement>(doc, 'Add to lesson').click();
    await new Promise<void>((resolve) => {
      const script = Object.assign(doc.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
      script.onload = () => resolve();
      doc.head.append(script);
    });
    const result = await (win as any).axe.run(doc.querySelector('main'), { rules: { region: { enabled: false } } });
    expect(result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
  });

  it('follows the page language, works at 360 px and names every control', async () => {
    const { doc, win } = await openBuilder('', 360);
    doc.documentElement.lang = 'de';
    await frames(win);
    expect(byName<HTMLTextAreaElement>(doc, 'HTML zum Einfügen')).to.exist;
    expect(doc.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(360);
    const unnamed = [...doc.querySelectorAll('main input, main select, main textarea, main button')].filter((c) => {
      const el = c as HTMLInputElement;
      return !el.getAttribute('aria-label') && !el.labels?.length && !(el.textContent ?? '').trim();
    });
    expect(unnamed.length, 'every control has a name').to.equal(0);
  });
});
