import { daysBetween, parseIsoDate } from './dates';
import type { Milestone } from './model';

/**
 * The milestone chart's geometry: where the line from the baseline (at the start) to the target
 * (at the deadline) and the dot of each review fall in the SVG's coordinates. Pure: numbers in,
 * coordinates out; the island draws them and writes the labels.
 */

/** The SVG's own coordinate system: it scales to the width it gets (at 390 px and in print). */
export const CHART = { width: 320, height: 168 } as const;

/** The plot box inside the SVG: room above for a label, below for the dates. */
export const PLOT = { left: 10, right: 310, top: 30, bottom: 130 } as const;

export interface ChartPoint {
  x: number;
  y: number;
  /** `YYYY-MM-DD`. */
  date: string;
  value: number;
  kind: 'start' | 'review' | 'deadline';
}

/** A level (baseline or target): its height and where its label sits, above the level's rule. */
export interface ChartLevel {
  y: number;
  /** The label's end of the rule: the side of the plot the line is away from. */
  anchor: 'start' | 'end';
  labelX: number;
  labelY: number;
}

export interface Chart {
  points: ChartPoint[];
  baseline: ChartLevel;
  target: ChartLevel;
  /** The baseline of the date labels under the plot. */
  dateY: number;
}

/**
 * The chart of a goal's way from `baseline` on `start` through its milestones to the target at
 * the deadline (the last milestone), or null when there is nothing to draw. x grows with the
 * date; y with the value (the higher value nearer the top). A goal whose value does not change
 * runs through the middle.
 * @example milestoneChart('2027-01-01', 0, [{ date: '2027-03-01', value: 10, final: true }])?.points[1]
 *   // => { x: 310, y: 30, date: '2027-03-01', value: 10, kind: 'deadline' }
 */
export function milestoneChart(start: string, baseline: number, rows: readonly Milestone[]): Chart | null {
  const from = parseIsoDate(start);
  const last = rows.at(-1);
  const to = last ? parseIsoDate(last.date) : null;
  if (!from || !to || !last || !Number.isFinite(baseline)) return null;
  const span = daysBetween(from, to);
  if (span <= 0) return null;
  const target = last.value;
  const [lo, hi] = [Math.min(baseline, target), Math.max(baseline, target)];
  const width = PLOT.right - PLOT.left;
  const height = PLOT.bottom - PLOT.top;
  const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
  // Coordinates to a hundredth (short SVG, no float dust outside the box).
  const round = (n: number, min: number, max: number) => clamp(Math.round(n * 100) / 100, min, max);
  const xOf = (iso: string) => {
    const date = parseIsoDate(iso);
    return date
      ? round(PLOT.left + (width * clamp(daysBetween(from, date), 0, span)) / span, PLOT.left, PLOT.right)
      : PLOT.left;
  };
  const yOf = (value: number) =>
    hi === lo
      ? (PLOT.top + PLOT.bottom) / 2
      : round(PLOT.bottom - (height * (clamp(value, lo, hi) - lo)) / (hi - lo), PLOT.top, PLOT.bottom);
  const points: ChartPoint[] = [
    { x: PLOT.left, y: yOf(baseline), date: start, value: baseline, kind: 'start' },
    ...rows.map((row): ChartPoint => ({
      x: xOf(row.date),
      y: yOf(row.value),
      date: row.date,
      value: row.value,
      kind: row.final ? 'deadline' : 'review',
    })),
  ];
  // The baseline's label sits at the right end of its rule and the target's at the left: the
  // line is at the other height there, so no label crosses it.
  const level = (value: number, anchor: 'start' | 'end'): ChartLevel => ({
    y: yOf(value),
    anchor,
    labelX: anchor === 'start' ? PLOT.left : PLOT.right,
    labelY: yOf(value) - 7,
  });
  return { points, baseline: level(baseline, 'end'), target: level(target, 'start'), dateY: PLOT.bottom + 24 };
}
