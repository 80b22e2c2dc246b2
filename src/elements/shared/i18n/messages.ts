// The message model: messages as data, and the compiled table an element reads. Pure: no DOM.
import type { ProblemLog } from '../attributes/problems.js';
import { numberFormat } from './numbers.js';

/**
 * Messages are data, never functions, so that a CMS can supply a translation as JSON:
 * - a string, with named placeholders: `"Add neuron to hidden layer {layer}"`;
 * - a plural message, chosen by the `count` placeholder through `Intl.PluralRules`:
 *   `{ "one": "1 hidden layer", "other": "{count} hidden layers" }`;
 * - for a few entries (names of activations, datasets…), an object of names.
 * A number given to a placeholder is written with the language's digits and grouping.
 */
export type PluralMessage = { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string };
export type Message = string | PluralMessage;

/** Placeholder names of a message template. */
type Params<S> = S extends `${string}{${infer P}}${infer R}` ? P | Params<R> : never;
type ParamsOf<M> = M extends string ? Params<M> : M extends PluralMessage ? Params<M[keyof M]> | 'count' : never;

/** What an element reads: text without placeholders as a string, every other message as a function of its named values. */
export type Compiled<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? [Params<T[K]>] extends [never] ? string : (values: Record<Params<T[K]>, string | number>) => string
    : T[K] extends PluralMessage ? (values: Record<ParamsOf<T[K]>, string | number>) => string : T[K];
};

/** What a translation of a table may hold: any message for a message, names for names. */
export type Translation<T> = {
  [K in keyof T]?: T[K] extends string | PluralMessage ? Message : Partial<Record<keyof T[K], string>>;
};

/** A whole translation, as a CMS supplies it: one section per element. */
export interface LocaleMessages {
  'nn-graph'?: Record<string, unknown>;
  'nn-dataset-plot'?: Record<string, unknown>;
  'nn-playground'?: Record<string, unknown>;
  'nn-quiz-task'?: Record<string, unknown>;
}
export type LocaleSection = keyof LocaleMessages;
/** The sections a locale may hold, one per element. */
export const LOCALE_SECTIONS: readonly LocaleSection[] = ['nn-graph', 'nn-dataset-plot', 'nn-playground', 'nn-quiz-task'];

const PLURAL_KEYS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const isPlural = (m: unknown): m is PluralMessage =>
  typeof m === 'object' && m !== null && typeof (m as PluralMessage).other === 'string' && Object.entries(m).every(([k, v]) => PLURAL_KEYS.includes(k) && typeof v === 'string');
const hasParams = (m: string) => /\{\w+\}/.test(m);

// --- Compiling -------------------------------------------------------------------------

const pluralRules = new Map<string, Intl.PluralRules>();

function plural(locale: string, count: number): string {
  // English whole counts without Intl (see numberFormat in numbers.ts): ±1 is "one", the rest "other".
  if (locale === 'en' && Number.isInteger(count)) return Math.abs(count) === 1 ? 'one' : 'other';
  let r = pluralRules.get(locale);
  if (!r) pluralRules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(count);
}

/** Fills a message's placeholders; a placeholder without a value stays visible, for the translator. */
export function formatMessage(message: Message, values: Record<string, unknown>, locale: string): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(values.count);
    const form = Number.isFinite(count) ? (count === 0 && message.zero !== undefined ? 'zero' : plural(locale, count)) : 'other';
    text = message[form as keyof PluralMessage] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    if (typeof v === 'number') return numberFormat(locale, -1).format(v);
    return typeof v === 'string' ? v : whole;
  });
}

/**
 * Builds the table an element reads: English, under the language's messages, under the
 * host's `strings` for this instance. Nothing given can break rendering: a wrong type is
 * reported as `strings.key` (for the host's strings) or warned once (for a locale) and the
 * message below it kept.
 */
export function compileMessages<T extends object>(english: T, layers: readonly { messages: unknown; log: ProblemLog | null; name: string }[], locale: string, skip: readonly string[] = []): Compiled<T> {
  const chosen: Record<string, unknown> = { ...(english as Record<string, unknown>) };
  const base = english as Record<string, unknown>;
  for (const { messages, log, name } of layers) {
    if (messages === null || messages === undefined) continue;
    const problem = (attribute: string, value: string, allowed: string) => {
      if (log) log.add({ attribute, value, allowed, fallback: 'the built-in text' });
      else warnOnce(`nn-elements: ${name} ${attribute}: ${allowed}; the built-in text is used.`);
    };
    if (typeof messages !== 'object' || Array.isArray(messages)) {
      problem(name, typeof messages, 'must be an object of messages');
      continue;
    }
    for (const [key, given] of Object.entries(messages as Record<string, unknown>)) {
      if (given === undefined || skip.includes(key)) continue;
      const fallback = base[key];
      const attribute = `${name}.${key}`;
      const shown = typeof given === 'string' ? given : typeof given;
      if (!(key in base)) problem(attribute, shown, 'is not a known message');
      else if (typeof fallback === 'string' || isPlural(fallback)) {
        if (typeof given === 'string' || isPlural(given)) chosen[key] = given;
        else problem(attribute, shown, 'must be text, or an object of plural forms such as {"one": "…", "other": "…"}');
      } else if (typeof given === 'object' && given !== null && !Array.isArray(given)) {
        const names = Object.entries(given as Record<string, unknown>).filter(([k, v]) => k in (fallback as object) && typeof v === 'string');
        chosen[key] = { ...(chosen[key] as object), ...Object.fromEntries(names) };
      } else problem(attribute, shown, 'must be an object of names');
    }
  }
  const out: Record<string, unknown> = {};
  for (const [key, m] of Object.entries(chosen)) {
    const english = base[key];
    const isMessage = isPlural(english) || (typeof english === 'string' && hasParams(english));
    out[key] = isMessage ? (values: Record<string, unknown>) => formatMessage(m as Message, values, locale) : isPlural(m) ? m.other : m;
  }
  return out as Compiled<T>;
}

const warned = new Set<string>();
function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

