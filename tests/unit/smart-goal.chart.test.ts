import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { milestoneChart, PLOT } from '../../src/tools/smart-goal/chart';
import { cadences } from '../../src/tools/smart-goal/letters';
import { milestones } from '../../src/tools/smart-goal/model';
import { formatNumber } from '../../src/tools/smart-goal/numbers';
import type { Goal } from '../../src/tools/smart-goal/schema';
import { batikGoal } from '../fixtures/smart-goal';

const withGoal = (patch: (g: Goal) => void): Goal => {
  const g = structuredClone(batikGoal);
  patch(g);
  return g;
};

describe('milestoneChart', () => {
  it('draws the batik goal from 0 at the bottom left to 150 at the top right', () => {
    const chart = milestoneChart(batikGoal.timeBound.start, 0, milestones(batikGoal))!;
    expect(chart.points.map((p) => p.kind)).toEqual(['start', 'review', 'review', 'review', 'deadline']);
    expect(chart.points[0]).toMatchObject({ x: PLOT.left, y: PLOT.bottom, value: 0, date: '2027-01-04' });
    expect(chart.points.at(-1)).toMatchObject({ x: PLOT.right, y: PLOT.top, value: 150, date: '2027-03-01' });
    // Every two weeks over eight weeks: the reviews a quarter of the way apart.
    expect(chart.points.map((p) => p.x)).toEqual([10, 85, 160, 235, 310]);
    // The labels sit where the line is not: the target's on the left, the baseline's on the right.
    expect(chart.target).toMatchObject({ anchor: 'start', y: PLOT.top });
    expect(chart.baseline).toMatchObject({ anchor: 'end', y: PLOT.bottom });
  });

  it('puts a falling goal the other way up', () => {
    const goal = withGoal((g) => {
      g.measurable.baseline = { text: '40', lang: 'id' };
      g.measurable.target = { text: '10', lang: 'id' };
    });
    const chart = milestoneChart(goal.timeBound.start, 40, milestones(goal))!;
    expect(chart.points[0]!.y).toBe(PLOT.top);
    expect(chart.points.at(-1)!.y).toBe(PLOT.bottom);
  });

  it('runs a goal that keeps its value through the middle', () => {
    const chart = milestoneChart('2027-01-01', 5, [{ date: '2027-02-01', value: 5, final: true }])!;
    expect(chart.points.map((p) => p.y)).toEqual([80, 80]);
  });

  it('draws nothing without milestones or with a deadline not after the start', () => {
    expect(milestoneChart('2027-01-01', 0, [])).toBeNull();
    expect(milestoneChart('2027-01-01', 0, [{ date: '2027-01-01', value: 3, final: true }])).toBeNull();
    expect(milestoneChart('not a date', 0, [{ date: '2027-02-01', value: 3, final: true }])).toBeNull();
  });

  it('keeps every point in the plot box, x growing with the date (property)', () => {
    const numberArb = fc.oneof(
      fc.integer({ min: 0, max: 1e9 }),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    );
    const dateArb = fc
      .date({ min: new Date('2026-01-01'), max: new Date('2031-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        numberArb,
        numberArb,
        dateArb,
        fc.integer({ min: 1, max: 1100 }),
        fc.constantFrom(...cadences),
        (b, t, start, days, cadence) => {
          const deadline = new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10);
          const goal = withGoal((g) => {
            g.measurable.baseline = { text: formatNumber(b, 'plain', 'en'), lang: 'en' };
            g.measurable.target = { text: formatNumber(t, 'plain', 'en'), lang: 'en' };
            g.timeBound = { start, deadline, cadence };
          });
          const rows = milestones(goal);
          const chart = milestoneChart(start, b, rows)!;
          expect(chart.points).toHaveLength(rows.length + 1);
          for (const p of chart.points) {
            expect(p.x).toBeGreaterThanOrEqual(PLOT.left);
            expect(p.x).toBeLessThanOrEqual(PLOT.right);
            expect(p.y).toBeGreaterThanOrEqual(PLOT.top);
            expect(p.y).toBeLessThanOrEqual(PLOT.bottom);
          }
          for (let i = 1; i < chart.points.length; i += 1) {
            expect(chart.points[i]!.date > chart.points[i - 1]!.date).toBe(true);
            expect(chart.points[i]!.x).toBeGreaterThan(chart.points[i - 1]!.x);
          }
          // Higher values are drawn higher up (smaller y).
          const [first, last] = [chart.points[0]!, chart.points.at(-1)!];
          if (t > b) expect(last.y).toBeLessThan(first.y);
          if (t < b) expect(last.y).toBeGreaterThan(first.y);
        },
      ),
    );
  });
});
