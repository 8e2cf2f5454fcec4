/**
 * Sharing the plan by a link, and opening a shared plan, on the plan page. The page's script
 * loads this module on the first click in its "Share, print and save" section, or when the page
 * opens with a share link (`#share=…`); it also hands on the plan file's actions (PlanFile.tsx),
 * so the page has one module to load on demand.
 *
 * Like the tools' share (src/tools/kit/share.ts, send.ts): the link carries the whole plan (the
 * ticks and the three tools' work, each in its tool's envelope, transfer.ts) after the `#`, which
 * browsers never send to a server; Share opens the phone's share sheet, or copies the link and
 * offers a WhatsApp link.
 *
 * A recipient sees the shared plan in place of their own, under a notice that says so; their own
 * saved work is untouched. "Save on this device" asks, part by part, as opening a plan file does
 * (by default the device's work stays and parts the device lacks are taken); "Back to my plan"
 * leaves the link.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { format } from '../i18n/dictionary';
import { SHARE_LINK_SAFE_CHARS, sharePayload } from '../tools/kit/limits';
import { decodeShare, encodeShare } from '../tools/kit/share';
import { sendLink, shareMessage, whatsappHref } from '../tools/kit/send';
import type { PlanStrings } from './i18n';
import { readPlan } from './model';
import PlanView, { PlanBody, planContext, type PlanProps } from './Plan';
import { Chooser, contextOf, type FileContext, islandProps, readSaved, type Saved, say } from './PlanFile';
import { offerParts, type PartOffer, planShareSpec, planShareState } from './transfer';

export { pick, save } from './PlanFile';

/** The chooser's words for a link instead of a file. */
function linkWords(t: PlanStrings): PlanStrings {
  return {
    ...t,
    'choose.title': t['shared.chooseTitle'],
    'choose.lead': t['shared.chooseLead'],
    'choose.inFile': t['shared.inLink'],
    'choose.replace': t['shared.replace'],
    'choose.take': t['shared.take'],
    'choose.skipped': t['shared.skipped'],
    'choose.fileNone': t['shared.linkNone'],
    'choose.done': t['shared.done'],
    'choose.doneNone': t['shared.doneNone'],
  };
}

/** "Share": the phone's share sheet, or the link copied, shown and offered for WhatsApp. */
export async function share(section: HTMLElement): Promise<void> {
  const ctx = contextOf(islandProps());
  const { t } = ctx;
  let saved: Saved;
  try {
    saved = readSaved();
  } catch {
    say(section, t['plan.unavailable']);
    return;
  }
  const state = planShareState(saved, ctx.specs);
  if (!state) {
    say(section, t['share.nothing']);
    return;
  }
  const url = `${location.origin}${location.pathname}#${await encodeShare(planShareSpec, state)}`;
  const plan = readPlan({ ...ctx, saved });
  const text = shareMessage(
    format(t['share.summary'], { done: plan.complete, total: plan.steps.length }),
    t['share.text'],
  );
  const sent = await sendLink(url, text);
  if (sent === 'cancelled') return;
  const slot = section.querySelector<HTMLElement>('[data-share-link]');
  if (slot)
    render(<SentLink url={url} whatsapp={sent === 'shared' ? undefined : whatsappHref(text, url)} t={t} />, slot);
  say(section, t[sent === 'shared' ? 'share.shared' : sent === 'copied' ? 'share.copied' : 'share.ready'], false);
  if (sent !== 'shared') document.querySelector<HTMLInputElement>('#plan-share-link')?.select();
}

