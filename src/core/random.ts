/**
 * A seeded pseudo-random generator: sfc32 seeded through a string hash (cyrb128).
 *
 * Why not Math.random: a lesson must show every learner the same network and the same data,
 * in every browser and in Node, and two exercises on one page must not share a stream.
 * sfc32 uses only 32-bit integer arithmetic, so its output is identical on every engine.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  uniform(min: number, max: number): number;
  /** Normal with the given mean and variance (Marsaglia's polar method, as TensorFlow Playground). */
  normal(mean?: number, variance?: number): number;
  /** The seed this generator was made from. */
  readonly seed: string;
}

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703, h2 = 3144134277, h3 = 1013904242, h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** Makes a generator from a string or number seed. Equal seeds (as strings) give equal streams. */
export function createRandom(seed: string | number): Random {
  const seedText = String(seed);
  let [a, b, c, d] = cyrb128(seedText);
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: sfc32 needs a few rounds to mix a weak seed.
  for (let i = 0; i < 12; i++) next();
  return {
    seed: seedText,
    next,
    uniform: (min, max) => min + next() * (max - min),
    normal(mean = 0, variance = 1) {
      let v1: number, v2: number, s: number;
      do {
        v1 = 2 * next() - 1;
        v2 = 2 * next() - 1;
        s = v1 * v1 + v2 * v2;
      } while (s > 1 || s === 0);
      return mean + Math.sqrt(variance) * Math.sqrt((-2 * Math.log(s)) / s) * v1;
    },
  };
}
