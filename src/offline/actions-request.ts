/**
 * How the small offline module hands a click to ./actions.ts (loaded on that first click): an
 * event on `window`, since modules built like workers keep no exports (see src/scripts/site.ts).
 */
export const OFFLINE_ACTION = 'mitra:offline-action';

export interface OfflineAction {
  /** The clicked button's `data-offline-action`: `reload`, `later`, `install` or `save`. */
  action: string;
  /** The browser's install offer, kept from `beforeinstallprompt`. */
  installPrompt: (Event & { prompt(): Promise<unknown> }) | undefined;
}
