/**
 * What a lesson keeps in the LMS's `cmi.suspend_data`: every element's state, fitted to the
 * version's limit. Pure (no DOM), so Node tests it with the real limits.
 *
 * The text is the states' JSON, or, when that is shorter, `nnz1:` and the JSON deflated and
 * in base64. SCORM 1.2 keeps 4,096 characters, and a trained playground's loss history alone
 * can be ten times that; when even the compressed text is too long, the least important parts
 * go first (see `LEVELS`), and `fit` says which went.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** The states of one page, by element key (`nn-quiz-task#task1`, or the tag and its index without an id). */
export type Saved = Record<string, unknown>;

/** Characters of `cmi.suspend_data`: SCORM 1.2's CMIString4096 and 2004 4th edition's 64,000. */
export const LIMITS = { '1.2': 4096, '2004': 64000 } as const;

const PREFIX = 'nnz1:';
/** Points of a loss history kept when it must be thinned. */
const THIN_TO = 40;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The shorter of the JSON and its compressed form. */
export function encode(saved: Saved): string {
  const json = JSON.stringify(saved);
  if (json.length < 120) return json;
  const packed = PREFIX + toBase64(deflateSync(strToU8(json), { level: 9 }));
  return packed.length < json.length ? packed : json;
}

/** What `encode` wrote (or plain JSON of an older save); `{}` for nothing or anything unreadable. */
export function decode(text: string): Saved {
  try {
    const json = text.startsWith(PREFIX) ? strFromU8(inflateSync(fromBase64(text.slice(PREFIX.length)))) : text;
    const v = JSON.parse(json || '{}') as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Saved) : {};
  } catch {
    return {};
  }
}

type Rec = Record<string, unknown>;
const isPlayground = (key: string) => key.startsWith('nn-playground');
const isQuiz = (key: string) => key.startsWith('nn-quiz-task');

function thinHistory(h: unknown, keep: number): unknown {
  const s = h as { epochs?: number[]; train?: number[]; test?: number[] } | null;
  if (!s || !Array.isArray(s.train) || !Array.isArray(s.test)) return h;
  const n = s.train.length;
  const epochs = s.epochs ?? s.train.map((_, i) => i);
  // Evenly spaced, always with the last epoch, so the curve keeps its shape and its end.
  const picks = n <= keep ? [...Array(n).keys()] : keep === 1 ? [n - 1] : [...new Set([...Array(keep).keys()].map((i) => Math.round((i * (n - 1)) / (keep - 1))))];
  const r4 = (x: number) => Number(x.toPrecision(4));
  return { epochs: picks.map((i) => epochs[i]), train: picks.map((i) => r4(s.train![i])), test: picks.map((i) => r4(s.test![i])) };
}

/**
 * What goes, in order, when the states do not fit: a playground's loss curve is thinned, then
 * cut to its last point, then its trained network goes (its settings and data stay, and it
 * starts afresh), then the graphs' and plots' edits; the quiz answers go last.
 */
const LEVELS: { drops: string; apply: (key: string, state: unknown) => unknown }[] = [
  { drops: "the playgrounds' loss curves, thinned to 40 points", apply: (k, s) => (isPlayground(k) ? { ...(s as Rec), history: thinHistory((s as Rec).history, THIN_TO) } : s) },
  { drops: "the playgrounds' loss curves, but their last point", apply: (k, s) => (isPlayground(k) ? { ...(s as Rec), history: thinHistory((s as Rec).history, 1) } : s) },
  {
    drops: "the playgrounds' trained networks (they start their settings afresh)",
    apply: (k, s) => {
      if (!isPlayground(k)) return s;
      const { network: _n, epoch: _e, history: _h, dead: _d, ...rest } = s as Rec;
      return rest;
    },
  },
  { drops: "the graphs' and plots' edits", apply: (k, s) => (isPlayground(k) || isQuiz(k) ? s : undefined) },
  { drops: "the playgrounds' settings", apply: (k, s) => (isQuiz(k) ? s : undefined) },
];

/** The suspend data for `saved` within `limit` characters, and what had to be left out (empty when all fits). */
export function fit(saved: Saved, limit: number): { text: string; dropped: string[] } {
  let current = saved;
  let text = encode(current);
  const dropped: string[] = [];
  for (const level of LEVELS) {
    if (text.length <= limit) break;
    const next: Saved = {};
    for (const [k, s] of Object.entries(current)) {
      const v = s && typeof s === 'object' ? level.apply(k, s) : s;
      if (v !== undefined) next[k] = v;
    }
    current = next;
    text = encode(current);
    dropped.push(level.drops);
  }
  // Answers alone too long (hundreds of tasks): nothing is kept rather than a cut-off text the LMS rejects.
  if (text.length > limit) {
    dropped.push('the quiz answers');
    text = '';
  }
  return { text, dropped };
}
