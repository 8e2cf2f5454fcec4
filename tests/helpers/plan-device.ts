/** A device's plan work as the tools and the step pages save it, for the plan's browser tests. */
import { examples as tickExamples } from '../../src/plan/schema';
import { examples as mouExamples } from '../../src/tools/mou-checklist/schema';
import { examples as fitExamples } from '../../src/tools/partner-fit/schema';
import { examples as smartExamples } from '../../src/tools/smart-goal/schema';

/** When the examples were saved. */
export const savedAt = '2026-11-28T08:00:00.000Z';

/** One part's saved text: the tool's envelope, as the kit's storage writes it. */
export const planEntry = (tool: string, v: number, state: unknown) => JSON.stringify({ tool, v, at: savedAt, state });

/** Everything the plan reads: some ticks, a chosen partner, a SMART goal and an MoU checklist. */
export const fullPlan = {
  'mitra:ticks': planEntry('ticks', 2, tickExamples.some),
  'mitra:partner-fit': planEntry('partner-fit', 1, fitExamples.chosen),
  'mitra:smart-goal': planEntry('smart-goal', 1, smartExamples.batik),
  'mitra:mou-checklist': planEntry('mou-checklist', 2, mouExamples.candleAndIllustrator),
};
