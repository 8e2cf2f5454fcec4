import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurePage } from '../../scripts/lib/page-weight.ts';
import { BASE, DIST, fileForPath } from './dist';

/**
 * The code of every script a page loads before any interaction (the same list the budgets
 * count: module scripts and their static imports; on-demand `import()` left out).
 */
export async function firstLoadScripts(path: string): Promise<Map<string, string>> {
  const weight = await measurePage(DIST, { path, file: fileForPath(path)! }, BASE);
  const scripts = weight.files.filter((f) => f.endsWith('.js'));
  return new Map(scripts.map((url) => [url, readFileSync(join(DIST, url.slice(BASE.length)), 'utf8')]));
}
