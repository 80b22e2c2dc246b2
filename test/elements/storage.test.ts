/**
 * Broken storage, as embedded iframes, privacy modes and full disks have it: a write that
 * throws QuotaExceededError, then works again; a localStorage that throws SecurityError on
 * access. The lesson goes on, nothing in memory is lost, nothing throws, and the failure is
 * said once, by its name, where an author looks.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NnQuizTask } from '../../src/elements/nn-quiz-task/nn-quiz-task.js';
import type { NnGraph } from '../../src/elements/nn-graph/nn-graph.js';
import { byName } from './helpers.js';

function watchWarnings(): { seen: string[]; restore(): void } {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => { seen.push(args.map(String).join(' ')); };
  return { seen, restore: () => (console.warn = warn) };
}

const quiz = () => fixture<NnQuizTask>(html`<nn-quiz-task persist-key="storage-test"><p data-question>Q?</p><p data-choice="a">A</p><p data-choice="b">B</p></nn-quiz-task>`);

describe('storage that fails', () => {
  beforeEach(() => localStorage.clear());

  it('QuotaExceededError: warns once by name, keeps the answers of this visit, throws nothing; a write that works again clears it', async () => {
    const setItem = Storage.prototype.setItem;
    const warnings = watchWarnings();
    let full = true;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
    try {
      const el = await quiz();
      byName(el.shadowRoot!, 'A').click();
      await el.updateComplete;
      byName(el.shadowRoot!, 'B').click();
      await el.updateComplete;
      expect(el.state.answer, 'the answer of this visit is kept').to.deep.equal(['b']);
      const said = warnings.seen.filter((w) => w.includes('QuotaExceededError'));
      expect(said.length, 'said once, not per write').to.equal(1);
      expect(said[0]).to.include('persist-key="storage-test"').and.include('will not survive a reload');
      expect(el.attributeProblems.join(' ')).to.include('QuotaExceededError');
      full = false;
      byName(el.shadowRoot!, 'A').click();
      await el.updateComplete;
      expect(el.attributeProblems.join(' '), 'a write that works clears it').to.not.include('QuotaExceededError');
      expect(JSON.parse(localStorage.getItem(Object.keys(localStorage).find((k) => k.includes('storage-test'))!)!).answer).to.deep.equal(['a']);
    } finally {
      Storage.prototype.setItem = setItem;
      warnings.restore();
    }
  });

  it('SecurityError on access: warns once by name, the graph still edits and keeps its network, nothing throws', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    const warnings = watchWarnings();
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    try {
      const graph = await fixture<NnGraph>(html`<nn-graph persist-key="forbidden" seed="7"></nn-graph>`);
      graph.addLayer();
      graph.addLayer();
      await graph.updateComplete;
      expect(graph.state.network.sizes).to.deep.equal([3, 4, 1, 1, 1]);
      const said = warnings.seen.filter((w) => w.includes('SecurityError'));
      expect(said.length).to.equal(1);
      expect(graph.attributeProblems.join(' ')).to.include('SecurityError').and.include('persist-key="forbidden"');
    } finally {
      Object.defineProperty(window, 'localStorage', own);
      warnings.restore();
    }
  });
});
