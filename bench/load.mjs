// Page-load benchmark in headless Chromium: the seed lesson (demo/index.html) and the
// playground page, loaded with the CPU as is and throttled 4× (CDP
// Emulation.setCPUThrottlingRate), until every element has rendered and the layout is still.
// Reports, as medians of BENCH_RUNS (default 3) loads:
//   the longest main-thread task and how many tasks took 50 ms or more (a `longtask`
//   PerformanceObserver from the first byte),
//   main-thread time from navigation to settled (CDP Performance.getMetrics TaskDuration),
//   and the time until every element had rendered;
// the lesson also as a learner meets it, on a repeat visit and on a first (nothing cached: files,
// V8's compiled code): nothing awaits the elements for 3 s after the load, so
// those far below the first screen wait to render until they come near (shared/first-render.ts);
// its row says how many of the page's elements rendered, and its frames of 50 ms or more at 4×
// are listed (Long Animation Frame entries): what ran in each (no script: the browser's own
// work; else which script, and the style and layout it forced) and the frame's style and layout;
// and, for scale, the lesson page's own layout with JavaScript off (no element upgrades), on a
// first load and on a second load in the same tab (fonts and glyphs cached), at 4× (a trace's
// longest Layout event): what the browser spends before any of our code runs.
// `node bench/load.mjs [--json]`, after `npm run build` (npm run bench runs it).
import { loadavg } from 'node:os';
import { benchOptions, launchBrowser, median, startServer } from './launch.mjs';

const { json, runs, loadBefore } = benchOptions();
const PAGES = ['demo/index.html', 'demo/playground.html'];
const { port, stop } = await startServer(8750);
const browser = await launchBrowser();

async function load(path, rate, awaitAll = true, firstVisit = false) {
  const page = await browser.newPage();
  try {
    // A first visit: nothing cached, neither the files nor V8's code for them.
    if (firstVisit) await page.setCacheEnabled(false);
    await page.setViewport({ width: 1280, height: 800 });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.evaluateOnNewDocument(`window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
      window.__frames = [];
      try {
        new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.duration >= 50) window.__frames.push({ ms: e.duration, styleLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0, scripts: e.scripts.map((s) => ({ who: s.invoker, file: (s.sourceURL || '').split('/').pop(), ms: s.duration, forced: s.forcedStyleAndLayoutDuration })) }); }).observe({ type: 'long-animation-frame', buffered: true });
      } catch {}`);
    const before = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await page.goto(`http://127.0.0.1:${port}/${path}`, { waitUntil: 'load' });
    const rendered = await page.evaluate(awaitAll ? `(async () => {
      const tags = ['nn-graph', 'nn-playground', 'nn-quiz-task', 'nn-dataset-plot'];
      await Promise.all(tags.filter((t) => document.querySelector(t)).map((t) => customElements.whenDefined(t)));
      await Promise.all([...document.querySelectorAll(tags.join(','))].map((e) => e.updateComplete));
      const at = performance.now();
      for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
      return at;
    })()` : `(async () => {
      await new Promise((r) => setTimeout(r, 3000));
      const all = [...document.querySelectorAll('nn-graph, nn-playground, nn-quiz-task, nn-dataset-plot')];
      return all.filter((e) => e.hasUpdated).length + ' of ' + all.length;
    })()`);
    const after = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const long = await page.evaluate('window.__long');
    const frames = await page.evaluate('window.__frames');
    return { longest: Math.max(0, ...long), over50: long.filter((d) => d >= 50).length, mainThreadMs: (after.TaskDuration - before.TaskDuration) * 1000, renderedMs: rendered, frames };
  } finally {
    await page.close();
  }
}

/** The longest Layout of loading `path` twice in one tab with JavaScript off, at 4× CPU: [first, second] in ms. */
async function layoutAlone(path) {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 1280, height: 800 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const out = [];
    for (let i = 0; i < 2; i++) {
      await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReturnAsStream' });
      await page.goto(`http://127.0.0.1:${port}/${path}`, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 500));
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      const { stream } = await done;
      let text = '';
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream });
        text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
        if (chunk.eof) break;
      }
      await cdp.send('IO.close', { handle: stream });
      const events = JSON.parse(text).traceEvents ?? JSON.parse(text);
      out.push(Math.max(0, ...events.filter((e) => e.name === 'Layout' && e.ph === 'X').map((e) => e.dur / 1000)));
    }
    return out;
  } finally {
    await page.close();
  }
}

