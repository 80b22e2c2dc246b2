import { css } from 'lit';

export const plotStyles = css`
      :host { max-width: var(--nn-plot-size, 420px); }
      .frame { position: relative; width: 100%; aspect-ratio: 1; }
      /* Axes on the border: the frame top right, x's numbers under it, x2's at its left. */
      .area.with-axes { display: grid; grid-template-columns: 1.9em minmax(0, 1fr); grid-template-rows: auto 1.3em; font-size: 0.75em; }
      .with-axes .frame { grid-column: 2; grid-row: 1; font-size: calc(1em / 0.75); }
      .x-axis, .y-axis { position: relative; color: var(--_muted); font-variant-numeric: tabular-nums; direction: ltr; }
      .x-axis { grid-column: 2; grid-row: 2; }
      .y-axis { grid-column: 1; grid-row: 1; }
      .x-axis span { position: absolute; top: 4px; transform: translateX(-50%); line-height: 1; }
      .y-axis span { position: absolute; right: 5px; transform: translateY(-50%); line-height: 1; }
      .x-axis span::before { content: ''; position: absolute; left: 50%; top: -4px; height: 3px; border-left: 1px solid currentColor; }
      .y-axis span::after { content: ''; position: absolute; top: 50%; right: -5px; width: 3px; border-top: 1px solid currentColor; }
      canvas { position: relative; width: 100%; height: 100%; display: block; border: 1px solid var(--_border); border-radius: 4px; touch-action: none; }
      /* The model's output, under the points: its few pixels scaled by the browser, smoothly, or crisp when discretized. */
      canvas.heat { position: absolute; inset: 0 auto auto 0; border-color: transparent; background: var(--_surface); pointer-events: none; }
      canvas.heat.crisp { image-rendering: pixelated; }
      :host([editable]) canvas { cursor: crosshair; }
      .below { display: flex; justify-content: space-between; gap: 8px; align-items: center; flex-wrap: wrap; margin-top: 4px; font-size: 0.8em; }
      .note { margin: 4px 0 0; font-size: 0.8em; color: var(--_muted); }
      /* The colour scale as TensorFlow Playground shows it: a caption, then the bar in the background's own colours with −1, 0 and +1 under it. */
      .legend { display: inline-flex; align-items: center; gap: 8px; font-size: 0.8em; color: var(--_muted); }
      .legend .scale { display: inline-grid; grid-template-columns: repeat(3, 1fr); width: 132px; font-variant-numeric: tabular-nums; direction: ltr; }
      .legend .bar { grid-column: 1 / -1; width: 100%; height: 12px; border: 1px solid var(--_border); border-radius: 2px; image-rendering: auto; box-sizing: border-box; }
      .legend .scale > span:nth-of-type(2) { text-align: center; }
      .legend .scale > span:nth-of-type(3) { text-align: end; }
      .readout { font-variant-numeric: tabular-nums; color: var(--_muted); min-height: 1.2em; }
      .tools { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; align-items: end; font-size: 0.85em; }
      .tools label { display: inline-flex; flex-direction: column; gap: 2px; }
      .tools input { width: 5em; padding: 3px; border: 1px solid var(--_border); border-radius: 4px; }
      .tools select { padding: 3px; }
      table { border-collapse: collapse; font-size: 0.8em; margin-top: 6px; width: 100%; }
      th, td { border-bottom: 1px solid var(--_border); padding: 2px 6px; text-align: right; }
      caption { text-align: start; font-weight: 600; }
      .table-wrap { max-height: 240px; overflow: auto; }
      .pager { display: flex; gap: 8px; align-items: center; margin-top: 4px; font-size: 0.8em; }
      .hint { font-size: 0.8em; color: var(--_muted); margin: 4px 0 0; }
      ::slotted(script) { display: none; }
    `;