/** After Share: the link to copy and a WhatsApp link (no share sheet), and a warning when long. */
function SentLink({ url, whatsapp, t }: { url: string; whatsapp: string | undefined; t: PlanStrings }) {
  return (
    <>
      {whatsapp && (
        <div class="plan-sent">
          <label for="plan-share-link">{t['share.label']}</label>
          <input
            id="plan-share-link"
            type="url"
            readOnly
            value={url}
            aria-describedby="plan-share-link-hint"
            onFocus={(event) => event.currentTarget.select()}
          />
          <p class="hint" id="plan-share-link-hint">
            {t['share.linkHint']}
          </p>
          <p>
            <a class="button secondary" href={whatsapp} rel="noopener noreferrer">
              {t['share.whatsapp']}
            </a>
          </p>
        </div>
      )}
      {url.length > SHARE_LINK_SAFE_CHARS && (
        <p class="callout is-warn">{format(t['share.long'], { n: url.length })}</p>
      )}
    </>
  );
}

/** Leaves the share link in the address bar, so a reload shows this device's plan. */
function clearLink(): void {
  if (sharePayload(location.hash) !== undefined)
    history.replaceState(history.state, '', location.pathname + location.search);
}

/** The page opened with a share link: shows the shared plan in place of this device's. */
export async function openShared(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-tool-island]');
  if (!root) return;
  const props = islandProps();
  const decoded = await decodeShare(location.hash, planShareSpec);
  if (!decoded.ok) {
    clearLink();
    const message = decoded.error === 'share-unsupported-version' ? props.t['shared.newer'] : props.t['shared.broken'];
    render(<Own props={props} message={message} warn />, root);
    return;
  }
  if (!decoded.value) return;
  let saved: Saved;
  try {
    saved = readSaved();
  } catch {
    saved = { ticks: null, 'partner-fit': null, 'smart-goal': null, 'mou-checklist': null };
  }
  const ctx = contextOf(props);
  const offer = offerParts(decoded.value.parts, saved, ctx.specs);
  render(<Shared props={props} ctx={{ ...ctx, t: linkWords(ctx.t) }} offer={offer} root={root} />, root);
}

/**
 * This device's plan again, with a message above it that takes focus: what happened to the link
 * (`warn`: it could not be opened), or what was saved.
 */
function Own({ props, message, warn }: { props: PlanProps; message: string; warn?: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <>
      <p
        class={warn ? 'callout is-warn plan-shared-message' : 'callout plan-shared-message'}
        role={warn ? 'alert' : 'status'}
        tabIndex={-1}
        ref={ref}
      >
        {message}
      </p>
      <PlanView {...props} />
    </>
  );
}

/** The shared plan, under a notice: save it on this device (part by part), or go back. */
function Shared({
  props,
  ctx,
  offer,
  root,
}: {
  props: PlanProps;
  ctx: FileContext;
  offer: PartOffer[];
  root: HTMLElement;
}) {
  const { t } = props;
  const [choosing, setChoosing] = useState(false);
  const heading = useRef<HTMLElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // A part the link holds is read as it would be saved; one it cannot read shows as damaged.
  const saved = Object.fromEntries(offer.map((p) => [p.source, p.text ?? (p.file === 'damaged' ? 'null' : null)]));
  const plan = readPlan({ ...planContext(props), saved: saved as Saved });
  const back = (message: string) => {
    clearLink();
    render(<Own props={props} message={message} />, root);
  };
  return (
    <>
      <section class="plan-card plan-shared no-print" aria-labelledby="plan-shared-title" tabIndex={-1} ref={heading}>
        <h2 id="plan-shared-title">{t['shared.title']}</h2>
        <p>{t['shared.body']}</p>
        {choosing ? (
          <Chooser
            offer={offer}
            ctx={ctx}
            onDone={(message, changed) => {
              if (!changed && message === ctx.t['choose.cancelled']) setChoosing(false);
              else back(message);
            }}
          />
        ) : (
          <p class="plan-row">
            <button type="button" class="button" onClick={() => setChoosing(true)}>
              {t['shared.keep']}
            </button>
            <button type="button" class="button secondary" onClick={() => back(t['shared.left'])}>
              {t['shared.back']}
            </button>
          </p>
        )}
      </section>
      <div class="plan-shared-view">
        <PlanBody plan={plan} {...props} />
      </div>
    </>
  );
}