const rows = [];
const alone = [];
try {
  for (let i = 0; i < runs; i++) alone.push(await layoutAlone('demo/index.html'));
  for (const [path, awaitAll, firstVisit] of [...PAGES.map((p) => [p, true, false]), ['demo/index.html', false, false], ['demo/index.html', false, true]]) {
    for (const rate of [1, 4]) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await load(path, rate, awaitAll, firstVisit));
      const pick = (f) => { const v = samples.map(f); return typeof v[0] === 'number' ? median(v) : v[v.length - 1]; };
      rows.push({ page: awaitAll ? path : `${path}, as loaded${firstVisit ? ', 1st visit' : ''}`, cpu: `${rate}x`, longestTaskMs: pick((s) => s.longest), tasksOver50: pick((s) => s.over50), mainThreadMs: pick((s) => s.mainThreadMs), renderedMs: pick((s) => s.renderedMs), longestTasks: samples.map((s) => Math.round(s.longest)), longFrames: samples.map((s) => s.frames) });
    }
  }
} finally {
  await browser.close();
  stop();
}
const loadAfter = loadavg();
const aloneRow = { page: 'demo/index.html', firstLoadMs: median(alone.map((a) => a[0])), secondLoadMs: median(alone.map((a) => a[1])), runs: alone.map((a) => a.map(Math.round)) };
if (json) console.log(JSON.stringify({ runs, loadBefore, loadAfter, rows, layoutWithoutScript: aloneRow }, null, 2));
else {
  console.log(`\nPage load: headless Chromium, 1280×800, ${runs} load${runs > 1 ? 's' : ''} of each (medians); load average ${loadBefore[0].toFixed(2)} before, ${loadAfter[0].toFixed(2)} after`);
  console.log('page                                     CPU  longest task ms  tasks ≥ 50 ms  main thread ms  all rendered at ms  longest per run');
  for (const r of rows) console.log(`${r.page.padEnd(40)} ${r.cpu.padStart(3)} ${r.longestTaskMs.toFixed(0).padStart(16)} ${String(r.tasksOver50).padStart(14)} ${r.mainThreadMs.toFixed(0).padStart(15)} ${(typeof r.renderedMs === 'number' ? r.renderedMs.toFixed(0) : `${r.renderedMs} rendered`).padStart(19)}  ${r.longestTasks.join(', ')}`);
  // Whose the long frames are: the browser's own layout (no script), or which script, and how much of the frame its style and layout took.
  const said = (f) => `${f.ms.toFixed(0)} ms: ${f.scripts.length ? f.scripts.filter((x) => x.ms >= 5).map((x) => `${x.who.replace(/^http.*\//, '')}${x.file && !x.who.includes(x.file) ? ` (${x.file})` : ''} ${x.ms.toFixed(0)}${x.forced >= 5 ? `, ${x.forced.toFixed(0)} forced style` : ''}`).join(' + ') || 'scripts under 5 ms each' : 'no script'}; style and layout ${f.styleLayout.toFixed(0)}`;
  for (const r of rows.filter((r) => r.page.includes('as loaded') && r.cpu === '4x')) {
    console.log(`\n${r.page}, ${r.cpu}: its frames of 50 ms or more (Long Animation Frames), by run`);
    r.longFrames.forEach((frames, i) => console.log(`  run ${i + 1}: ${frames.length ? frames.map(said).join(' | ') : 'none'}`));
  }
  console.log(`\nThe lesson page alone (JavaScript off), 4×, its longest layout: ${aloneRow.firstLoadMs.toFixed(0)} ms on a first load, ${aloneRow.secondLoadMs.toFixed(0)} ms loaded again in the same tab (runs: ${aloneRow.runs.map((r) => r.join(' / ')).join(', ')})`);
}
