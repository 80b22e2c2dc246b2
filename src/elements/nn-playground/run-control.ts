import type { ReactiveControllerHost } from 'lit';
import { emit, type NnDataChangeDetail } from '../../events.js';
import { formatEpoch, formatPercent } from '../shared/i18n/numbers.js';
import type { NnDatasetPlot } from '../nn-dataset-plot/nn-dataset-plot.component.js';
import type { NnGraph } from '../nn-graph/nn-graph.component.js';
import type { Compiled } from '../shared/i18n/messages.js';
import type { FeatureName } from '../../core/features.js';
import type { OwnPoints } from './playground-run.js';
import type { GraphEdit } from '../nn-graph/graph-model.js';
import type { GraphHoverNotice } from '../nn-graph/edit-request.js';
import type { PlaygroundConfig } from './config.js';
import type { PlaygroundRun } from './playground-run.js';
import { Readouts } from './readouts.js';
import type { PLAYGROUND_STRINGS } from './strings.js';
import { TrainingLoop, type FrameTiming, type TrainingView } from './training-loop.js';

/** Loss announcements for screen readers: at most this often while training. */
const ANNOUNCE_MS = 8000;

/** What training needs from its playground. */
export interface TrainingUi {
  run(): PlaygroundRun;
  strings(): Compiled<typeof PLAYGROUND_STRINGS>;
  num(v: number, decimals: number): string;
  locale(): string;
  graph(): NnGraph | null;
  plot(): NnDatasetPlot | null;
  /** Says a text through the live region. */
  say(text: string): void;
  /** A message for the learner ('' clears it): why training stopped, or why a change was refused. */
  stopped(message: string): void;
  /** The settings in use, as `nn-config-change` reports them. */
  config(): PlaygroundConfig;
}

/**
 * Everything that changes a playground's run while the page lives, with the events each
 * change owes the page:
 * - training: Play, Pause and Step, one epoch at a time with divergence caught, the pictures
 *   and readouts after each heatmap pass, `nn-epoch` per frame, the loss for screen readers at
 *   most every 8 s;
 * - settings from the learner, the host or a quiz's solution: training options apply in place,
 *   anything else builds a new run (`nn-reset`), and the graph gets the new network at once;
 * - the inner graph's edit requests: one trip, request up, apply, new picture down.
 * @internal
 */
export class RunControl implements TrainingView {
  readonly loop: TrainingLoop;
  readonly readouts: Readouts;
  private lastAnnounce = 0;
  /** Paused while another playground came to rest in this frame: the loss is said when this one does (TrainingLoop.resting). */
  private sayAtRest = false;

