import { LOCALE_SECTIONS, type LocaleMessages, type LocaleSection } from './messages.js';

// The language registry: shipped languages (loaded on demand), registered ones, and which
// language a `lang` value resolves to.

/** The languages shipped as files beside the bundle, loaded when a page uses them. */
const SHIPPED: Record<string, () => Promise<{ default: LocaleMessages }>> = {
  de: () => import('../locales/de.js'),
  es: () => import('../locales/es.js'),
  fr: () => import('../locales/fr.js'),
  ja: () => import('../locales/ja.js'),
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
  const known = LOCALE_SECTIONS;
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

