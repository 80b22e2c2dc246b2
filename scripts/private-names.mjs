// Short names for the CDN bundle's private members. Terser shortens local variables but keeps
// every property name, and the private ones (`this.linkCursor`, `this.renderedLayout`) are
// about a fifth of the property text. This finds the members that no one outside the class
// can name, and gives each a fixed short name, the same in every chunk and every build (so
// a base class in chunks/ and its subclass in another file agree).
//
// A member is renamed only when all of these hold; otherwise it keeps its name:
//   - it is declared `private` or `protected` (not `override`) in a class under src/;
//   - no class, interface, type or object literal in src/ has a public member of that name;
//   - it has no decorator (Lit's decorators name their property in a string);
//   - the name is not a word of a string in src/ that could reach it by its text
//     (`changed.has('name')`, a selector, an event name, an html`` template's `.name=${…}`);
//     sentences for people (errors, warnings, the message tables) and stylesheets do not count;
//   - the name is not a word of Lit's type declarations (a lifecycle method we implement).
// Members of a class or interface tagged `@internal` (the rooms behind the components: models,
// painters, views, controllers, whose objects never reach a host) count as private too, and an
// object literal's key does not keep such a name public: Terser renames the key with the
// member. A name that any public declaration also uses still keeps it.
// Terser also keeps every name in its list of DOM properties. lib/ (tsc's output, for
// bundlers) keeps the names as written.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { pathToFileURL } from 'node:url';

const WORD = /[A-Za-z_$][\w$]*/g;

function sourceFiles(dir) {
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
}

function wordsOf(dir, ext) {
  const words = new Set();
  for (const f of fs.readdirSync(dir, { recursive: true }).map(String)) {
    if (f.endsWith(ext)) for (const w of fs.readFileSync(path.join(dir, f), 'utf8').match(WORD) ?? []) words.add(w);
  }
  return words;
}

/**
 * Terser never renames a property that a DOM interface also has (its domprops list, which its
 * package does not export): such names are left out, so the list says what is renamed.
 */
const domprops = new Set((await import(pathToFileURL(path.resolve('node_modules/terser/tools/domprops.js')).href)).domprops);

/** The renameable private member names of src/, most used first, with their use counts. */
export function privateMembers(root = '.') {
  const hidden = new Set();
  const open = new Set();
  const inStrings = new Set();
  const assigned = new Set();
  const internal = new Set();
  const uses = new Map();
  const isInternal = (node) => ts.getJSDocTags(node).some((t) => t.tagName.text === 'internal');
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    // The message tables (an element's strings.ts, the locales) are text for learners: their
    // words reach no property. Their keys still count as public (property assignments).
    const messages = /[\\/](strings\.ts|locales[\\/][\w-]+\.ts)$/.test(file);
    for (const w of text.match(WORD) ?? []) uses.set(w, (uses.get(w) ?? 0) + 1);
    const visit = (node, inInternal = false) => {
      if ((ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && isInternal(node)) {
        for (const m of node.members) {
          if (!m.name || !ts.isIdentifier(m.name)) continue;
          const kinds = (ts.getModifiers(m) ?? []).map((k) => k.kind);
          if (kinds.includes(ts.SyntaxKind.OverrideKeyword) || ts.getDecorators(m)?.length) open.add(m.name.text);
          else if (!ts.isConstructorDeclaration(m)) internal.add(m.name.text);
        }
        ts.forEachChild(node, (c) => visit(c, true));
        return;
      }
      if (inInternal && node.parent && (ts.isClassDeclaration(node.parent) || ts.isInterfaceDeclaration(node.parent)) && node.name && ts.isIdentifier(node.name)) {
        ts.forEachChild(node, (c) => visit(c, false));
        return;
      }
      if (ts.isObjectLiteralExpression(node.parent ?? node) && node !== node.parent && (ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) || ts.isMethodDeclaration(node)) && ts.isIdentifier(node.name)) {
        assigned.add(node.name.text);
      } else if ((ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && ts.isIdentifier(node.name)) {
        const kinds = (ts.getModifiers(node) ?? []).map((m) => m.kind);
        const closed = !kinds.includes(ts.SyntaxKind.OverrideKeyword) && (kinds.includes(ts.SyntaxKind.PrivateKeyword) || kinds.includes(ts.SyntaxKind.ProtectedKeyword));
        if (closed && !ts.getDecorators(node)?.length) hidden.add(node.name.text);
        else open.add(node.name.text);
      } else if ((ts.isPropertySignature(node) || ts.isMethodSignature(node)) && node.name && ts.isIdentifier(node.name)) {
        open.add(node.name.text);
      } else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
        assigned.add(node.name.text);
      } else if (ts.isShorthandPropertyAssignment(node)) {
        assigned.add(node.name.text);
      } else if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'css') {
        // A stylesheet names classes and parts, never a property: its words do not count.
        return;
      } else if ((ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) && !messages) {
        // A text with spaces outside a Lit template is a sentence for a person (an error, a
        // warning): it reaches no property. A token ('trainPts', 'w:1:2', a selector) and any
        // part of an html``/svg`` template (`.inputLabels=${…}` sets a property by name) count.
        const specifier = node.parent && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) || (ts.isCallExpression(node.parent) && node.parent.expression.kind === ts.SyntaxKind.ImportKeyword));
        const inTemplate = !!ts.findAncestor(node, (a) => ts.isTaggedTemplateExpression(a) && ts.isIdentifier(a.tag) && (a.tag.text === 'html' || a.tag.text === 'svg'));
        if (!specifier && (inTemplate || !/\s/.test(node.text))) for (const w of node.text.match(WORD) ?? []) inStrings.add(w);
      }
      ts.forEachChild(node, (c) => visit(c, false));
    };
    visit(ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true));
  }
  const lit = new Set();
  for (const pkg of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']) {
    for (const w of wordsOf(path.join(root, 'node_modules', pkg), '.d.ts')) lit.add(w);
  }
  for (const name of internal) hidden.add(name);
  // An object literal's key keeps a private name public (the literal may go anywhere), but not
  // the name of an internal member: such literals are the internal objects themselves.
  for (const name of assigned) if (!internal.has(name)) open.add(name);
  return [...hidden]
    .filter((name) => !open.has(name) && !inStrings.has(name) && !lit.has(name) && !domprops.has(name) && !name.startsWith('_'))
    .sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || (a < b ? -1 : 1));
}

const DIGITS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** `_a`, `_b`, …, `_9`, `_aa`, …: no property of ours or of Lit starts with `_` and a letter or digit. */
function shortName(i) {
  let s = '';
  do {
    s += DIGITS[i % DIGITS.length];
    i = Math.floor(i / DIGITS.length) - 1;
  } while (i >= 0);
  return '_' + s;
}

/** Terser's `mangle.properties` options that rename exactly these members, the same way in every chunk. */
export function privateMangle(root = '.') {
  const names = privateMembers(root);
  const props = Object.fromEntries(names.map((n, i) => ['$' + n, shortName(i)]));
  return { regex: new RegExp(`^(?:${names.join('|')})$`), cache: { props } };
}
