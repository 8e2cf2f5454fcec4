// `npm run measure` (after `npm run build`): for every page in dist/, the bytes of HTML, CSS and
// JavaScript a reader downloads before any interaction, raw and gzip, against the page's budget.
// Prints a Markdown table, writes it to reports/bytes.md, and exits 1 when a page is over budget.
// The budget table lives in scripts/lib/page-weight.ts; tests/built/budgets.test.ts enforces it.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { measureSite, overBudget, weightTable } from './lib/page-weight.ts';

const dist = 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build` first.');
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
if (problems.length > 0) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
