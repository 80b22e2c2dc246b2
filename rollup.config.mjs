// The CDN files, minified ES modules with Lit inside (lib/, unbundled with .d.ts, comes from
// `tsc` in the build script):
//   dist/nn-elements.js   all four elements in one self-contained file (the size budget's file);
//   dist/nn-graph.js, nn-dataset-plot.js, nn-playground.js, nn-quiz-task.js   one element each
//     (the playground brings the graph and the plot it contains), sharing dist/chunks/, Lit
//     in chunks/lit.js, so a page with only <nn-graph> loads only what the graph needs;
//   dist/core.js          the model alone, no DOM;
//   dist/locales/*.js     de, es, fr, ja messages, imported by any of the above when a page's lang asks.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyTemplates from './scripts/rollup-minify-templates.mjs';
import { privateMangle } from './scripts/private-names.mjs';

// Private members get short names, the same in every file (scripts/private-names.mjs).
const mangle = { properties: privateMangle() };

const plugins = (properties = true) => [
  // Lit's production build: no dev-mode warnings in lessons.
  nodeResolve({ exportConditions: ['production'] }),
  typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: true, outDir: 'dist', rootDir: 'src' }),
  minifyTemplates(),
  // Comments go, but for the compile hint (EAGER below).
  terser({ ecma: 2022, module: true, toplevel: true, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, pure_getters: true }, format: { comments: /^# allFunctionsCalledOnLoad$/ }, mangle: properties ? mangle : true }),
];

/**
 * The bundle's files that run as a lesson loads (its shared code, the quiz part, the playground
 * part) ask V8 to compile every function as the file streams in, on a background thread
 * (Chromium's explicit compile hints, 136 and later; other engines read a comment). Compiled
 * lazily, each function was compiled on the main thread when the elements first rendered, and
 * that made the lesson's upgrade and first renders tasks of 60 to 90 ms at 4x CPU (main-thread
 * compile in a trace of the load: 54 to 98 ms; with the hint, 1 to 4). With it and the quizzes
 * held off screen (src/bundle/hold-quizzes.ts), bench/load.mjs's lesson, loaded as a learner
 * meets it at 4x, had no task of 50 ms in 14 of 14 loads. The parts a click needs and the
 * per-element files (a page with one element, at their size budget) stay lazy.
 */
const EAGER = new Set(['index', 'quiz', 'playground']);
const eagerBanner = (chunk) => (!chunk.isEntry && EAGER.has(chunk.name) ? '//# allFunctionsCalledOnLoad\n' : '');

export default [
  {
    input: 'src/bundle/index.ts',
    // nn-elements.js is a facade over the code it shares with its parts (a chunk of its own):
    // the parts import that chunk by its plain name, so a page that loads nn-elements.js?ver=1
    // (WordPress adds ?ver=, CDNs add cache keys) still runs one copy of the classes, not two.
    preserveEntrySignatures: 'strict',
    // Languages other than English are separate files, loaded when a page's lang asks for one.
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'nn-elements.js',
      // Parts loaded on demand (the backward pass) sit beside it, named after it: dist/chunks/ is the per-element files'.
      // The shared code behind the facade is nn-elements.main.js; the parts are named after their module.
      chunkFileNames: (chunk) => (chunk.facadeModuleId && /[\\/]locales[\\/]/.test(chunk.facadeModuleId) ? 'locales/[name].js' : chunk.name === 'index' ? 'nn-elements.main.js' : 'nn-elements.[name].js'),
      banner: eagerBanner,
    },
    plugins: plugins(),
  },
  {
    input: {
      'nn-graph': 'src/elements/nn-graph/nn-graph.ts',
      'nn-dataset-plot': 'src/elements/nn-dataset-plot/nn-dataset-plot.ts',
      'nn-playground': 'src/elements/nn-playground/nn-playground.ts',
      'nn-quiz-task': 'src/elements/nn-quiz-task/nn-quiz-task.ts',
      core: 'src/core/index.ts',
    },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => (chunk.facadeModuleId && /[\\/]locales[\\/]/.test(chunk.facadeModuleId) ? 'locales/[name].js' : 'chunks/[name].js'),
      // Lit apart (a page with other Lit elements may share it); the base every element stands
      // on in one file with the controllers that most of them use and the events' helper: a page with a quiz
      // then loads one compressed file, not three (each file's compression starts afresh: 630 B).
      manualChunks: (id) => (/node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id) ? 'lit' : /[\\/](elements[\\/]shared[\\/](nn-element|styles|controllers[\\/](link|persistence|light-dom))|src[\\/]events)\.ts$/.test(id) ? 'shared' : undefined),
    },
    plugins: plugins(),
  },
  {
    // The SCORM runtime adapter, alone: a lesson's LMS connection, injected by `nn-elements scorm`.
    input: { 'nn-scorm': 'src/scorm/adapter.ts' },
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js' },
    // It reads the elements' public properties and the LMS's API by name: no property is renamed.
    plugins: plugins(false),
  },
];
