import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HeatmapGrid } from '../../core/heatmap.js';
import { ResizeController } from '../shared/controllers/resize.js';
import { OnDemand, type PartStyled } from '../shared/on-demand.js';
import { windowOf } from '../shared/realm.js';
import { frameTurns } from '../shared/frame-turn.js';
import type { PaletteTables } from '../shared/painters/palette.js';
import { layoutKey, narrowAt } from './diagram.view.js';
import { BiasPainter, LinkPainter, type LinkSource } from './link-painter.js';
import type { GraphNames } from './names.js';
import type { NodeThumbs } from './node-thumbs.js';

/** While training, the most links restyled in one redraw (see redraw). */
const LINK_WRITES = 96;
/**
 * While training, marks run along the links from the inputs to the output, as TensorFlow
 * Playground's dashes do: squares in the surface colour, three to a link, drawn on a canvas
 * over the lines and moved 1/FLOW_STEPS of their spacing at most every FLOW_MS.
 * Measured (npm run bench, largest network, 4× CPU): a CSS animation of every line's dash
 * offset repainted the links in every frame (3× the main-thread time, 15 fps); dashed lines
 * moved with the pictures, on the lines or on this canvas, made tasks of 70–200 ms.
 */
const FLOW_STEPS = 12;
/** Least time between two steps of the marks. */
const FLOW_MS = 100;
const FLOW_MARKS = 3;
/**
 * A live canvas of a new size gets a new buffer from the browser in each of its first three
 * commits (three are in flight at once), and each cost 10-20 ms of main thread at 4× CPU on
 * the largest network, where later commits cost about 1 (CDP trace). So its first draws come
 * one per frame page-wide, at most: ten playgrounds started together made frames of 90-110 ms
 * with four to six first draws in them; and Play's first frames, which train nothing, draw it.
 * @internal
 */
export const WARM_DRAWS = 3;
/** The frame's turn for a live canvas's first draw (see WARM_DRAWS). */
const firstDraws = frameTurns();

/** What the picture reads from its graph: the public properties a playground sets, and its shadow root. */
export interface PictureHost extends ReactiveControllerHost, HTMLElement, PartStyled {
  readonly deadLinks: readonly Uint8Array[] | null;
  readonly heatmaps: HeatmapGrid | null;
  readonly discretize: boolean;
  /** Training: the links' dashes move on with each picture. */
  readonly flowing: boolean;
  readonly renderRoot: ParentNode;
}

/**
 * What training changes in a graph, painted in place without a render: the links' widths,
 * signs and dead marks, and the neurons' heatmap pictures. After each update it looks its
 * lines and node boxes up again only when the layout changed (shape, narrow columns,
 * heatmaps on or off), so a re-render (the inspector, 4 times a second while training) writes
 * no link. It also keeps the diagram's width: a new width renders again only when it changes
 * the column mode.
 * @internal
 */
export class LivePicture implements ReactiveController {
  private readonly links = new LinkPainter();
  private readonly biases = new BiasPainter();
  /** What only a playground's graph shows (the neurons' heatmap pictures, their styles): its own chunk, driven-part.ts, loaded by `drive` or the first `heatmaps`. */
  private readonly driven: OnDemand<typeof import('./driven-part.js')>;
  private thumbs: NodeThumbs | null = null;
  private thumbnailsShown = -Infinity;
  private flowPhase = 0;
  private flowShownAt = -Infinity;
  /**
   * Training: the live canvas shows the dashes and the neurons' pictures (see NodeThumbs); it
   * is hidden when training stops and freed soon after, so that at rest it costs the compositor
   * nothing.
   */
  private live = false;
  /** Draws since the live canvas got its size (see WARM_DRAWS). */
  private warmDraws = 0;
  private reducedMotion: MediaQueryList | null = null;
  /** The marks' canvas, its context and the diagram's units, for the layout in place. */
  private flowCanvas: { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D; box: { width: number; height: number } } | null = null;
  /** The layout as last rendered (layoutFor) and as last measured (hostUpdated). */
  private rendered = '';
  private measured = '';
  /** The diagram's width in CSS pixels, from its ResizeObserver (0 before the first layout). */
  private width = 0;
  private readonly resize: ResizeController;
  private readonly buttons = () => [...this.source.renderRoot.querySelectorAll<HTMLElement>('.diagram > .node[data-node]')];

