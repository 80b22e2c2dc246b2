import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { missing, startSite, type Site } from './site.js';

// The WordPress plugin on a real WordPress (Debian's 6.1.9, MariaDB, php -S), started here.
// Posts are saved by a user with the Author role through wp_insert_post, so kses filters them
// as it filters a real author's post, and read back in Chromium. `npm run test:wordpress`.
const readme = readFileSync('README.md', 'utf8');
// The README lesson as an author pastes it into WordPress: the plugin loads the script and the stylesheet.
const lesson = /```html\n([\s\S]*?)```/.exec(readme)![1].replace(/<script[^>]*><\/script>\n?/, '').replace(/<link[^>]*>\n?/g, '');

let site: Site;
let browser: Browser;

function file(name: string, html: string): string {
  const path = join(tmpdir(), `nn-wp-${process.pid}-${name}.html`);
  writeFileSync(path, html);
  return path;
}

const save = (name: string, html: string, id?: number) => site.step('save', file(name, html), String(id ?? 0)) as { id: number; url: string; kses: boolean; content: string };

/** Every element of `html` (or of the post's content in `page`) as `tag attr="value" …`, in order, with the quiz each is in. */
const shape = `(root) => [...root.querySelectorAll('*')].map((el) => {
  const quiz = el.parentElement && el.parentElement.closest('nn-quiz-task');
  return [el.localName, ...[...el.attributes].map((a) => a.name + '=' + JSON.stringify(a.value))].join(' ') + (quiz ? ' in quiz ' + (quiz.getAttribute('for') || quiz.getAttribute('mode')) : '');
})`;

