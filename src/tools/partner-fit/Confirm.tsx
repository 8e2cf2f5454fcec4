/**
 * "Choose this partner" on a candidate with a deal-breaker asks first, saying which deal-breaker
 * and the tool's rule, in the page's language. Loaded on demand: most readers never see it.
 *
 * Why a modal `<dialog>` and not `window.confirm` or a panel in the page: `confirm()` speaks the
 * browser's language (its OK and Cancel may not be the page's) and cannot show a list; the
 * browser's own modal dialog gives what a confirmation needs without code of ours: focus moves
 * in (to Cancel, the choice that changes nothing), stays in while it is open, Escape cancels,
 * and the page behind cannot be used meanwhile. It is the pattern the site's search window uses.
 * The island puts focus back on the button that opened it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { format } from '../../i18n/dictionary';
import type { Strings } from './i18n';

export interface ConfirmProps {
  t: Strings;
  /** The candidate's name as the reader sees it. */
  name: string;
  /** Its deal-breakers in words (`dealbreakerItems`). */
  reasons: readonly string[];
  /** True when the reader confirmed; false on Cancel or Escape. */
  onClose: (confirmed: boolean) => void;
}

export function Confirm({ t, name, reasons, onClose }: ConfirmProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog
      ref={dialog}
      class="fit-confirm"
      aria-labelledby="fit-confirm-title"
      aria-describedby="fit-confirm-why"
      onClose={() => onClose(dialog.current?.returnValue === 'yes')}
    >
      {/* A button of a form with method="dialog" closes the dialog with its value. */}
      <form method="dialog">
        <h2 id="fit-confirm-title">{format(t['confirm.title'], { name })}</h2>
        <div id="fit-confirm-why">
          <p>{format(t['confirm.lead'], { name })}</p>
          <ul>
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <p>{t['res.outWhy']}</p>
        </div>
        <p class="fit-confirm-actions">
          <button class="button" value="yes">
            {t['confirm.yes']}
          </button>
          <button class="button secondary" value="no" autofocus>
            {t['confirm.no']}
          </button>
        </p>
      </form>
    </dialog>
  );
}
