/**
 * Prefixes the base path (BASE_PATH) to site-absolute links written in the guide's Markdown,
 * e.g. `[langkah 2](/id/panduan/mitra-yang-tepat/)`, so authors write paths as readers see them
 * at the root and the site still works under a sub-path. Links with a scheme, `//host`, `#id`
 * or a relative path are left alone. A hast plugin for Sätteri, Astro 7's Markdown processor.
 */
import type { HastPluginDefinition } from 'satteri';

/** @example prefixBase('/id/panduan/', '/mitra/') // => '/mitra/id/panduan/' */
export function prefixBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const trimmed = base.replace(/\/$/, '');
  return trimmed && href !== trimmed && !href.startsWith(`${trimmed}/`) ? `${trimmed}${href}` : href;
}

export default function baseLinks(base: string): HastPluginDefinition {
  return {
    name: 'mitra-base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href === 'string' && prefixBase(href, base) !== href)
          ctx.setProperty(node, 'href', prefixBase(href, base));
      },
    },
  };
}
