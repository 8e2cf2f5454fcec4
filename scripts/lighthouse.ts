// `npm run lighthouse` (after `npm run build:local`; the last step of `npm test`): Lighthouse with its
// mobile defaults (a mid-range phone on a throttled 4G connection, simulated) against the home
// page and one step page in each language, served by `astro preview`.
// Writes reports/lighthouse.md (and each run's JSON in reports/lighthouse/) and exits 1 when a
// page scores below: accessibility, best practices and SEO 100, performance 98.
// Accessibility, best practices and SEO do not depend on the machine: every run must meet them.
// Performance does: a busy machine only ever makes a page look slower, never faster (the page's
// bytes and work are the same; the host's CPU is shared). So a page that misses the performance
// threshold is measured again, up to four more times, each after waiting (at most a minute) for
// the machine's load to fall below its number of cores, with a CPU slowdown calibrated from the
// previous run's benchmark of this machine (scripts/lib/cpu-slowdown.ts; never more lenient than
// Lighthouse's default 4× on a fast host), and judged on its best run. The report names every
// run's score and multiplier, so a page that passed only on a retry is visible.
// Environment: LH_PORT (default 4397), CHROME_PATH (default: Debian's Chromium).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { cpuSlowdownFor } from './lib/cpu-slowdown.ts';

const port = Number(process.env.LH_PORT ?? 4397);
const origin = `http://127.0.0.1:${port}`;
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const pages = ['id/', 'id/panduan/tujuan-bersama/', 'en/', 'en/guide/shared-goals/'].map((p) => `${base}${p}`);
const thresholds = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof thresholds;
const categories = Object.keys(thresholds) as Category[];
const chrome =
  process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const out = 'reports/lighthouse';

interface Run {
  scores: Record<Category, number>;
  metrics: Record<string, string>;
  /** Audits below a full score in the categories that must be 100. */
  failing: string[];
  /** Lighthouse's benchmark of this machine at the start of the run. */
  benchmarkIndex: number;
  /** The CPU slowdown the run simulated. */
  cpu: number;
}

if (!existsSync('dist')) {
  console.error('dist/ is missing: run `npm run build:local` first.');
  process.exit(1);
}
for (const page of pages) {
  if (!existsSync(`dist/${page.slice(base.length)}index.html`)) {
    console.error(`dist has no ${page}: the page list in scripts/lighthouse.ts needs updating.`);
    process.exit(1);
  }
}

/** The parts of a Lighthouse JSON report (LHR) this script reads. */
interface LighthouseReport {
  runtimeError?: { message: string };
  environment: { benchmarkIndex: number };
  configSettings: { throttling: { cpuSlowdownMultiplier: number } };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string } | undefined>;
}

