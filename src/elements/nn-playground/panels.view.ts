import { html, nothing, type TemplateResult } from 'lit';
import { ACTIVATION_NAMES } from '../../core/activation.js';
import { CLASSIFICATION_DATASETS, REGRESSION_DATASETS, type ProblemType } from '../../core/dataset.js';
import type { FeatureName } from '../../core/features.js';
import type { Compiled } from '../shared/i18n/messages.js';
import { stepIcon, pauseIcon, playIcon } from '../shared/icons.js';
import { REGULARIZATION_NAMES } from '../../core/regularization.js';
import { LEARNING_RATES, REGULARIZATION_RATES, SPEEDS, type ControlName, type PlaygroundConfig, type PlaygroundDataset } from './config.js';
import { selectControl, sliderControl, type ControlState } from './controls.js';
import type { PLAYGROUND_STRINGS } from './strings.js';

/**
 * What the playground's toolbar and data panel show, and where the learner's input goes.
 * @internal
 */
export interface PanelsView {
  t: Compiled<typeof PLAYGROUND_STRINGS>;
  /** The panels' heading level, under the page's last heading before the playground. */
  level: number;
  cfg: PlaygroundConfig;
  controls: ControlState & { show(name: ControlName | FeatureName): boolean; off(name: ControlName | FeatureName): boolean };
  playing: boolean;
  num(v: number, decimals: number): string;
  set<K extends keyof PlaygroundConfig>(key: K, value: PlaygroundConfig[K], setting: string): void;
  setProblem(p: ProblemType): void;
  setDataset(d: PlaygroundDataset): void;
  /** The problem type of the own points, when there are any: their "Your data" picker shows with that type's datasets. */
  ownProblem: ProblemType | null;
  regenerate(): void;
  /** The element has an id, so "Copy link to this setup" can write its settings under it. */
  canLink: boolean;
  copyLink(): void;
  /** A file chosen in the CSV input. */
  loadCsv(file: File): void;
  reset(): void;
  playPause(): void;
  step(): void;
  newRandomStart(): void;
}

/** The data column's controls, shown when `hide` leaves one of them. */
const DATA_CONTROLS = ['dataset', 'train-ratio', 'noise', 'batch-size', 'regenerate', 'load-csv'] as const;

export function dataShown(v: Pick<PanelsView, 'controls'>): boolean {
  return DATA_CONTROLS.some((n) => v.controls.show(n));
}

/** Play, Step, Reset, the epoch and the hyperparameter selects. */
export function toolbarView(v: PanelsView): TemplateResult {
  const { t, cfg: c, controls: k } = v;
  return html`<div class="toolbar" part="toolbar">
    <div class="buttons">
      ${k.show('reset') ? html`<button type="button" aria-label=${t.reset} title=${t.reset} ?disabled=${k.off('reset')} @click=${v.reset}>↺</button>` : nothing}
      <button type="button" class="play" aria-label=${v.playing ? t.pause : t.play} title=${v.playing ? t.pause : t.play} @click=${v.playPause}>${v.playing ? pauseIcon : playIcon}</button>
      ${k.show('step') ? html`<button type="button" aria-label=${t.step} title=${t.step} ?disabled=${k.off('step')} @click=${v.step}>${stepIcon}</button>` : nothing}
      ${k.show('new-random-start') ? html`<button type="button" ?disabled=${k.off('new-random-start')} @click=${v.newRandomStart}>${t.newRandomStart}</button>` : nothing}
      ${v.canLink && k.show('copy-link') ? html`<button type="button" ?disabled=${k.off('copy-link')} @click=${v.copyLink}>${t.copyLink}</button>` : nothing}
    </div>
    <div class="epoch" aria-live="off">${t.epoch}<b class="live-epoch"></b></div>
    ${selectControl(k, 'learning-rate', t.learningRate, LEARNING_RATES, c.learningRate, (x) => v.num(x, -1), (x) => v.set('learningRate', Number(x), 'learning-rate'))}
    ${selectControl(k, 'activation', t.activation, ACTIVATION_NAMES, c.activation, (a) => t.activationNames[a] ?? a, (x) => v.set('activation', x as PlaygroundConfig['activation'], 'activation'))}
    ${selectControl(k, 'regularization', t.regularization, REGULARIZATION_NAMES, c.regularization, (r) => t.regularizationNames[r] ?? r, (x) => v.set('regularization', x as PlaygroundConfig['regularization'], 'regularization'))}
    ${selectControl(k, 'regularization-rate', t.regularizationRate, REGULARIZATION_RATES, c.regularizationRate, (x) => v.num(x, -1), (x) => v.set('regularizationRate', Number(x), 'regularization-rate'))}
    ${selectControl(k, 'problem', t.problem, ['classification', 'regression'] as const, c.problem, (p) => (p === 'classification' ? t.classification : t.regression), (x) => v.setProblem(x as ProblemType))}
    ${selectControl(k, 'speed', t.speed, SPEEDS, c.speed, String, (x) => v.set('speed', Number(x), 'speed'))}
  </div>`;
}

/** The data column: dataset, ratio, noise, batch size (features are switched on the network's input nodes). */
export function dataPanelView(v: PanelsView): TemplateResult | typeof nothing {
  const { t, cfg: c, controls: k } = v;
  if (!dataShown(v)) return nothing;
  const list: PlaygroundDataset[] = [...(c.problem === 'regression' ? REGRESSION_DATASETS : CLASSIFICATION_DATASETS), ...(v.ownProblem === c.problem ? ['custom' as const] : [])];
  return html`<section part="data" aria-label=${t.data}>
    <h3 aria-level=${v.level}>${t.data}</h3>
    ${k.show('dataset') ? html`<fieldset><legend>${t.dataset}</legend><div class="datasets">
      ${list.map((d) => html`<label class="dataset"><input type="radio" name="dataset" value=${d} .checked=${d === c.dataset} ?disabled=${k.off('dataset')}
        @change=${() => v.setDataset(d)} /><canvas data-dataset=${d} aria-hidden="true"></canvas><span>${t.datasetNames[d] ?? d}</span></label>`)}
    </div></fieldset>` : nothing}
    <div class="data-actions">
      ${k.show('regenerate') ? html`<button type="button" ?disabled=${k.off('regenerate')} @click=${v.regenerate}>${t.regenerate}</button>` : nothing}
      ${k.show('load-csv') ? html`<label class="csv">${t.loadCsv}<input type="file" accept=".csv,text/csv,text/plain" ?disabled=${k.off('load-csv')}
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) v.loadCsv(file);
        }} /></label>` : nothing}
    </div>
    ${sliderControl(k, 'train-ratio', t.ratio, c.trainRatio, { min: 10, max: 90, step: 10, unit: '%' }, (x) => v.set('trainRatio', x, 'train-ratio'))}
    ${sliderControl(k, 'noise', t.noise, c.noise, { min: 0, max: 50, step: 5 }, (x) => v.set('noise', x, 'noise'))}
    ${sliderControl(k, 'batch-size', t.batchSize, c.batchSize, { min: 1, max: 30, step: 1 }, (x) => v.set('batchSize', x, 'batch-size'))}
  </section>`;
}
