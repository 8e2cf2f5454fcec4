import type { Locale } from './locales';

/** A flat dictionary: message key -> text. Placeholders look like `{name}`. */
export type Messages = Readonly<Record<string, string>>;

/**
 * Declares one dictionary in both languages. `en` must have exactly the keys of `id`:
 * a missing or misspelled key is a type error (`astro check` runs in `npm test`), and the
 * dictionary parity test repeats the check at run time.
 */
export function defineDictionaries<const T extends Messages>(dicts: {
  id: T;
  en: { readonly [K in keyof T]: string };
}): Record<Locale, { readonly [K in keyof T]: string }> {
  return dicts;
}

/**
 * Fills `{name}` placeholders. A placeholder without a value stays visible, so a slip shows up
 * in review instead of silently vanishing.
 * @example format('Langkah {n} dari {total}', { n: 1, total: 7 }) // => 'Langkah 1 dari 7'
 */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * `format` for a template that ends a sentence with a reader's value: a value that ends in its
 * own full stop ("Pte. Ltd.") does not get a second one.
 * @example formatSentence('Belum dinilai: {names}.', { names: 'Dimas Pte. Ltd.' }) // => 'Belum dinilai: Dimas Pte. Ltd.'
 */
export function formatSentence(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  const text = format(template, params);
  return /[^.]\.\.$/.test(text) ? text.slice(0, -1) : text;
}

/**
 * A lookup function bound to one language of a dictionary.
 * @example const t = translator(ui, 'en'); t('step.of', { n: 2, total: 7 }) // => 'Step 2 of 7'
 */
export function translator<T extends Messages>(dicts: Record<Locale, T>, lang: Locale) {
  const messages = dicts[lang];
  return (key: keyof T & string, params?: Readonly<Record<string, string | number>>): string =>
    format(messages[key]!, params);
}

/** Picks only some keys of one language, to hand an island just the strings it renders. */
export function pick<T extends Messages, K extends keyof T>(messages: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = messages[key];
  return out;
}
