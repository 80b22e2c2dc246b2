// README snippet, verbatim (test/node/readme.test.ts checks it), type-checked as a page's
// JavaScript by `npm run typecheck` (test/types/tsconfig.readme.json).
import { registerLocale } from 'nn-elements';   // or from './dist/nn-elements.js' on a page
registerLocale('pt-BR', {
  'nn-graph': {
    addLayer: 'Adicionar camada oculta',
    hiddenLayerCount: { one: '{count} camada oculta', other: '{count} camadas ocultas' },
  },
  'nn-playground': { learningRate: 'Taxa de aprendizado' },
});
