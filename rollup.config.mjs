// The CDN bundle: one self-contained, minified ES module with Lit inside. The unbundled
// modules for npm users (lib/, with .d.ts) come from `tsc` in the build script.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyTemplates from './scripts/rollup-minify-templates.mjs';

export default {
  input: 'src/index.ts',
  output: { file: 'dist/nn-elements.js', format: 'es', sourcemap: true },
  plugins: [
    // Lit's production build: no dev-mode warnings in lessons.
    nodeResolve({ exportConditions: ['production'] }),
    typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: true, outDir: 'dist', rootDir: 'src' }),
    minifyTemplates(),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
