/**
 * What the page and the service worker say to each other (postMessage). Kept in one place so
 * both sides agree; the worker checks what it receives, since any page of the origin can write.
 */
import type { Locale } from '../i18n/locales';

export type ToWorker =
  /**
   * Save these paths (the page just shown) with what they load and, with `everything`, the whole
   * pack of the reader's language: `chosen` (the language they picked, as stored by
   * src/scripts/language.ts) when it is one, else `lang`, else the language of the first path
   * (the page's). The worker answers with `saved` when done.
   */
  | { type: 'save'; lang?: string; chosen?: string | null; everything: boolean; paths: string[] }
  /** The reader chose to load the new version. */
  | { type: 'skip-waiting' };

/** A save request as the worker acts on it. */
export interface SaveRequest {
  type: 'save';
  lang: Locale;
  everything: boolean;
  paths: string[];
}

export interface SavedReport {
  type: 'saved';
  lang: Locale;
  /** The request's `everything`: whether the whole pack was asked for. */
  everything: boolean;
  /** Whether the whole pack of `lang` is now cached. */
  complete: boolean;
  /** Files that could not be fetched (the connection dropped, …): they are tried again next time. */
  failed: number;
  /** Whether a new version of the site waits to take over. */
  update: boolean;
}

/** Sent to every open page when a new version has installed and waits. */
export interface UpdateNotice {
  type: 'update';
  update: true;
}

export type FromWorker = SavedReport | UpdateNotice;

const isLocale = (value: unknown): value is Locale => value === 'id' || value === 'en';

/**
 * Reads a message sent to the worker; anything else is ignored. `base` is the site's base path.
 * @example readToWorker({ type: 'save', chosen: 'id', everything: true, paths: ['/en/'] }, '/')?.lang // => 'id'
 */
export function readToWorker(data: unknown, base: string): SaveRequest | { type: 'skip-waiting' } | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message.type === 'skip-waiting') return { type: 'skip-waiting' };
  if (
    message.type === 'save' &&
    typeof message.everything === 'boolean' &&
    Array.isArray(message.paths) &&
    message.paths.every((p) => typeof p === 'string')
  ) {
    const paths: string[] = message.paths;
    const lang = isLocale(message.chosen)
      ? message.chosen
      : isLocale(message.lang)
        ? message.lang
        : paths[0]?.startsWith(`${base}en/`)
          ? 'en'
          : 'id';
    return { type: 'save', lang, everything: message.everything, paths };
  }
  return undefined;
}
