/**
 * The kit's Preact components. They only render: behaviour lives in `useTool`, words come in
 * as `kit` (the kit dictionary of the page's language).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { format } from '../../i18n/dictionary';
import { type Locale, localeInfo } from '../../i18n/locales';
import { Disclosure } from './disclosure';
import { TextField } from './form';
import { MAX_IMPORT_BYTES, SHARE_LINK_SAFE_CHARS } from './limits';
import type kitDictionaries from './i18n';
import type { Tool } from './useTool';

export type KitStrings = (typeof kitDictionaries)['id'];

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/**
 * Export, import and copy code loads on the first click, not with the page: most visits never
 * use it, and every byte of a tool page's first load counts on a slow phone connection.
 */
const files = () => import('./files');
const copyText = async (text: string) => (await import('./clipboard')).copyText(text);

/** Lasting problems (storage, share links, imports), each with a way to dismiss it. */
export function KitNotices<S>({ tool, kit }: { tool: Tool<S>; kit: KitStrings }) {
  if (tool.notices.length === 0) return null;
  return (
    <div class="kit-notices">
      {tool.notices.map((notice) => (
        <div class="kit-notice callout is-danger" role="alert" key={notice.code} data-notice={notice.code}>
          <p>{format(kit[`notice.${notice.code}`], { max: kb(MAX_IMPORT_BYTES) })}</p>
          <div class="kit-notice-actions">
            {notice.damaged !== undefined && (
              <button
                type="button"
                class="button secondary"
                onClick={() =>
                  tool.run(async () => {
                    const { downloadFile, exportFileName } = await files();
                    downloadFile(exportFileName(`${tool.spec.key}-damaged`, 'txt'), notice.damaged!);
                  })
                }
              >
                {kit['notice.downloadDamaged']}
              </button>
            )}
            <button type="button" class="button secondary" onClick={() => tool.dismiss(notice.code)}>
              {kit['notice.dismiss']}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}

/**
 * The notice a reader who opened someone else's shared link sees, right under the page title:
 * keep the shared result, or go back to their own work. `ToolLayout` renders it on the server
 * (hidden, in the page's language) between the title and the introduction, the first thing a
 * reader meets on a phone; the island's `SharedBanner` shows it while a shared result is on
 * screen. Markup only.
 */
export function SharedNotice({ kit }: { kit: KitStrings }) {
  return (
    <section
      class="kit-banner callout is-accent"
      aria-labelledby="kit-shared-title"
      tabIndex={-1}
      hidden
      data-kit-shared
      data-pagefind-ignore
    >
      <h2 id="kit-shared-title">{kit['shared.title']}</h2>
      <p>{kit['shared.body']}</p>
      <div class="kit-row">
        <button type="button" class="button">
          {kit['shared.keep']}
        </button>
        <button type="button" class="button secondary">
          {kit['shared.back']}
        </button>
      </div>
    </section>
  );
}

/**
 * Shows the page's `SharedNotice` while someone else's shared result is on screen, moves focus
 * to it and gives its two buttons the reader's choices (`keepShared`, `backToOwn`). Renders
 * nothing where the island is: the notice belongs under the page title, above the tool's
 * introduction, which the island cannot reach. Its words are in the page (`SharedNotice`).
 */
export function SharedBanner<S>({ tool }: { tool: Tool<S> }) {
  const shared = tool.mode === 'shared';
  const { keepShared, backToOwn } = tool;
  // Before the browser paints: the shared result never shows without its notice.
  useLayoutEffect(() => {
    const notice = document.querySelector<HTMLElement>('[data-kit-shared]');
    if (!notice) return;
    const [keep, back] = notice.querySelectorAll('button');
    keep!.onclick = keepShared;
    back!.onclick = backToOwn;
    notice.hidden = !shared;
    if (shared) notice.focus();
  }, [shared, keepShared, backToOwn]);
  return null;
}

/**
 * The short message after an action ("Candidate removed. Undo"), in a polite live region that
 * is always in the page, so screen readers announce each new message.
 */
export function KitStatus<S>({ tool, kit }: { tool: Tool<S>; kit: KitStrings }) {
  const message = useRef<HTMLParagraphElement>(null);
  const status = tool.status;
  const text = status ? (status.code === 'custom' ? status.message : kit[`status.${status.code}`]) : '';
  const undo = () => {
    tool.undo();
    // The Undo button goes away; keep keyboard focus on the message ("Restored.") instead of
    // dropping it to the top of the page.
    requestAnimationFrame(() => message.current?.focus());
  };
  return (
    <div class={status ? 'kit-status' : 'kit-status is-empty'}>
      <p role="status" aria-live="polite" aria-atomic="true" tabIndex={-1} ref={message}>
        {text}
      </p>
      {status?.undo && (
        <button type="button" class="button secondary" onClick={undo}>
          {kit.undo}
        </button>
      )}
    </div>
  );
}

interface ActionsProps<S> {
  tool: Tool<S>;
  kit: KitStrings;
  /**
   * The result as Markdown (reader text escaped with `mdText`). May be async, so a tool can load
   * its summary code only when the reader asks for it.
   */
  summary: () => string | Promise<string>;
  /**
   * A few plain lines that say what the work is (the tool's short summary), sent with the share
   * link. May be async, like `summary`. Without it the share message holds the kit's sentence
   * and the link only.
   */
  shareText?: () => string | Promise<string>;
  /** Tool-specific exports (a document button, say), first under "More". */
  children?: ComponentChildren;
}

/** What the last Share click made: the link, and for the fallback, the WhatsApp link. */
interface Shared {
  url: string;
  /** Set when there was no share sheet: the link was copied (or shown) with a WhatsApp link. */
  whatsapp?: string;
}

/**
 * After Share without a share sheet: the link to copy and a WhatsApp link; after any Share, a
 * warning when the link is too long for some apps, with the file as the way out.
 */
function SharedLink(props: { shared: Shared; kit: KitStrings; headingId: string; onSaveFile: () => void }) {
  const { shared, kit, headingId, onSaveFile } = props;
  return (
    <>
      {shared.whatsapp && (
        <div class="kit-shared-link">
          <TextField
            id={`${headingId}-link`}
            type="url"
            label={kit['actions.shareLabel']}
            value={shared.url}
            readOnly
            selectOnFocus
            after={
              <p class="hint" id={`${headingId}-link-hint`}>
                {kit['actions.shareHint']}
              </p>
            }
            afterId={`${headingId}-link-hint`}
          />
          <p>
            <a class="button secondary" href={shared.whatsapp} rel="noopener noreferrer">
              {kit['actions.whatsapp']}
            </a>
          </p>
        </div>
      )}
      {shared.url.length > SHARE_LINK_SAFE_CHARS && (
        <div class="callout is-warn kit-long-link">
          <p>{format(kit['actions.longLink'], { n: shared.url.length })}</p>
          <button type="button" class="button secondary" onClick={onSaveFile}>
            {kit['actions.downloadJson']}
          </button>
        </div>
      )}
    </>
  );
}

/**
 * The end of every tool: Share first (the phone's share sheet, or the link copied with a WhatsApp
 * link), then Print, then everything else under "More" in plain words.
 */
export function ToolActions<S>({ tool, kit, summary, shareText, children }: ActionsProps<S>) {
  const headingId = useId();
  const [shared, setShared] = useState<Shared | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);

  // A shown link or summary belongs to the state it was made from; a change makes it stale.
  useEffect(() => {
    setShared(null);
    setManualCopy(null);
  }, [tool.state]);

  const copySummary = async () => {
    const text = await summary();
    if (await copyText(text)) {
      setManualCopy(null);
      tool.announce(kit['status.copied']);
    } else {
      setManualCopy(text);
      tool.announce(kit['status.copyFailed']);
    }
  };

  const share = async () => {
    const [send, url, short] = await Promise.all([import('./send'), tool.shareUrl(), shareText?.() ?? '']);
    const text = send.shareMessage(short, kit['actions.shareText']);
    const sent = await send.sendLink(url, text);
    if (sent === 'cancelled') return;
    setShared(sent === 'shared' ? { url } : { url, whatsapp: send.whatsappHref(text, url) });
    tool.announce(
      kit[sent === 'shared' ? 'status.shared' : sent === 'copied' ? 'status.linkCopied' : 'status.linkReady'],
    );
    if (sent !== 'shared')
      requestAnimationFrame(() => {
        const field = document.getElementById(`${headingId}-link`);
        if (field instanceof HTMLInputElement) field.select();
      });
  };

  // Without JavaScript none of these buttons could work: the area appears once the tool is live.
  if (!tool.hydrated) return null;

  const saveState =
    tool.mode === 'shared'
      ? kit['actions.sharedUnsaved']
      : tool.persistent
        ? kit['actions.autosaved']
        : kit['actions.memoryOnly'];

  return (
    <section class="kit-actions no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{kit['actions.title']}</h2>
      <p class={tool.persistent || tool.mode === 'shared' ? 'kit-save' : 'kit-save is-warning'}>{saveState}</p>
      <div class="kit-row kit-main-actions">
        <button
          type="button"
          class="button"
          // The share code loads while the finger is down, so the share sheet opens within the
          // click's permission even on a slow connection.
          onPointerDown={() => void Promise.all([import('./share'), import('./send')]).catch(() => undefined)}
          onClick={() => tool.run(share)}
        >
          {kit['actions.share']}
        </button>
        <button type="button" class="button secondary" onClick={() => window.print()}>
          {kit['actions.print']}
        </button>
      </div>
      {shared && (
        <SharedLink shared={shared} kit={kit} headingId={headingId} onSaveFile={() => tool.run(tool.exportJson)} />
      )}
      <Disclosure summary={kit['actions.more']} class="kit-more">
        <div class="kit-more-body">
          {children && <div class="kit-row">{children}</div>}
          <div class="kit-row">
            <button type="button" class="button secondary" onClick={() => tool.run(copySummary)}>
              {kit['actions.copySummary']}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() =>
                tool.run(async () => {
                  const [{ downloadFile, exportFileName }, text] = await Promise.all([files(), summary()]);
                  downloadFile(exportFileName(tool.spec.key, 'md'), text, 'text/markdown;charset=utf-8');
                })
              }
            >
              {kit['actions.downloadMarkdown']}
            </button>
          </div>
          <p class="hint">{kit['summary.fileHint']}</p>
          {manualCopy !== null && (
            <TextField
              id={`${headingId}-summary`}
              rows={8}
              label={kit['actions.summaryLabel']}
              value={manualCopy}
              readOnly
              selectOnFocus
            />
          )}
          <FileButtons tool={tool} kit={kit} headingId={headingId} />
          <div class="kit-row">
            <button type="button" class="button secondary danger" onClick={tool.reset}>
              {kit['actions.reset']}
            </button>
          </div>
        </div>
      </Disclosure>
    </section>
  );
}

/** Save the work to a file and open it again: for moving work to another device. */
function FileButtons<S>({ tool, kit, headingId }: { tool: Tool<S>; kit: KitStrings; headingId: string }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const onFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (file) tool.run(() => tool.importFile(file));
  };
  return (
    <div class="kit-files" role="group" aria-labelledby={`${headingId}-files`}>
      <h3 id={`${headingId}-files`}>{kit['actions.fileTitle']}</h3>
      <p class="hint">{kit['actions.fileHint']}</p>
      <div class="kit-row">
        <button type="button" class="button secondary" onClick={() => tool.run(tool.exportJson)}>
          {kit['actions.downloadJson']}
        </button>
        <button type="button" class="button secondary" onClick={() => fileInput.current?.click()}>
          {kit['actions.importJson']}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-label={kit['actions.importLabel']}
          onChange={(event) => onFile(event.currentTarget)}
        />
      </div>
    </div>
  );
}

/** Announces a changing result politely (e.g. "Score: 72 of 100, promising"). */
export function LiveRegion({ message }: { message: string }) {
  return (
    <p class="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}

/** A heading block that only appears on paper: what this is, when it was printed, from where. */
export function PrintHeader({ title, kit, lang }: { title: string; kit: KitStrings; lang: Locale }) {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => setNow(new Date()), []);
  const date = now ? new Intl.DateTimeFormat(localeInfo[lang].intl, { dateStyle: 'long' }).format(now) : '';
  return (
    <div class="print-only kit-print-header">
      <p class="kit-print-title">{title}</p>
      {date && <p>{format(kit['print.printed'], { date })}</p>}
    </div>
  );
}
