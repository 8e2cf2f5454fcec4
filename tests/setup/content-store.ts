import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

/**
 * `astro sync` writes the content store to node_modules/.astro/, but the dev-mode loader that
 * Vitest uses reads .astro/data-store.json; without this copy `getCollection()` returns [].
 */
export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { stdio: 'ignore' });
  const from = 'node_modules/.astro/data-store.json';
  if (existsSync(from)) {
    mkdirSync('.astro', { recursive: true });
    copyFileSync(from, '.astro/data-store.json');
  }
}
