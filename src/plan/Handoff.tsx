/**
 * The hand-off in a tool's island: a hook that loads the hand-off's code and reads this device
 * when the browser is idle (`handoff-device.ts`, not part of the page's first JavaScript), and
 * the quiet notice that offers the names. They only render: `handoff.ts` decides what to offer
 * and what filling changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { format } from '../i18n/dictionary';
import { TextField } from '../tools/kit/form';
import type { HandoffStrings } from './handoff-i18n';
import type { HandoffFacts, Names, Offer } from './handoff';
import { BUSINESS_MAX, type HandoffTool } from './limits';

export type HandoffModule = typeof import('./handoff-device');
export type { HandoffSchemas } from './handoff-device';

export interface Handoff {
  module: HandoffModule;
  facts: HandoffFacts;
}

/**
 * The hand-off's code and what it read on this device, once `active` (the tool is live and shows
 * the reader's own work) and the browser is idle; null until then, when storage is blocked or
 * when the code cannot load (the tool works as before: the offer is a convenience).
 */
export function useHandoff(active: boolean, schemas: import('./handoff-device').HandoffSchemas): Handoff | null {
  const [handoff, setHandoff] = useState<Handoff | null>(null);
  useEffect(() => {
    if (!active || handoff) return;
    let live = true;
    const load = () =>
      import('./handoff-device').then(
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
  }, [active, schemas, handoff]);
  return handoff;
}

interface NoticeProps {
  tool: HandoffTool;
  handoff: Handoff | null;
  /** The names the tool holds now, where the hand-off would fill them. */
  current: Names;
  t: HandoffStrings;
  /** Fills the names (the island applies `withSmartNames` or `withMouNames`). */
  onFill: (names: Names, module: HandoffModule) => void;
  /** Where focus goes once the notice is answered (a CSS selector). */
  focusAfter: string;
}

/**
 * "Fill in the partner's name from your plan: …? [Fill in] [No, thanks]": never a modal, shown
 * only while there is something to fill and the reader has not answered this offer.
 */
export function HandoffNotice({ tool, handoff, current, t, onFill, focusAfter }: NoticeProps) {
  const [answered, setAnswered] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  if (!handoff) return null;
  const { module, facts } = handoff;
  const saved = facts.profile.status === 'present' ? facts.profile.value.answered[tool] : undefined;
  const offer: Offer | null = module.offerFor(current, facts, answered ?? saved);
  if (!offer) return null;

  const answer = (fill: boolean) => {
    const own = offer.own || (offer.askOwn ? typed : '');
    module.keepProfile((profile) => module.answeredProfile(profile, tool, offer, fill ? own : ''));
    setAnswered(module.offerKey(offer));
    if (fill) onFill({ own, partner: offer.partner }, module);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(focusAfter)?.focus());
  };
  const question = offer.own && offer.partner ? t.both : offer.partner ? t.partner : t.own;
  const id = `handoff-${tool}`;
  return (
    <section class="callout is-accent handoff" aria-labelledby={`${id}-label`} data-handoff={tool}>
      <p class="handoff-label" id={`${id}-label`}>
        {t.label}
      </p>
      <p>{format(question, { own: offer.own, partner: offer.partner })}</p>
      {offer.askOwn && (
        <TextField
          id={`${id}-own`}
          label={t.askOwn}
          hint={t.askOwnHint}
          value={typed}
          maxLength={BUSINESS_MAX}
          autocomplete="organization"
          onInput={setTyped}
        />
      )}
      <div class="kit-notice-actions">
        <button type="button" class="button small" onClick={() => answer(true)}>
          {t.fill}
        </button>
        <button type="button" class="button secondary small" onClick={() => answer(false)}>
          {t.decline}
        </button>
      </div>
    </section>
  );
}
