import type { AstroIntegration } from 'astro';

/**
 * The site's public address, in one place. Canonical and hreflang links, Open Graph tags, the
 * address on every printout, the sitemap and robots.txt are absolute, so a build to publish must
 * know where it will live: `SITE_URL` (README, "Deploying"), and `astro build` stops without it.
 * A local build (`npm run build:local`, which `npm start` and `npm test` run, sets
 * `LOCAL_BUILD=1`) is for this machine and gives the address `npm start` serves it at.
 */

/** Where `npm start` (`astro preview --host 127.0.0.1`, Astro's default port) serves a local build. */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

/** The variables read here, as `process.env` holds them. */
export interface SiteEnv {
  SITE_URL?: string | undefined;
  LOCAL_BUILD?: string | undefined;
}

export type SiteAddress =
  /** `local`: built for this machine; `public`: built for the address in SITE_URL. */
  { ok: true; site: string; kind: 'local' | 'public' } | { ok: false; site: string; message: string };

const howTo =
  'A build to publish needs the address the site will be served at, for example\n' +
  '  SITE_URL=https://your-domain.id npm run build\n' +
  '(README, "Deploying"). To build for this machine instead, run `npm run build:local` ' +
  `(npm start and npm test do): its pages say ${LOCAL_SITE}/.`;

/**
 * The address a build uses, or why a build to publish cannot be made. A failed result still
 * carries the local address, which `astro dev`, `astro check` and the tests use: only `astro build`
 * stops (see `siteAddress` below).
 * @example resolveSite({ SITE_URL: 'https://mitra.co.id/' }) // => { ok: true, site: 'https://mitra.co.id/', kind: 'public' }
 * @example resolveSite({ LOCAL_BUILD: '1' }).site // => 'http://127.0.0.1:4321'
 * @example resolveSite({}).ok // => false
 */
export function resolveSite(env: SiteEnv): SiteAddress {
  if (env.LOCAL_BUILD === '1') return { ok: true, site: LOCAL_SITE, kind: 'local' };
  const given = env.SITE_URL?.trim();
  if (!given) return { ok: false, site: LOCAL_SITE, message: `SITE_URL is not set. ${howTo}` };
  let url: URL | undefined;
  try {
    url = new URL(given);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    return {
      ok: false,
      site: LOCAL_SITE,
      message: `SITE_URL "${given}" is not a web address like https://your-domain.id. ${howTo}`,
    };
  }
  return { ok: true, site: url.href, kind: 'public' };
}

/**
 * Stops `astro build` with the message when the address is missing or wrong; says which address
 * a build uses. Other commands (dev, check, preview, sync) run with the local address.
 */
export default function siteAddress(address: SiteAddress): AstroIntegration {
  return {
    name: 'mitra-site-address',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        if (!address.ok) {
          // End here, before anything is built: the message is the last thing on the screen.
          console.error(`\nNothing was built. ${address.message}\n`);
          process.exit(1);
        }
        const url = new URL(address.site).href;
        logger.info(
          address.kind === 'local'
            ? `a local build: its pages say ${url} (to publish, set SITE_URL and run npm run build)`
            : `building for ${url}`,
        );
      },
    },
  };
}
