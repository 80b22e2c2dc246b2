import { css } from 'lit';

export const playgroundStyles = css`
      /* Its layout and paint are its own, and off screen the page skips it (content-visibility:
         auto): with ten on a page and one training at 4× CPU, 23 → 45 fps (bench/many.mjs).
         Focus rings at its edges still show (overflow-clip-margin). Until it has been seen it
         keeps nn-elements.css's height for it, else this one. */
      :host { container-type: inline-size; content-visibility: auto; contain-intrinsic-size: auto 857px; overflow-clip-margin: 8px; }
      /* Until the graph and plot inside have rendered too (each in a task of its own), nothing
         shows: a phone painting in between saw the panels below the network move down. */
      :host(:not(:state(nn-ready))) * { visibility: hidden; }
      .toolbar { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: end; padding: 8px 0 12px; border-bottom: 1px solid var(--_border); }
      .toolbar .buttons { display: flex; gap: 6px; align-items: center; }
      .play { width: 44px; height: 44px; padding: 0; display: inline-grid; place-items: center; flex: none; border-radius: 50%; background: var(--_accent); color: var(--_surface); border-color: var(--_accent); font-size: 1.1em; }
      .epoch { font-variant-numeric: tabular-nums; min-width: 7.5em; }
      .epoch b { font-size: 1.3em; display: block; }
      /* Fixed boxes: the numbers change every frame without laying out the rest of the element. */
      .epoch b, .losses b { width: 6.5ch; height: 1.4em; contain: strict; white-space: nowrap; }
      /* 000,123: six digits and a group separator, as TensorFlow Playground writes the epoch. */
      .epoch b { width: 7.5ch; }
      label.field { display: inline-flex; flex-direction: column; gap: 2px; font-size: 0.8em; color: var(--_muted); }
      select, input[type='range'] { font-size: 1rem; color: var(--_text); }
      select { padding: 3px 4px; border: 1px solid var(--_border); border-radius: 4px; background: var(--_surface); }
      /* The output column may grow: a small network (the lesson's Exercise 2 starts with none
         hidden) must not leave the middle column mostly empty beside a squeezed plot. */
      .layout { display: grid; grid-template-columns: minmax(160px, 200px) minmax(0, 1fr) minmax(240px, 380px); gap: 16px; margin-top: 12px; }
      .layout.no-data { grid-template-columns: minmax(0, 1fr) minmax(260px, 1fr); }
      .layout.no-data nn-dataset-plot { max-width: 480px; }
      /* The panels read in the diagram's order, inputs to output, on right-to-left pages too
         (the network is drawn left to right there, as its formulas are); their text stays RTL. */
      .layout { direction: ltr; }
      :host(:dir(rtl)) .layout > * { direction: rtl; }
      /* One column on a phone: the output (losses, chart, plot) comes right after Play and the
         epoch, so that a learner sees training and its result together, then the network, whose
         edits show in the losses one screen up, then the data. */
      @container (max-width: 700px) {
        .layout, .layout.no-data { grid-template-columns: minmax(0, 1fr); }
        .layout > section[part='output'] { order: -1; }
        .layout > section[part='network'] { order: 0; }
        .layout > :not(section[part='output']):not(section[part='network']) { order: 1; }
        .layout > section[part='output'] nn-dataset-plot { max-width: min(100%, 46vh); margin: 0 auto; }
      }
      h3 { font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--_muted); margin: 0 0 6px; }
      fieldset { border: 0; padding: 0; margin: 0 0 12px; min-width: 0; }
      legend { font-size: 0.8em; color: var(--_muted); padding: 0; margin-bottom: 4px; }
      /* Datasets as TensorFlow Playground picks them: by their picture, each a real radio with its name. */
      .datasets { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 6px; }
      .datasets label.dataset { display: grid; grid-template-columns: auto 1fr; grid-template-rows: auto auto; align-items: center; align-content: start; column-gap: 4px; font-size: 0.8em; cursor: pointer; }
      .datasets label.dataset canvas { grid-row: 1; grid-column: 1 / -1; width: 48px; height: 48px; border: 2px solid var(--_border); border-radius: 4px; box-sizing: border-box; }
      /* The real radio lies over its picture, as large as it: the picture is the target, and the name gets the whole width ("Exclusive or" on one line). */
      .datasets label.dataset input { grid-row: 1; grid-column: 1 / -1; width: 48px; height: 48px; margin: 0; opacity: 0; z-index: 1; cursor: pointer; }
      .datasets label.dataset span { grid-row: 2; grid-column: 1 / -1; white-space: nowrap; }
      .datasets label.dataset:has(input:checked) canvas { border-color: var(--_accent); box-shadow: 0 0 0 2px var(--_accent); }
      .datasets label.dataset:has(input:checked) span { font-weight: 600; }
      .datasets label.dataset:has(input:focus-visible) canvas { outline: 2px solid var(--_focus); outline-offset: 1px; }
      .data-actions { display: flex; flex-direction: column; align-items: flex-start; gap: 6px; margin: 8px 0; font-size: 0.85em; }
      .data-actions button { min-height: 28px; }
      .data-actions .csv { display: flex; flex-direction: column; gap: 2px; max-width: 100%; }
      .data-actions .csv input { max-width: 100%; min-height: 28px; font: inherit; }
      .datasets label, .checks label { display: flex; gap: 6px; align-items: center; font-size: 0.9em; }
      .slider { display: grid; grid-template-columns: 1fr auto; font-size: 0.8em; color: var(--_muted); margin-bottom: 8px; }
      .slider input { width: 100%; grid-column: 1 / -1; }
      /* Losses on the first row, accuracies (classification) under them. */
      .losses { display: grid; grid-template-columns: repeat(2, max-content); gap: 4px 24px; font-variant-numeric: tabular-nums; margin-bottom: 6px; }
      /* Blocks, not a flex column: a flex item is never a layout boundary in Chromium, so each new
         value laid the playground out again; a block of contain: strict is laid out alone. */
      .losses div { display: block; font-size: 0.8em; color: var(--_muted); }
      .losses b { display: block; font-size: 1.25rem; color: var(--_text); }
      .chart { margin: 0 0 8px; }
      /* Its own layout and paint: the chart's labels and lines change 5 times a second while
         training; each change laid the whole playground out again (up to 14 ms at 4x CPU, bench)
         and, unclipped, made Chromium lay out the page's compositing layers again (15 ms). The
         margin keeps the chart's focus ring. */
      .chart .plot-area { position: relative; height: 86px; padding: 0 0 16px 34px; contain: strict; overflow-clip-margin: 6px; }
      .chart svg { width: 100%; height: 70px; display: block; border-left: 1px solid var(--_border); border-bottom: 1px solid var(--_border); background: var(--_surface); overflow: visible; }
      .chart .y, .chart .x { position: absolute; font-size: 0.7em; color: var(--_muted); font-variant-numeric: tabular-nums; line-height: 1; }
      .chart .y { left: 0; width: 30px; text-align: right; }
      .chart .y.max { top: 0; }
      .chart .y.zero { top: 63px; }
      .chart .x { right: 0; bottom: 0; }
      /* The lines' painted extent stays that of the box while they move (see nn-graph's .links .extent). */
      .chart .extent { fill: transparent; pointer-events: none; }
      .chart .train { stroke: var(--_train-line); }
      .chart .test { stroke: var(--_test-line); stroke-dasharray: 4 2; }
      .chart figcaption { display: flex; gap: 14px; font-size: 0.75em; color: var(--_muted); }
      .chart .key::before { content: ''; display: inline-block; width: 18px; margin-inline-end: 4px; vertical-align: middle; border-top: 2px solid var(--_train-line); }
      .chart .key.test::before { border-top: 2px dashed var(--_test-line); }
      .chart svg:focus-visible { outline: 2px solid var(--_focus, var(--_accent)); outline-offset: 2px; }
      .chart .cursor { stroke: var(--_muted); stroke-width: 1; }
      /* The readout lies over the chart's top edge: pointing at the chart never moves the plot below. */
      .chart { position: relative; }
      .chart-readout { position: absolute; top: -2px; inset-inline-start: 38px; margin: 0; padding: 0 4px; border-radius: 3px; background: var(--_surface); font-size: 0.75em; color: var(--_text); font-variant-numeric: tabular-nums; pointer-events: none; }
      .message { border-inline-start: 4px solid var(--_error); padding: 6px 10px; margin: 8px 0; color: var(--_error); background: color-mix(in srgb, var(--_error) 8%, transparent); }
      .checks { display: flex; gap: 12px; flex-wrap: wrap; margin-top: 6px; }
      nn-dataset-plot { max-width: 100%; }
      nn-graph { --nn-radius: 6px; }
      .hint { font-size: 0.8em; color: var(--_muted); }
    `;
