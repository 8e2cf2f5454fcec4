/**
 * What the page and the service worker say to each other (postMessage). Kept in one place so
 * both sides agree; the worker checks what it receives, since any page of the origin can write.
 */
import type { Locale } from '../i18n/locales';

export type ToWorker =
  /**
   * Save these paths (by default the page that sends the message) with what they load and, with `everything`, the whole
   * pack of the page's language (the language of the first path), unless the reader reads the
   * other language: its pack is complete already, and this one is saved as it is visited.
   * `force` (the About page's button) saves the pack all the same. The worker answers with
   * `saved` when done.
   */
  | { type: 'save'; everything: boolean; force?: boolean; paths?: string[] }
  /** The reader chose to load the new version. */
  | { type: 'skip-waiting' };

/** A save request as the worker acts on it. */
export interface SaveRequest {
  type: 'save';
  lang: Locale;
  everything: boolean;
  force: boolean;
  paths: string[];
}

/**
 * The answer to `save`. Its type is the state it reports, which the page sets as an attribute on
 * `<html>`: `saved` (all there) or `partial` (some files could not be fetched; tried again next
 * time).
 */
export interface SavedReport {
  type: 'saved' | 'partial';
  lang: Locale;
  /** Whether the whole pack was saved on purpose (the request's `force`, or its `everything`). */
  everything: boolean;
  /** Whether the whole pack of `lang` is now cached. */
  complete: boolean;
}

/** A new version has installed and waits (sent to every open page, and after a save report). */
export interface UpdateNotice {
  type: 'update';
}

export type FromWorker = SavedReport | UpdateNotice;

/**
 * Reads a message sent to the worker; anything else is ignored. `base` is the site's base path,
 * `sender` the path of the page that sent it.
 * @example readToWorker({ type: 'save', everything: true }, '/', '/en/')?.paths // => ['/en/']
 */
export function readToWorker(
  data: unknown,
  base: string,
  sender?: string,
): SaveRequest | { type: 'skip-waiting' } | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message.type === 'skip-waiting') return { type: 'skip-waiting' };
  if (
    message.type === 'save' &&
    typeof message.everything === 'boolean' &&
    (message.paths === undefined || (Array.isArray(message.paths) && message.paths.every((p) => typeof p === 'string')))
  ) {
    const paths: string[] = message.paths ?? (sender ? [sender] : []);
    const lang: Locale = paths[0]?.startsWith(`${base}en/`) ? 'en' : 'id';
    return { type: 'save', lang, everything: message.everything, force: message.force === true, paths };
  }
  return undefined;
}