  constructor(private source: PictureHost, private colours: PaletteTables, private net: () => LinkSource, private names: () => GraphNames) {
    const host = source;
    host.addController(this);
    this.driven = new OnDemand(host, 'nn-graph\'s playground part', () => import('./driven-part.js').then((m) => {
      host.addPartStyles(m.drivenStyles);
      return m;
    }));
    this.resize = new ResizeController(host, (entries) => this.resized(entries));
  }

  /** The graph pictures a playground's network: its part (styles, node pictures) loads now, before the first render shows. */
  drive(): void {
    void this.driven.start();
  }

  /** Whether the diagram, at its measured width, has narrow columns (short headings, stacked −/+). */
  get narrow(): boolean {
    return this.width > 0 && this.isNarrow(this.width);
  }

  /** The render about to happen shows this layout. */
  rendering(v: Parameters<typeof layoutKey>[0]): void {
    this.rendered = layoutKey(v);
  }

  hostUpdated(): void {
    if (this.rendered !== this.measured) {
      this.measured = this.rendered;
      this.links.attach([...this.source.renderRoot.querySelectorAll<SVGLineElement>('line.active')]);
      this.biases.attach([...this.source.renderRoot.querySelectorAll<HTMLElement>('.node .bias')]);
      // Looked up once per layout, so that moving the marks reads and allocates nothing.
      const canvas = this.source.renderRoot.querySelector<HTMLCanvasElement>('canvas.flow');
      const box = this.source.renderRoot.querySelector<SVGSVGElement>('svg.links')?.viewBox.baseVal;
      const ctx = canvas?.getContext('2d');
      this.endLive();
      this.flowCanvas = canvas && ctx && box ? { canvas, ctx, box: { width: box.width, height: box.height } } : null;
      this.thumbs?.invalidate();
    }
    this.links.paint(this.net(), this.source.deadLinks);
    this.biases.paint(this.net());
    // The live canvas is sized in the render that shows training, not at the first pass: a
    // canvas changing size makes Chromium lay out the page's compositing layers again, and ten
    // playgrounds started together then did so ten times, one per first pass (15 ms each at 4×).
    // Its first draws come in the frames after (warm): Play's own task stays light, and until
    // then the still pictures show through it.
    if (!this.source.flowing) this.endLive();
    else if (!this.live) {
      this.startLive();
      this.sizeLive();
      // From the frame after the one that lays out and paints this render.
      const win = windowOf(this.source);
      win.requestAnimationFrame(() => win.requestAnimationFrame(this.warm));
    }
    this.resize.observe(this.source.renderRoot.querySelector('.diagram'));
    this.paintThumbs();
  }

  /** The colours changed: every picture is painted again. */
  recolour(): void {
    this.thumbs?.invalidate();
    this.paintThumbs();
  }

  /** The neurons' pictures from the graph's `heatmaps`, onto the diagram's canvas (none: nothing to do). */
  paintThumbs(): void {
    const grid = this.source.heatmaps;
    const canvas = this.source.renderRoot.querySelector<HTMLCanvasElement>('canvas.thumbs');
    if (!grid || !canvas) return;
    const part = this.driven.get();
    this.thumbs ??= part && new part.NodeThumbs(this.colours);
    if (!this.thumbs?.update(grid, canvas, this.buttons, this.source.discretize)) return;
    // Training (the render that shows Pause comes before the first training frame): live now.
    if (this.source.flowing) this.startLive();
    if (this.live) this.drawLive();
    else this.thumbs.show();
  }

  /**
   * After a heatmap pass. While training (`throttleMs` > 0) a sweep over the links writes at
   * most LINK_WRITES of them per call and goes on at the next: early in training nearly every
   * one of the largest network's 384 links changes, and restyling them all in one frame made a
   * 60–100 ms task on a 4× slower CPU. The pictures are repainted at most every `throttleMs`.
   * A picture on pause or step (throttleMs 0) is always complete.
   */
  redraw(throttleMs: number, now: number): void {
    const net = this.net();
    const dead = this.source.deadLinks;
    const due = now - this.thumbnailsShown >= throttleMs;
    if (throttleMs === 0) this.links.paint(net, dead, Infinity, true);
    else if (this.links.sweeping) this.links.paint(net, dead, LINK_WRITES, false);
    else if (due) this.links.paint(net, dead, LINK_WRITES, true);
    const still = throttleMs === 0 || !this.source.flowing;
    const ended = still && this.live;
    if (still) this.endLive();
    else if (!this.live) {
      this.startLive();
      this.drawLive();
    }
    // The marks move in a frame that paints no pictures and sweeps no links, the lightest of
    // the redraws: with the pictures they made 70–90 ms tasks at 4× CPU (bench).
    else if (!due && !this.links.sweeping && now - this.flowShownAt >= Math.max(FLOW_MS, throttleMs)) {
      this.flowShownAt = now;
      this.flowPhase = (this.flowPhase + 1) % FLOW_STEPS;
      this.drawLive();
    }
    if (due || ended) {
      this.biases.paint(net);
      this.thumbnailsShown = now;
      this.paintThumbs();
    }
  }

