import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor } from '../../scripts/lib/cpu-slowdown';

describe('the Lighthouse CPU slowdown for a busy machine', () => {
  it('follows the calculator at its anchor points and keeps the default on a normal host', () => {
    expect(cpuSlowdownFor(150)).toBe(1);
    expect(cpuSlowdownFor(800)).toBe(2);
    expect(cpuSlowdownFor(1300)).toBe(3);
    expect(cpuSlowdownFor(1533)).toBe(4);
    expect(cpuSlowdownFor(2600)).toBe(4);
    expect(cpuSlowdownFor(Number.NaN)).toBe(1);
  });

  it('is between 1 and 4 and never falls as the host gets faster', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5000, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (a, d) => {
          const slow = cpuSlowdownFor(a);
          expect(slow).toBeGreaterThanOrEqual(1);
          expect(slow).toBeLessThanOrEqual(4);
          expect(cpuSlowdownFor(a + d)).toBeGreaterThanOrEqual(slow);
        },
      ),
    );
  });
});
