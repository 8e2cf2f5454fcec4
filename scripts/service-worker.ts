// The last step of `npm run build`, after Pagefind: writes dist/sw.js, the service worker that
// keeps the site readable offline (src/offline/sw.ts, bundled with esbuild), with the manifest of
// built files that Workbox's `injectManifest` makes from dist/ (each file with a content hash)
// and the packs each file belongs to (scripts/lib/offline-manifest.ts). Prints what a first visit
// saves in the background per language and fails when that is over budget.
//
// Usage: node scripts/service-worker.ts [dist-directory]. BASE_PATH as for the build.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import type { OfflineEntry } from '../src/offline/plan.ts';
import {
  BACKGROUND_BUDGET,
  backgroundBytes,
  globIgnores,
  globPatterns,
  hashedName,
  languages,
  packsOf,
  pageDependencies,
  readWorkerManifest,
  sitePath,
} from './lib/offline-manifest.ts';

const dist = process.argv[2] ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

// The worker's scope and every address in its manifest follow the base the site was built with
// (which the Indonesian app's scope, `<base>id/`, tells).
const builtScope = (JSON.parse(readFileSync(join(dist, 'id/manifest.webmanifest'), 'utf8')) as { scope?: string })
  .scope;
const builtBase = builtScope?.replace(/id\/$/, '');
if (builtBase !== base) {
  console.error(`${dist} was built for the base ${builtBase}, not ${base}: set the same BASE_PATH for both steps.`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'mitra-sw-'));
try {
  const swSrc = join(work, 'sw.js');
  await build({
    entryPoints: ['src/offline/sw.ts'],
    outfile: swSrc,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });

  const packs = packsOf(dist, base);
  const dependencies = pageDependencies(dist, base);
  const { count, warnings } = await injectManifest({
    swSrc,
    swDest: join(dist, 'sw.js'),
    globDirectory: dist,
    globPatterns,
    globIgnores,
    dontCacheBustURLsMatching: hashedName,
    // Pagefind's WebAssembly and a few pages are the largest files; nothing needed is near this.
    maximumFileSizeToCacheInBytes: 1024 * 1024,
    manifestTransforms: [
      (entries) => {
        const position = new Map(entries.map((entry, i) => [entry.url, i]));
        return {
          // Workbox passes each entry on as it is, so our own fields (`packs`, `deps`) reach the worker.
          manifest: entries.map((entry) => {
            const deps = (dependencies.get(entry.url) ?? []).flatMap((file) => position.get(file) ?? []);
            const offline: OfflineEntry = {
              url: sitePath(entry.url, base),
              revision: entry.revision,
              packs: [...(packs.get(entry.url) ?? [])].sort(),
              ...(deps.length ? { deps } : {}),
            };
            return { ...offline, size: entry.size };
          }),
        };
      },
    ],
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);

  const manifest = readWorkerManifest(dist);
  const lines = languages.map((lang) => {
    const bytes = backgroundBytes(dist, base, manifest, lang);
    const ok = bytes <= BACKGROUND_BUDGET;
    return {
      ok,
      text: `${lang}: ${(bytes / 1024).toFixed(1)} KB of ${BACKGROUND_BUDGET / 1024} KB${ok ? '' : ' (OVER)'}`,
    };
  });
  console.log(`service worker: ${dist}/sw.js lists ${count} files; first visit saves in the background:`);
  for (const line of lines) console.log(`  ${line.text}`);
  if (lines.some((l) => !l.ok)) process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
