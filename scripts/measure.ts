// `npm run measure` (after `npm run build:local`): for every page in dist/, the bytes of HTML, CSS and
// JavaScript a reader downloads before any interaction, raw and gzip, against the page's budget;
// then the search path: what opening search and running a first query downloads, and how long
// the first result takes on an emulated slow phone, for the site's search window and, in the same
// run, Pagefind's Component UI (the window used before) and Modular UI.
// Prints Markdown tables, writes them to reports/bytes.md and reports/search.md, and exits 1 when
// a page or the search path is over budget. The budget table lives in scripts/lib/page-weight.ts;
// tests/built/budgets.test.ts and tests/e2e/search.spec.ts enforce it.
// `SEARCH_RUNS=5 npm run measure` repeats each search run more or less often (default 5; the median
// counts); `SEARCH_RUNS=0` skips the search path.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { budgets, KB, measureSite, overBudget, weightTable } from './lib/page-weight.ts';
import { launch, runSearch, type SearchRun, type SearchUi, serveDist, uiNames } from './lib/search-run.ts';
import { searchFileTable, searchOverBudget, searchPathWeight } from './lib/search-weight.ts';

const dist = 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build:local` first.');
  process.exit(1);
}

const weights = await measureSite(dist, base);
const table = weightTable(weights);
const problems = weights.flatMap((w) => [
  ...overBudget(w),
  ...w.external.map((url) => `${w.path}: loads ${url} from another origin`),
  ...w.missing.map((p) => `${w.path}: refers to ${p}, which is not in dist/`),
]);
const report = [
  '# Bytes per page before interaction',
  '',
  `${weights.length} pages. Gzip at level 9, 1 KB = 1024 B. Counted: the HTML, its stylesheets, its scripts and`,
  'their static imports, and every island (component and renderer). Not counted: what loads on',
  'interaction (the search window), images and icons.',
  '',
  table,
  '',
].join('\n');
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bytes.md', report);
console.log(table);
console.log(`\nWrote reports/bytes.md (${weights.length} pages).`);

const runs = Number(process.env.SEARCH_RUNS ?? 5);
if (runs > 0) problems.push(...(await measureSearch(runs)));

if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}

/**
 * The search path, each UI `runs` times per language, alternating so a busy machine slows them
 * alike. Bytes are the same on every run; time is the median.
 */
async function measureSearch(runs: number): Promise<string[]> {
  const queries = { id: 'mitra', en: 'partner' } as const;
  const uis: SearchUi[] = ['site', 'component', 'modular'];
  const server = await serveDist(dist, base);
  const browser = await launch();
  const results: SearchRun[] = [];
  try {
    for (let i = 0; i < runs; i++)
      for (const lang of ['id', 'en'] as const)
        for (const ui of uis) results.push(await runSearch(browser, server.origin, ui, lang, queries[lang], base));
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const kb = (n: number) => (n / KB).toFixed(1);
  const rows: string[] = [];
  const problems: string[] = [];
  for (const lang of ['id', 'en'] as const) {
    for (const ui of uis) {
      const mine = results.filter((r) => r.ui === ui && r.lang === lang);
      const weight = searchPathWeight(dist, mine[0]!.paths, base);
      const times = mine.map((r) => r.firstResultMs);
      if (ui === 'site') problems.push(...searchOverBudget(weight, `search path (${lang})`));
      problems.push(...weight.missing.map((p) => `search path (${ui}, ${lang}): ${p} is not in dist/`));
      rows.push(
        `| ${uiNames[ui]} | ${lang} “${queries[lang]}” | ${weight.files.length} | ${weight.total.raw} | ${weight.total.gzip} (${kb(weight.total.gzip)} KB) | ${median(times)} | ${times.join(', ')} |`,
      );
    }
  }
  const siteWeight = searchPathWeight(dist, results.find((r) => r.ui === 'site' && r.lang === 'id')!.paths, base);
  const table = [
    '| Search UI | Language and query | Files | Raw (B) | Gzip (B) | First result, median (ms) | Each run (ms) |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
  const report = [
    '# The search path',
    '',
    `What opening search and getting the results of a first query downloads, and the time from the key`,
    `press (or click) that opens search to the first result on screen, in Chromium at 390 px on an`,
    `emulated slow phone (150 ms round trip, 1.6 Mbit/s, CPU 4 times slower), ${runs} run(s) each.`,
    `Text files count gzipped (level 9), Pagefind's WebAssembly and index files at their size (they are`,
    `compressed already). Budget for the site's window: ${kb(budgets.search.total)} KB.`,
    '',
    table,
    '',
    `## Files the site's search window loads (Indonesian, “${queries.id}”)`,
    '',
    searchFileTable(siteWeight),
    '',
  ].join('\n');
  writeFileSync('reports/search.md', report);
  console.log(`\n${table}\n\nWrote reports/search.md.`);
  return problems;
}
