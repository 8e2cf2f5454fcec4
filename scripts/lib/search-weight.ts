// What opening search and running the first query downloads, file by file, in the same units as
// the page budgets (gzip level 9, 1 KB = 1024 B). Used by `npm run measure` (with a browser run:
// scripts/lib/search-run.ts) and by the byte test in tests/e2e/search.spec.ts, so the number
// printed and the number enforced are the same number. Plain Node + TypeScript.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { budgets, type Bytes, bytesOf } from './page-weight.ts';

export interface SearchFile {
  /** Site path, without any query (a retry's `?retry=N`). */
  path: string;
  bytes: Bytes;
}

export interface SearchPathWeight {
  files: SearchFile[];
  total: Bytes;
  /** Paths that were requested but are not in dist/ (there should be none). */
  missing: string[];
}

/**
 * Pagefind's WebAssembly (`.pagefind`) and index files (`.pf_meta`, `.pf_index`, `.pf_fragment`,
 * `.pf_filter`) are gzip data already, decompressed by pagefind.js: a server sends them as they
 * are, so they count at their size on disk.
 * @example isPrecompressed('/pagefind/wasm.id.pagefind') // => true
 * @example isPrecompressed('/pagefind/pagefind.js') // => false
 */
export function isPrecompressed(path: string): boolean {
  return /\.(pagefind|pf_[a-z]+)$/.test(path);
}

/**
 * The weight of the files a search loaded (site paths as requested; each counted once).
 * Text files count gzipped, Pagefind's binary files at their size.
 */
export function searchPathWeight(dist: string, paths: readonly string[], base = '/'): SearchPathWeight {
  const files: SearchFile[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const requested of paths) {
    const path = decodeURIComponent(requested.split(/[?#]/)[0]!);
    if (seen.has(path)) continue;
    seen.add(path);
    const file = path.startsWith(base) ? join(dist, path.slice(base.length)) : '';
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      missing.push(path);
      continue;
    }
    const measured = bytesOf(readFileSync(file));
    files.push({ path, bytes: isPrecompressed(path) ? { raw: measured.raw, gzip: measured.raw } : measured });
  }
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.bytes.raw, gzip: sum.gzip + f.bytes.gzip }), {
    raw: 0,
    gzip: 0,
  });
  return { files: files.sort((a, b) => b.bytes.gzip - a.bytes.gzip), total, missing };
}

/** Whether a search path is within its budget, and a readable reason when it is not. */
export function searchOverBudget(weight: SearchPathWeight, label = 'search'): string[] {
  return weight.total.gzip > budgets.search.total
    ? [`${label}: ${weight.total.gzip} B gzip > ${budgets.search.total} B budget`]
    : [];
}

/** The files of a search path as Markdown rows: what offline caching needs, and what it costs. */
export function searchFileTable(weight: SearchPathWeight): string {
  return [
    '| File | raw (B) | gzip (B) |',
    '| --- | ---: | ---: |',
    ...weight.files.map((f) => `| ${f.path} | ${f.bytes.raw} | ${f.bytes.gzip} |`),
    `| **total** | ${weight.total.raw} | ${weight.total.gzip} |`,
  ].join('\n');
}
