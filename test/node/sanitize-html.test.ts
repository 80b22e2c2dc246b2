import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import sanitizeHtml from 'sanitize-html';
import { parseDocument } from 'htmlparser2';

// docs/cms.md's sanitize-html configuration, run where integrators run it (Node), on the
// README's lesson: every nn-* tag with every attribute value, and the quiz's markers, survive;
// what sanitize-html is for (scripts, event handlers) is still removed.
const allowlist = JSON.parse(readFileSync('dist/allowlist.json', 'utf8')) as Record<string, string[]>;

function documented(html: string): string {
  const { '*': markers, ...tags } = allowlist;
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, ...Object.keys(tags)],
    allowedAttributes: { ...sanitizeHtml.defaults.allowedAttributes, ...tags, '*': markers },
  });
}

/** Every element as `tag attr="value" …`, in document order, as a browser would read them. */
function elements(html: string): string[] {
  const out: string[] = [];
  const walk = (node: any) => {
    if (node.type === 'tag') out.push(`${node.name} ${Object.entries(node.attribs as Record<string, string>).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}`.trim());
    for (const c of node.children ?? []) walk(c);
  };
  walk(parseDocument(html));
  return out;
}

const readmeLesson = /```html\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))![1];

describe('the documented sanitize-html configuration', () => {
  it('keeps the README lesson\'s elements, attribute values (the goal\'s < and &&) and quiz markers exactly, leaving out only the script and the stylesheet link', () => {
    const before = elements(readmeLesson).filter((e) => !e.startsWith('script') && !e.startsWith('link'));
    const after = elements(documented(readmeLesson));
    expect(after).to.deep.equal(before);
    expect(after.some((e) => e.includes('goal="train-loss < 0.2 && test-loss < 0.2"'))).to.equal(true);
    expect(after.filter((e) => e.includes('data-choice=')).length).to.equal(2);
  });

  it('still removes scripts, event handlers and unknown attributes', () => {
    const after = documented('<nn-graph layers="2" onclick="steal()" data-x="1"></nn-graph><script>steal()</script><p onmouseover="x()" data-question>Q</p>');
    expect(after).to.equal('<nn-graph layers="2"></nn-graph><p data-question>Q</p>');
  });
});
