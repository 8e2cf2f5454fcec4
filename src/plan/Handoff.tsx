/**
 * The hand-off in a tool's island: a hook that loads the hand-off's code and reads this device
 * when the browser is idle (`handoff-lazy.ts`: the notice, the model and the reading, none of it
 * in the page's first JavaScript). The island renders the loaded `HandoffNotice`.
 */
import { useEffect, useState } from 'preact/hooks';
import type { HandoffSchemas } from './handoff-device';
import type { HandoffFacts } from './handoff';
import { handoffSources, type HandoffTool } from './handoff-limits';

export type { HandoffSchemas };
export type HandoffModule = typeof import('./handoff-lazy');

export interface Handoff {
  module: HandoffModule;
  facts: HandoffFacts;
}

/**
 * Whether this device holds anything to hand to the tool `own`: the profile or another tool's
 * saved work (its own work the tool reads itself). False when the browser blocks storage.
 */
function somethingToHand(own: HandoffTool): boolean {
  try {
    return handoffSources.some((source) => source !== own && window.localStorage.getItem(`mitra:${source}`) !== null);
  } catch {
    return false;
  }
}

/**
 * The hand-off's code and what it read on this device, once `active` (the tool is live and shows
 * the reader's own work) and the browser is idle; null until then, when storage is blocked or
 * when the code cannot load (the tool works as before: the offer is a convenience). A device
 * with nothing to hand over (a first visit) never loads the code: the page's JavaScript before
 * interaction stays what `npm run measure` counts.
 */
export function useHandoff(own: HandoffTool, active: boolean, schemas: HandoffSchemas): Handoff | null {
  const [handoff, setHandoff] = useState<Handoff | null>(null);
  useEffect(() => {
    if (!active || handoff || !somethingToHand(own)) return;
    let live = true;
    const load = () =>
      import('./handoff-lazy').then(
        (module) => {
          const facts = module.readDevice(schemas);
          if (live && facts) setHandoff({ module, facts });
        },
        () => undefined,
      );
    (window.requestIdleCallback ?? setTimeout)(() => void load());
    return () => {
      live = false;
    };
  }, [own, active, schemas, handoff]);
  return handoff;
}
