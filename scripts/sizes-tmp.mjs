import { rollup } from 'rollup';
import config from '/work/main/rollup.config.mjs';
const b = await rollup({ ...config, onwarn() {} });
const { output } = await b.generate(config.output);
const mods = Object.entries(output[0].modules).map(([id, m]) => [id.replace('/work/main/', ''), m.renderedLength]).sort((a, b) => b[1] - a[1]);
let tot = 0; for (const [, n] of mods) tot += n;
console.log('total rendered (pre-terser)', tot);
for (const [id, n] of mods.slice(0, 40)) console.log(String(n).padStart(7), id);
