import { type ComponentType, h, hydrate } from 'preact';

/**
 * Makes the server-rendered tool rendered by `ToolIsland.astro` interactive, with the props the
 * server rendered it with (read from the JSON script before it).
 */
export function hydrateTool<P extends object>(Component: ComponentType<P>): void {
  const root = document.querySelector<HTMLElement>('[data-tool-island]');
  const data = root?.previousElementSibling;
  if (!root || !(data instanceof HTMLScriptElement) || !data.hasAttribute('data-tool-props')) return;
  hydrate(h(Component, JSON.parse(data.textContent ?? '{}') as P), root);
  // Tests (and styles) can tell a live tool from its server-rendered form.
  root.setAttribute('data-hydrated', '');
}
