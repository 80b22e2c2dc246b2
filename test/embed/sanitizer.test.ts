/**
 * A CMS pipeline: the README's lesson example passed through DOMPurify 3.5 with the
 * configuration of docs/cms.md (docs/cms/dompurify.js and dist/allowlist.json), then used
 * by a learner. Every tag, the quiz's markers and the quiz's link to its exercise survive,
 * and the goal can be completed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import DOMPurify from 'dompurify';
// @ts-expect-error: a plain JavaScript file from the docs, without types
import { sanitizeLesson } from '../../docs/cms/dompurify.js';
import '../../src/index.js';
import type { NnPlayground } from '../../src/elements/nn-playground/nn-playground.js';
import type { NnQuizTask } from '../../src/elements/nn-quiz-task/nn-quiz-task.js';
import { byName, settle } from '../elements/helpers.js';

const readme = await (await fetch('/README.md')).text();
const lesson = /```html\n([\s\S]*?)```/.exec(readme)![1];
const allowlist: Record<string, string[]> = await (await fetch('/dist/allowlist.json')).json();

describe('the README lesson through DOMPurify 3.5 with the documented configuration', () => {
  it('keeps every tag, attribute and marker, and for= on the quiz', () => {
    const clean: string = sanitizeLesson(DOMPurify, allowlist, lesson);
    const doc = new DOMParser().parseFromString(clean, 'text/html');
    expect(doc.querySelectorAll('nn-graph, nn-playground, nn-quiz-task').length).to.equal(4);
    expect(doc.querySelector('nn-quiz-task[goal]')!.getAttribute('for')).to.equal('ex2');
    expect(doc.querySelector('nn-playground')!.getAttribute('dataset-name')).to.equal('circle');
    expect(doc.querySelectorAll('[data-choice], [data-feedback], [data-question], [data-explanation], [data-solution]').length).to.equal(7);
    expect(doc.querySelector('script')).to.equal(null);
  });

  it('without the documented hook, DOMPurify 3.5 drops for= (why the hook is there)', () => {
    const plain = DOMPurify.sanitize(lesson, { CUSTOM_ELEMENT_HANDLING: { tagNameCheck: /^nn-/, attributeNameCheck: /./ } });
    const doc = new DOMParser().parseFromString(plain, 'text/html');
    expect(doc.querySelector('nn-quiz-task[goal]')!.hasAttribute('for')).to.equal(false);
  });

  it('the sanitized lesson works: applying the solution and training completes the goal', async () => {
    const clean: string = sanitizeLesson(DOMPurify, allowlist, lesson);
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // What a CMS does with the stored HTML: assign it (our code never parses author text).
    host.innerHTML = clean;
    const pg = host.querySelector('nn-playground') as NnPlayground;
    const quiz = host.querySelector('nn-quiz-task[goal]') as NnQuizTask;
    await settle(pg);
    await settle(quiz);
    byName(quiz.shadowRoot!, 'Click here for our solution').click();
    await settle(quiz);
    byName(quiz.shadowRoot!, 'Apply this solution').click();
    await settle(pg);
    expect(pg.config.layers).to.deep.equal([3]);
    for (let e = 0; e < 3000 && !quiz.complete; e++) pg.step();
    await settle(quiz);
    expect(quiz.complete).to.equal(true);
  });
});