async function open(url: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The post's content as WordPress served it (before the elements upgrade and add their own attributes). */
async function postShape(page: Page, url: string): Promise<string[]> {
  const html = await (await fetch(url)).text();
  return page.evaluate(`(${shape})(new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html').getElementsByClassName('wp-block-post-content')[0])`) as Promise<string[]>;
}

async function lessonShape(page: Page): Promise<string[]> {
  return page.evaluate(`(() => { const t = document.createElement('template'); t.innerHTML = ${JSON.stringify(lesson)}; return (${shape})(t.content); })()`) as Promise<string[]>;
}

describe('the WordPress plugin, on WordPress 6.1.9 with an Author\'s posts', function () {
  this.timeout(300000);

  before(async () => {
    const why = missing();
    if (why) throw new Error(`npm run test:wordpress needs WordPress: ${why}`);
    site = await startSite();
    site.step('activate');
    const author = site.step('author');
    expect(author.unfiltered_html, 'an Author may not post unfiltered HTML').to.equal(false);
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  for (const [form, wrap] of [['as classic content (wpautop runs)', (h: string) => h], ['in a Custom HTML block', (h: string) => `<!-- wp:html -->\n${h}\n<!-- /wp:html -->`]] as const) {
    it(`keeps the README lesson exactly, ${form}: every element and attribute value (the goal's < and &&, the solution's JSON), the quiz markers inside their quiz`, async () => {
      const post = save(`lesson-${form.length}`, wrap(lesson));
      expect(post.kses, 'kses ran on the save').to.equal(true);
      const page = await open(post.url);
      const want = await lessonShape(page);
      expect(want.some((e) => e.includes('goal="train-loss < 0.2 && test-loss < 0.2"'))).to.equal(true);
      expect(await postShape(page, post.url)).to.deep.equal(want);
      await page.close();
    });
  }

  it('loads the elements once, as a module from the plugin, and the README lesson works: Exercise 2\'s goal completes with the published solution', async () => {
    const post = save('lesson-run', lesson);
    const page = await open(post.url);
    const scripts = await page.$$eval('script', (s) => s.map((x) => [x.type, x.getAttribute('src') ?? '']).filter(([, src]) => src.includes('nn-elements')));
    expect(scripts).to.have.length(1);
    expect(scripts[0][0]).to.equal('module');
    expect(scripts[0][1]).to.match(/\/wp-content\/plugins\/nn-elements\/dist\/nn-elements\.js\?ver=0\.1\.0$/);
    // The stylesheet that holds the elements' space is in the head, before they are defined.
    expect(await page.$$eval('head link[rel="stylesheet"]', (l) => l.map((x) => x.getAttribute('href')).filter((h) => h!.includes('/plugins/nn-elements/dist/nn-elements.css')))).to.have.length(1);
    const reached = await page.evaluate(async () => {
      await Promise.all(['nn-graph', 'nn-playground', 'nn-quiz-task'].map((t) => customElements.whenDefined(t)));
      const pg = document.getElementById('ex2') as any;
      const goal = document.querySelector('nn-quiz-task[for="ex2"]') as any;
      await pg.updateComplete;
      await goal.updateComplete;
      const apply = [...goal.shadowRoot.querySelectorAll('button')].find((b: HTMLButtonElement) => b.textContent!.trim() === 'Apply this solution') as HTMLButtonElement;
      apply.click();
      await pg.updateComplete;
      pg.speed = 10;
      pg.scrollIntoView();
      const done = new Promise((r) => goal.addEventListener('nn-task-complete', r, { once: true }));
      pg.play();
      await done;
      pg.pause();
      return { complete: goal.complete, train: pg.trainLoss, test: pg.testLoss, layers: pg.config.layers };
    });
    expect(reached.complete).to.equal(true);
    expect(reached.layers).to.deep.equal([3]);
    expect(reached.train).to.be.below(0.2);
    expect(reached.test).to.be.below(0.2);
    await page.close();
  });

  it('keeps kses\'s protection for everything else: handlers, scripts and javascript: links go, on our tags too', () => {
    const post = save('unsafe', '<nn-graph id="g" layers="4" onclick="alert(1)" onmouseover="alert(2)"></nn-graph>\n<p onclick="alert(3)" data-choice="a">x</p>\n<script>alert(4)</script>\n<a href="javascript:alert(5)">link</a>');
    expect(post.content).to.contain('<nn-graph id="g" layers="4">');
    expect(post.content).to.contain('<p data-choice="a">x</p>');
    expect(post.content).to.not.match(/onclick|onmouseover|<script|javascript:/);
  });

  it('renders the shortcodes as the tags, with the allowlist\'s attributes only, escaped, and the elements upgrade', async () => {
    const post = save('shortcodes', '[nn-playground id="sc" dataset-name="xor" seed="3" onclick="alert(1)" style="display:none"]\n\n[nn-quiz-task for="sc" goal="train-loss < 0.2 && test-loss < 0.2"]<p>Goal: both losses below 0.2.</p>[/nn-quiz-task]\n\n[nn-graph layers="4" inputs="0,0,0" flowing]');
    const page = await open(post.url);
    const got = await postShape(page, post.url);
    expect(got.filter((e) => e.startsWith('nn-'))).to.deep.equal([
      'nn-playground id="sc" dataset-name="xor" seed="3"',
      'nn-quiz-task for="sc" goal="train-loss < 0.2 && test-loss < 0.2"',
      'nn-graph layers="4" inputs="0,0,0" flowing=""',
    ]);
    expect(got).to.include('p in quiz sc');
    const upgraded = await page.evaluate(async () => {
      await customElements.whenDefined('nn-playground');
      const pg = document.getElementById('sc') as any;
      await pg.updateComplete;
      return { shadow: !!pg.shadowRoot, dataset: pg.config.dataset };
    });
    expect(upgraded).to.deep.equal({ shadow: true, dataset: 'xor' });
    await page.close();
  });

  it('does nothing on a page without our tags: no script of ours', async () => {
    const post = save('plain', '<p>A post about something else.</p>');
    const html = await (await fetch(post.url)).text();
    expect(html).to.contain('A post about something else.');
    expect(html).to.not.contain('/plugins/nn-elements/');
  });

  it('deactivated, the same post saved again loses our tags (kses removes them), and no script of ours loads', async () => {
    const first = save('lesson-off', lesson);
    expect(first.content).to.contain('<nn-quiz-task');
    site.step('deactivate');
    try {
      const again = save('lesson-off', lesson, first.id);
      expect(again.content).to.not.match(/<nn-/);
      const html = await (await fetch(again.url)).text();
      expect(html).to.not.contain('/plugins/nn-elements/');
    } finally {
      site.step('activate');
    }
  });
});