  constructor(private host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode }, private ui: TrainingUi, private timing: FrameTiming) {
    this.loop = new TrainingLoop(host, this, timing);
    this.readouts = new Readouts((s) => {
      const t = this.ui.strings();
      return {
        label: t.lossChart({ epoch: s.epoch, train: this.ui.num(s.trainLoss, 3), test: this.ui.num(s.testLoss, 3) }), trainingLoss: t.trainingLoss, testLoss: t.testLoss, epoch: t.epoch, locale: this.ui.locale(),
        point: (epoch, train, test) => t.chartPoint({ epoch, train: this.ui.num(train, 3), test: this.ui.num(test, 3) }),
      };
    });
  }

  get run(): PlaygroundRun {
    return this.ui.run();
  }

  get speed(): number {
    return this.ui.run().cfg.speed;
  }

  get playing(): boolean {
    return this.loop.playing;
  }

  /** Whether the graph shows its live picture: training, or paused and not yet at rest (TrainingLoop.flowing). */
  get flowing(): boolean {
    return this.loop.flowing;
  }

  play(): void {
    if (this.loop.playing) return;
    this.loop.play();
    emit(this.host, 'nn-play', { epoch: this.run.session.epoch });
    this.host.requestUpdate();
  }

  pause(): void {
    if (!this.loop.playing) return;
    this.loop.pause();
    emit(this.host, 'nn-pause', { epoch: this.run.session.epoch });
    if (this.loop.resting) this.sayAtRest = true;
    else this.announceLoss(true);
    this.host.requestUpdate();
  }

  step(): void {
    this.pause();
    this.loop.runEpochs(1);
    this.announceLoss(true);
  }

  /** One epoch; on divergence pauses, says why and returns false (the loop redraws). */
  trainOne(): boolean {
    const session = this.run.session;
    // At the limit nothing trains (Play or Step pressed there); reaching it pauses while playing.
    if (this.stopAtLimit(true)) return false;
    const result = session.step();
    if (!result.diverged) {
      this.stopAtLimit(this.loop.playing);
      return true;
    }
    const t = this.ui.strings();
    this.ui.stopped(result.cause === 'learning-rate' ? t.divergedRate({ epoch: session.epoch, rate: this.ui.num(session.options.learningRate, -1) }) : t.diverged({ epoch: session.epoch }));
    this.pause();
    emit(this.host, 'nn-diverged', { epoch: session.epoch, reason: result.reason });
    return false;
  }

  /** At `max-epochs` (and `when`), training pauses and says why; true when it did. */
  private stopAtLimit(when: boolean): boolean {
    const max = this.run.cfg.maxEpochs;
    const epoch = this.run.session.epoch;
    if (!when || max <= 0 || epoch < max) return false;
    this.ui.stopped(this.ui.strings().stoppedAtMax({ epoch, max }));
    this.pause();
    return true;
  }

  /**
   * The inner graph's hovered or focused neuron: the plot shows that neuron's output, taken
   * from the grid the last pass filled (no pass of its own); the output or none: the network's.
   */
  readonly onGraphHover = (e: Event): void => {
    const node = (e as GraphHoverNotice).detail;
    const plot = this.ui.plot();
    if (plot) plot.gridNode = node && node.layer < this.run.session.network.sizes.length - 1 ? node : null;
  };

  showPass(throttleMs: number): void {
    this.ui.graph()?.redraw(throttleMs);
    this.ui.plot()?.draw();
  }

  paintLive(): void {
    const s = this.run.session;
    const locale = this.ui.locale();
    this.readouts.paintLive(this.host.renderRoot, formatEpoch(s.epoch, locale), this.ui.num(s.testLoss, 3), this.ui.num(s.trainLoss, 3), formatPercent(s.testAccuracy, locale), formatPercent(s.trainAccuracy, locale));
  }

  paintChart(now: number, slow = 1): void {
    if (this.readouts.due(now, slow)) this.readouts.paintChart(this.host.renderRoot, this.run.session, this.ui.strings(), this.loop.playing, now, slow);
  }

  /** After a render: the live numbers and the chart as they are now. */
  paintAll(): void {
    this.paintLive();
    this.readouts.paintChart(this.host.renderRoot, this.run.session, this.ui.strings(), this.loop.playing);
  }

  /** After epochs were trained: their timing, `nn-epoch`, and the loss for screen readers. */
  report(start: number, trained: number, n: number): void {
    const timing = this.timing;
    timing.start = start;
    timing.train = trained - start;
    timing.epochs = n;
    const s = this.run.session;
    emit(this.host, 'nn-epoch', { epoch: s.epoch, trainLoss: s.trainLoss, testLoss: s.testLoss, trainAccuracy: s.trainAccuracy, testAccuracy: s.testAccuracy });
    this.announceLoss(false);
  }

  requestUpdate(): void {
    if (this.sayAtRest && !this.loop.resting) {
      this.sayAtRest = false;
      this.announceLoss(true);
    }
    this.host.requestUpdate();
  }

  /**
   * A new run (or restored weights) is in: the message goes, and the graph gets the new network
   * now, not at the next render: an edit made in between would otherwise land on the old one.
   */
  adopted(): void {
    this.ui.stopped('');
    const graph = this.ui.graph();
    const net = this.run.session.network;
    if (graph && graph.network !== net) graph.network = net;
  }

  /** Back to epoch 0: the same starting weights, or new ones (`restarts` + 1). */
  rebuild(restarts: number): void {
    this.pause();
    this.run.rebuild(restarts);
    this.restarted();
  }

  /** Moves to new settings: training options apply in place, anything else restarts (and plays on if it was playing). */
  change(next: PlaygroundConfig, setting?: string, value?: unknown): void {
    const wasPlaying = this.loop.playing;
    if (this.run.change(next)) {
      this.pause();
      this.restarted();
      if (wasPlaying) this.play();
    }
    if (setting) emit(this.host, 'nn-config-change', { setting, value, config: { ...this.ui.config() } });
    this.host.requestUpdate();
  }

  /** A learner's setting; nothing happens when it is unchanged. */
  set<K extends keyof PlaygroundConfig>(key: K, value: PlaygroundConfig[K], setting: string): void {
    const cfg = this.run.cfg;
    if (JSON.stringify(cfg[key]) !== JSON.stringify(value)) this.change({ ...cfg, [key]: value }, setting, value);
  }

  /**
   * The inner graph asks for an edit: a weight or bias goes on training from the edited value;
   * a structure edit restarts from fresh, seeded weights (one rebuild, one new network handed
   * down), as in TensorFlow Playground.
   */
  edit(edit: GraphEdit): void {
    if (edit.kind === 'parameter') {
      if (!this.run.setParameter(edit.param, edit.value)) return;
      this.loop.afterStep();
      emit(this.host, 'nn-config-change', { setting: edit.param.kind, value: edit.value, config: { ...this.ui.config() } });
      return;
    }
    if (edit.kind === 'input') {
      const f = this.run.choiceFeature(edit.choice);
      if (f) this.toggleFeature(f, edit.on);
      return;
    }
    const layers = this.run.layersAfter(edit);
    if (layers) this.set('layers', layers, 'layers');
  }

  /** New own points (a file, the author's `data` or inline child): the run trains on them from the same starting weights. */
  useData(points: OwnPoints | null, message = ''): void {
    const run = this.run;
    if (run.points === points) return;
    const next = run.usePoints(points);
    if (next) this.change(next, 'dataset', next.dataset);
    else this.rebuild(run.restarts);
    if (message) this.ui.stopped(message);
    this.host.requestUpdate();
  }

  /** "Regenerate": new points from the same dataset, the same starting weights. */
  regenerate(): void {
    this.pause();
    this.run.regenerate();
    this.restarted();
    emit(this.host, 'nn-config-change', { setting: 'regenerate', value: this.run.draws, config: { ...this.ui.config() } });
    this.host.requestUpdate();
  }

  /** The learner drew or removed a point on the output plot (editable-data): training starts again on the new points. */
  readonly onPointEdit = (e: Event): void => {
    const { action, point } = (e as CustomEvent<NnDataChangeDetail>).detail;
    e.stopPropagation();
    const wasPlaying = this.loop.playing;
    if (!this.run.editPoint(action, point)) return this.host.requestUpdate();
    this.pause();
    this.restarted();
    if (wasPlaying) this.play();
    this.host.requestUpdate();
  };

  /** A feature switched on its input node: never the last one. */
  toggleFeature(f: FeatureName, on: boolean): void {
    const next = this.run.featuresWith(f, on);
    if (next) this.set('features', next, 'features');
    else this.ui.stopped(this.ui.strings().atLeastOneFeature);
  }

  private restarted(): void {
    this.adopted();
    emit(this.host, 'nn-reset', { epoch: 0 });
    this.loop.afterStep();
  }

  private announceLoss(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastAnnounce < ANNOUNCE_MS) return;
    this.lastAnnounce = now;
    const s = this.run.session;
    this.ui.say(this.ui.strings().lossAnnouncement({ epoch: s.epoch, train: this.ui.num(s.trainLoss, 3), test: this.ui.num(s.testLoss, 3) }));
  }
}