/** One Lighthouse run; `cpu` replaces the default CPU slowdown (4) when given. */
function lighthouse(url: string, file: string, cpu?: number): Run {
  const result = spawnSync(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${file}`,
      `--only-categories=${categories.join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage',
      ...(cpu === undefined ? [] : [`--throttling.cpuSlowdownMultiplier=${cpu}`]),
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0 || !existsSync(file)) throw new Error(`Lighthouse failed on ${url}:\n${result.stderr}`);
  const report = JSON.parse(readFileSync(file, 'utf8')) as LighthouseReport;
  if (report.runtimeError) throw new Error(`Lighthouse could not test ${url}: ${report.runtimeError.message}`);
  const scores = Object.fromEntries(
    categories.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const metric = (id: string) => report.audits[id]?.displayValue ?? '–';
  const failing = categories
    .filter((c) => c !== 'performance')
    .flatMap((c) =>
      (report.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${ref.id} (${report.audits[ref.id]?.title ?? ref.id})`),
    );
  return {
    scores,
    metrics: {
      FCP: metric('first-contentful-paint'),
      LCP: metric('largest-contentful-paint'),
      TBT: metric('total-blocking-time'),
      CLS: metric('cumulative-layout-shift'),
    },
    failing,
    benchmarkIndex: report.environment.benchmarkIndex,
    cpu: report.configSettings.throttling.cpuSlowdownMultiplier,
  };
}

const passes = (scores: Record<Category, number>) => categories.every((c) => scores[c] >= thresholds[c]);
/** Performance: the best run (load only lowers it). The other categories: the worst run. */
const judge = (runs: Run[]) =>
  Object.fromEntries(
    categories.map((c) => {
      const values = runs.map((r) => r.scores[c]);
      return [c, c === 'performance' ? Math.max(...values) : Math.min(...values)];
    }),
  ) as Record<Category, number>;
const maxRuns = 5;

/** Waits (at most `limitMs`) until the 1-minute load average is below the number of cores. */
async function calmer(limitMs = 60_000): Promise<number> {
  const cores = availableParallelism();
  const until = Date.now() + limitMs;
  while (loadavg()[0]! >= cores && Date.now() < until) await new Promise((r) => setTimeout(r, 5_000));
  return loadavg()[0]!;
}

const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: 'ignore',
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid!);
  } catch {
    // already gone
  }
};
process.on('exit', stop);

try {
  let up = false;
  for (let i = 0; i < 120 && !up; i++) {
    try {
      up = (await fetch(`${origin}${pages[0]}`)).ok;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  if (!up) throw new Error(`astro preview did not start on port ${port} (is another preview of this project running?)`);
  mkdirSync(out, { recursive: true });

  const rows: string[] = [];
  const problems: string[] = [];
  for (const page of pages) {
    const name = page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
    const runs = [lighthouse(`${origin}${page}`, `${out}/${name}-1.json`)];
    while (runs.length < maxRuns && !passes(judge(runs)) && runs.every((r) => r.failing.length === 0)) {
      await calmer();
      const cpu = cpuSlowdownFor(runs.at(-1)!.benchmarkIndex);
      runs.push(lighthouse(`${origin}${page}`, `${out}/${name}-${runs.length + 1}.json`, cpu));
    }
    const scores = judge(runs);
    const shown = runs.find((r) => r.scores.performance === scores.performance) ?? runs[0]!;
    rows.push(
      `| ${page} | ${categories.map((c) => scores[c]).join(' | ')} | ${shown.metrics.FCP} | ${shown.metrics.LCP} | ${shown.metrics.TBT} | ${shown.metrics.CLS} | ${runs.map((r) => `${r.scores.performance} (${r.cpu}×)`).join(', ')} |`,
    );
    console.log(
      `${page}: ${categories.map((c) => `${c} ${scores[c]}`).join(', ')}${runs.length > 1 ? ` (performance: best of ${runs.length} runs: ${runs.map((r) => `${r.scores.performance} at ${r.cpu}× CPU slowdown`).join(', ')})` : ''}`,
    );
    for (const c of categories)
      if (scores[c] < thresholds[c]) problems.push(`${page}: ${c} ${scores[c]} < ${thresholds[c]}`);
    problems.push(...new Set(runs.flatMap((r) => r.failing).map((f) => `${page}: ${f}`)));
  }

  const report = [
    '# Lighthouse',
    '',
    `Lighthouse ${spawnSync('npx', ['lighthouse', '--version'], { encoding: 'utf8' }).stdout.trim()}, mobile defaults (simulated throttling), Chromium headless. Accessibility, best practices and SEO must hold on every run. A page below the performance threshold is run again (up to ${maxRuns} runs, each after waiting up to a minute for a calmer machine, with the CPU slowdown calibrated to this machine's benchmark, at most the default 4×) and judged on its best run: a busy host only ever lowers the score.`,
    `Thresholds: performance ≥ ${thresholds.performance}; accessibility, best practices and SEO ${thresholds.accessibility}.`,
    '',
    '| Page | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | Runs: performance (CPU slowdown) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    problems.length ? `Problems:\n\n${problems.map((p) => `- ${p}`).join('\n')}` : 'All pages meet the thresholds.',
    '',
  ].join('\n');
  writeFileSync('reports/lighthouse.md', report);
  console.log(`\n${report}`);
  if (problems.length > 0) process.exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  stop();
}
