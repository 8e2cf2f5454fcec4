/**
 * Sending a share link to someone: the phone's share sheet where there is one, else the link
 * copied with a plain WhatsApp link. Loaded on the first Share click, with the share code.
 */
import { copyText } from './clipboard';

/**
 * The message that goes with a share link: the tool's short summary, then the sentence that the
 * link holds the work itself.
 * @example shareMessage('Partner fit\n1. Toko A: 72 out of 100', 'The link below holds …')
 */
export function shareMessage(summary: string, sentence: string): string {
  return [summary.trim(), sentence].filter(Boolean).join('\n\n');
}

/** A plain wa.me link the reader follows: the page itself sends nothing to WhatsApp. */
export function whatsappHref(text: string, url: string): string {
  return `https://wa.me/?text=${encodeURIComponent(`${text}\n${url}`)}`;
}

/**
 * `shared`: the share sheet took it. `cancelled`: the reader closed the sheet. `copied`: no
 * sheet (or it refused), the link is on the clipboard. `shown`: not even copying worked; the
 * page shows the link to copy by hand.
 */
export type Sent = 'shared' | 'cancelled' | 'copied' | 'shown';

/** Sends `url` with `text`. Never throws. */
export async function sendLink(url: string, text: string): Promise<Sent> {
  const data = { text, url };
  if (typeof navigator.share === 'function' && (typeof navigator.canShare !== 'function' || navigator.canShare(data))) {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (error) {
      // Closed by the reader: nothing to do. Anything else (no permission, the click was too
      // long ago): copy the link instead.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyText(url)) ? 'copied' : 'shown';
}
