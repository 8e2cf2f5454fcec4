/**
 * How hard the property tests try. `FC_RUNS` (default 100, fast-check's own default) sets the
 * runs of every property; CI or a careful reviewer may go deeper, e.g. `FC_RUNS=1000 npm test`.
 */
export const FC_RUNS = runCount(process.env.FC_RUNS);

function runCount(value: string | undefined): number {
  if (value === undefined || value === '') return 100;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`FC_RUNS must be a whole number of runs, not "${value}".`);
  return n;
}

/**
 * Runs for a property that needs more (or fewer) tries than the rest, relative to `FC_RUNS`:
 * `{ numRuns: runs(5) }` is 500 runs by default and 5000 with `FC_RUNS=1000`.
 */
export const runs = (times: number): number => Math.max(1, Math.round(FC_RUNS * times));