  /** Training started: the pictures move to the live canvas (drawn by the caller). */
  private startLive(): void {
    if (!this.flowCanvas || this.live) return;
    this.live = true;
    this.flowCanvas.canvas.hidden = false;
    this.thumbs?.setLive(true);
  }

  /** Until the live canvas has had its first draws, one per frame while training. */
  private readonly warm = (): void => {
    if (!this.live || this.warmDraws >= WARM_DRAWS) return;
    this.drawLive();
    windowOf(this.source).requestAnimationFrame(this.warm);
  };

  /** The live canvas anew: the dashes at their phase (none for a reader who prefers reduced motion), then the neurons' pictures. */
  private drawLive(): void {
    const f = this.flowCanvas;
    const size = this.sizeLive();
    if (!f || !size) return;
    if (this.warmDraws < WARM_DRAWS) {
      // Another canvas had its first draw in this frame: this one keeps its last picture a frame
      // longer. The same canvas drawn again in its frame (its nodes moved) is drawn: no new commit.
      const turn = firstDraws(this.source.ownerDocument, this);
      if (!turn) return;
      if (turn === 'new') this.warmDraws++;
    }
    const win = windowOf(this.source);
    this.reducedMotion ??= win.matchMedia?.('(prefers-reduced-motion: reduce)') ?? null;
    const { ctx, box } = f;
    const dpr = win.devicePixelRatio || 1;
    const { width: w, height: h } = size;
    ctx.clearRect(0, 0, w, h);
    if (!this.reducedMotion?.matches) {
      ctx.fillStyle = this.colours.colors.surface;
      this.links.markLive(ctx, w / box.width, h / box.height, this.flowPhase / FLOW_STEPS / FLOW_MARKS, FLOW_MARKS, 3 * dpr);
    }
    this.thumbs?.drawOnto(ctx);
  }

  /** Gives the live canvas the pictures' size (null: not laid out yet); a size it has costs nothing. */
  private sizeLive(): { width: number; height: number } | null {
    const f = this.flowCanvas;
    if (!f || !f.box.width) return null;
    const canvas = f.canvas;
    const dpr = windowOf(this.source).devicePixelRatio || 1;
    // The pictures' own size when they are placed: both canvases cover the diagram.
    const size = this.thumbs?.size ?? { width: Math.round(canvas.clientWidth * dpr), height: Math.round(canvas.clientHeight * dpr) };
    if (!size.width || !size.height) return null;
    if (canvas.width !== size.width || canvas.height !== size.height) {
      canvas.width = size.width;
      canvas.height = size.height;
      this.warmDraws = 0;
    }
    return size;
  }

  /**
   * Training stopped: the live canvas is hidden, and freed in a task of its own half a second
   * later (freeing its buffer took 13 ms at 4× CPU, in Pause's own task), and the pictures are
   * a still bitmap again (shown by the paintThumbs that follows every call).
   */
  private endLive(): void {
    if (!this.live) return;
    this.live = false;
    const f = this.flowCanvas;
    if (f) {
      f.canvas.hidden = true;
      // A canvas of no size holds no buffer: the compositor copies every 2D canvas at each commit.
      windowOf(this.source).setTimeout(() => this.live || (f.canvas.width = f.canvas.height = 0), 500);
    }
    this.thumbs?.setLive(false);
  }

  /** The pictures follow a new size; the graph renders again only when the column mode changes. */
  private resized(entries: readonly ResizeObserverEntry[]): boolean {
    this.thumbs?.invalidate();
    this.paintThumbs();
    const w = entries[entries.length - 1]?.contentRect.width ?? 0;
    const before = this.width;
    this.width = w;
    return before === 0 || this.isNarrow(w) !== this.isNarrow(before);
  }

  private isNarrow(width: number): boolean {
    return narrowAt(width, this.net().sizes, this.names());
  }
}
