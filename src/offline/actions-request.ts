/**
 * How the small offline module hands a click to ./actions.ts (loaded on that first click): an
 * event on `window`, since modules built like workers keep no exports (see src/scripts/site.ts).
 */
export const OFFLINE_ACTION = 'mitra:offline';

export interface OfflineAction {
  /** The clicked button; its `data-offline-action` says what to do: `reload`, `later`, `install` or `save`. */
  button: HTMLElement;
  /** The browser's install offer, kept from `beforeinstallprompt`. */
  installPrompt: (Event & { prompt(): Promise<unknown> }) | undefined;
}
