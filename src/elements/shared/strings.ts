import { ProblemLog } from './problems.js';

/**
 * Merges a host's `strings` over an element's table, so that no override can break
 * rendering. A host may give:
 * - a string for a string entry;
 * - a function for a function entry: its result is used when it returns a string, the
 *   default otherwise (a throwing translation costs a phrase, not the element);
 * - a string for a function entry: a template whose `{0}`, `{1}`… are the function's
 *   arguments (`hiddenNode: 'Neuron {1} in Schicht {0}'`), so plain data works too;
 * - an object for an object entry (names of activations…): its string values override.
 * Anything else is reported as `strings.key` and the default kept.
 */
export function mergeStrings<S extends object>(defaults: S, overrides: unknown, log: ProblemLog): S {
  log.clear(log.list.filter((p) => p.attribute.startsWith('strings')).map((p) => p.attribute));
  if (overrides === null || overrides === undefined) return defaults;
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    log.add({ attribute: 'strings', value: typeof overrides, allowed: 'must be an object of messages', fallback: 'the built-in strings' });
    return defaults;
  }
  const out: Record<string, unknown> = { ...(defaults as object) };
  const base = defaults as unknown as Record<string, unknown>;
  for (const [key, given] of Object.entries(overrides as Record<string, unknown>)) {
    if (given === undefined) continue;
    const fallback = base[key];
    const problem = (allowed: string) => log.add({ attribute: `strings.${key}`, value: typeof given === 'string' ? given : typeof given, allowed, fallback: 'the built-in text' });
    if (!(key in base)) {
      problem('is not a known message');
    } else if (typeof fallback === 'string') {
      if (typeof given === 'string') out[key] = given;
      else problem('must be text');
    } else if (typeof fallback === 'function') {
      const original = fallback as (...args: unknown[]) => string;
      if (typeof given === 'string') out[key] = (...args: unknown[]) => given.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
      else if (typeof given === 'function') {
        out[key] = (...args: unknown[]) => {
          try {
            const text: unknown = (given as (...a: unknown[]) => unknown)(...args);
            if (typeof text === 'string') return text;
          } catch {
            // A broken translation falls back to the built-in phrase.
          }
          return original(...args);
        };
      } else problem('must be text or a function returning text');
    } else if (typeof fallback === 'object' && fallback !== null) {
      if (typeof given === 'object' && given !== null && !Array.isArray(given)) {
        const entries = Object.entries(given as Record<string, unknown>).filter(([, v]) => typeof v === 'string');
        out[key] = { ...(fallback as object), ...Object.fromEntries(entries) };
      } else problem('must be an object of texts');
    }
  }
  return out as S;
}
