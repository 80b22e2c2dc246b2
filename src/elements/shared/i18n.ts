import { ProblemLog } from './problems.js';

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

const PLURAL_KEYS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const isPlural = (m: unknown): m is PluralMessage =>
  typeof m === 'object' && m !== null && typeof (m as PluralMessage).other === 'string' && Object.entries(m).every(([k, v]) => PLURAL_KEYS.includes(k) && typeof v === 'string');
const hasParams = (m: string) => /\{\w+\}/.test(m);

// --- Languages -------------------------------------------------------------------------

/** The languages shipped as files beside the bundle, loaded when a page uses them. */
const SHIPPED: Record<string, () => Promise<{ default: LocaleMessages }>> = {
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  ja: () => import('./locales/ja.js'),
};

const registry = new Map<string, LocaleMessages>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

/** Bumped on every registration: caches of compiled tables compare it. */
export const localeVersion = () => version;

export function onLocalesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Adds a language, or more messages to one: `registerLocale('de-CH', json)`. The messages
 * are merged over those already registered for that code, so a page can adjust a shipped
 * language. Every element showing that language updates.
 */
export function registerLocale(code: string, messages: LocaleMessages): void {
  const key = normalizeCode(code);
  if (!key) throw new TypeError(`registerLocale: "${String(code)}" is not a language code such as "de" or "pt-BR".`);
  if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) throw new TypeError(`registerLocale("${code}"): messages must be an object with sections such as "nn-playground".`);
  const known: LocaleSection[] = ['nn-graph', 'nn-dataset-plot', 'nn-playground', 'nn-quiz-task'];
  for (const section of Object.keys(messages)) {
    if (!known.includes(section as LocaleSection)) console.warn(`registerLocale("${code}"): unknown section "${section}"; the sections are ${known.join(', ')}.`);
  }
  const old = registry.get(key) ?? {};
  const merged: LocaleMessages = { ...old };
  for (const section of known) {
    const given = messages[section];
    if (given && typeof given === 'object') merged[section] = { ...(old[section] ?? {}), ...given };
  }
  registry.set(key, merged);
  version++;
  for (const l of [...listeners]) l();
}

function normalizeCode(code: unknown): string {
  return typeof code === 'string' && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(code.trim()) ? code.trim().toLowerCase() : '';
}

/**
 * The language an element speaks for a `lang` value: the most specific registered or shipped
 * code (`de-AT` → `de-at`, else `de`), or English. A shipped language is loaded in the
 * background; until it arrives the element speaks English, then updates.
 */
export function resolveLocale(lang: string | null | undefined): string {
  const code = normalizeCode(lang ?? '');
  if (!code) return 'en';
  const parts = code.split('-');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('-');
    if (registry.has(candidate)) return candidate;
    if (candidate in SHIPPED) {
      void loadLocale(candidate);
      return candidate;
    }
  }
  return 'en';
}

/** Loads a shipped language now (it is otherwise loaded when an element first needs it). */
export function loadLocale(code: string): Promise<void> {
  const key = normalizeCode(code);
  const load = SHIPPED[key];
  if (!load) return Promise.resolve();
  let p = loading.get(key);
  if (!p) {
    p = load().then(
      (m) => {
        // Messages a page registered before the file arrived win over the shipped ones.
        const page = registry.get(key);
        registry.delete(key);
        registerLocale(key, m.default);
        if (page) registerLocale(key, page);
      },
      (e: unknown) => console.warn(`nn-elements: the ${key} messages could not be loaded (${String(e)}); English is shown.`),
    );
    loading.set(key, p);
  }
  return p;
}

export function localeMessages(code: string, section: LocaleSection): Record<string, unknown> | undefined {
  return registry.get(code)?.[section];
}

// --- Formatting --------------------------------------------------------------------------

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** A cached `Intl.NumberFormat` with fixed decimals (`decimals` < 0: as many as needed). */
export function numberFormat(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, decimals < 0 ? { maximumFractionDigits: 20 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    numberFormats.set(key, f);
  }
  return f;
}

function plural(locale: string, count: number): string {
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

// --- Numbers a learner types -----------------------------------------------------------

const separators = new Map<string, string>();

/** The decimal separator of a language: "." in English, "," in German. */
export function decimalSeparator(locale: string): string {
  let sep = separators.get(locale);
  if (sep === undefined) separators.set(locale, (sep = numberFormat(locale, 1).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'));
  return sep;
}

export type ParsedNumber = { value: number } | { error: 'not-a-number' | 'wrong-separator'; separator: string };

/**
 * A learner's typed number in the element's language: the Unicode minus, the language's
 * decimal separator and its digits are accepted. The other separator is refused, not
 * guessed: "5,00" on an English page could mean 5 or 500.
 */
export function parseLocaleNumber(text: string, locale: string): ParsedNumber {
  const separator = decimalSeparator(locale);
  const other = separator === ',' ? '.' : ',';
  let t = text.trim().replace(/[\u2212\u2013]/g, '-').replace(/[\s\u00a0\u202f]/g, '');
  t = toAsciiDigits(t, locale);
  if (t.includes(other) && !t.includes(separator) && /^[-+]?\d*[.,]\d+$/.test(t)) return { error: 'wrong-separator', separator };
  if (separator !== '.') t = t.split(separator).join('.');
  if (t === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return { error: 'not-a-number', separator };
  const value = Number(t);
  return Number.isFinite(value) ? { value } : { error: 'not-a-number', separator };
}

function toAsciiDigits(text: string, locale: string): string {
  const f = numberFormat(locale, 0);
  if (f.format(0) === '0') return text;
  let out = text;
  for (let d = 0; d <= 9; d++) out = out.split(f.format(d)).join(String(d));
  return out;
}
