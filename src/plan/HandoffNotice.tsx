/**
 * "Fill in the partner's name from your plan: …? [Fill in] [No, thanks]": the hand-off's quiet
 * notice above the names it would fill, never a modal. It only renders: `handoff.ts` decides what
 * to offer; the island fills the names. Loaded on demand with the rest of the hand-off.
 */
import { useState } from 'preact/hooks';
import { format } from '../i18n/dictionary';
import { TextField } from '../tools/kit/form';
import { answeredProfile, type HandoffFacts, type Names, offerFor, offerKey } from './handoff';
import { keepProfile } from './handoff-device';
import type { HandoffStrings } from './handoff-i18n';
import { BUSINESS_MAX, type HandoffTool } from './handoff-limits';

interface Props {
  tool: HandoffTool;
  facts: HandoffFacts;
  /** The names the tool holds now, where the hand-off would fill them. */
  current: Names;
  t: HandoffStrings;
  /** Fills the names (the island applies `withSmartNames` or `withMouNames`). */
  onFill: (names: Names) => void;
  /** Where focus goes once the notice is answered (a CSS selector). */
  focusAfter: string;
}

/** Shown only while there is something to fill and the reader has not answered this offer. */
export function HandoffNotice({ tool, facts, current, t, onFill, focusAfter }: Props) {
  const [answered, setAnswered] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const saved = facts.profile.status === 'present' ? facts.profile.value.answered[tool] : undefined;
  const offer = offerFor(tool, current, facts, answered ?? saved);
  if (!offer) return null;

  const answer = (fill: boolean) => {
    const own = offer.own || (offer.askOwn ? typed : '');
    keepProfile((profile) => answeredProfile(profile, tool, offer, fill ? own : ''));
    setAnswered(offerKey(offer));
    if (fill) onFill({ own, partner: offer.partner });
    requestAnimationFrame(() => document.querySelector<HTMLElement>(focusAfter)?.focus());
  };
  const question = offer.own && offer.partner ? t.both : offer.partner ? t.partner : t.own;
  const id = `handoff-${tool}`;
  return (
    <section class="callout handoff" aria-labelledby={`${id}-label`} data-handoff={tool}>
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
