// A Rollup plugin for the CDN bundle: collapses the whitespace of Lit's html``, svg`` and
// css`` templates and drops CSS comments. Terser leaves template text alone, and the
// indentation of our templates is a tenth of the bundle. Expressions inside ${…} are kept
// as written, nested templates in them are minified too.
//
// HTML: any whitespace run becomes one space. Browsers collapse such runs anyway outside
// <pre> and `white-space: pre`, which no template of ours uses (a test of the bundle checks).
// CSS: comments go, runs become one space, and spaces next to { } ; , and after : go.

const TAG = /\b(html|svg|css) ?`/g;

/** The index just after the `}` that closes an expression starting at `i`. */
function skipExpression(code, i) {
  let depth = 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '"' || c === "'") {
      i++;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '`') {
      i = scanTemplate(code, i + 1, null).end;
    } else if (c === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2) + 2;
    } else {
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  throw new Error('unterminated ${ expression in a template');
}

function minifyText(text, kind) {
  if (kind === 'css') {
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/:\s+/g, ':');
  }
  return text.replace(/\s+/g, ' ');
}

/**
 * Scans a template literal whose text starts at `i` (just after the backtick) and returns
 * its end (just after the closing backtick) and, when `kind` is set, its minified source.
 */
function scanTemplate(code, i, kind) {
  let out = '';
  let text = '';
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      text += code[i] + code[i + 1];
      i += 2;
    } else if (c === '`') {
      out += kind ? minifyText(text, kind) : text;
      return { end: i + 1, out };
    } else if (c === '$' && code[i + 1] === '{') {
      out += kind ? minifyText(text, kind) : text;
      text = '';
      const end = skipExpression(code, i + 2);
      out += '${' + minifyTemplates(code.slice(i + 2, end - 1)) + '}';
      i = end;
    } else {
      text += c;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

export function minifyTemplates(code) {
  let out = '';
  let last = 0;
  TAG.lastIndex = 0;
  let m;
  while ((m = TAG.exec(code))) {
    const start = m.index + m[0].length;
    const { end, out: body } = scanTemplate(code, start, m[1]);
    out += code.slice(last, start) + body + '`';
    last = end;
    TAG.lastIndex = end;
  }
  return out + code.slice(last);
}

export default function minifyTemplatesPlugin() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[tj]s$/.test(id)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}
