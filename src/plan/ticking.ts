/**
 * The first part of ticking a step page's actions: the site script loads this small module on
 * the first tick or when the browser is idle. The code that saves ticks (./actions.ts, with the
 * kit's storage) loads only when the reader ticks or has ticks saved on this device, so a
 * reader who never ticks downloads none of it.
 */
import { TICKS_KEY } from '../scripts/keys';

/** Whether this device keeps ticks (false when storage is blocked). */
function saved(): boolean {
  try {
    return localStorage.getItem(TICKS_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Starts ticking the page's action list when the reader ticked it (`event` is that change) or
 * has ticks saved on this device. The site script calls it on every change on the page and once
 * when idle (`event` is then the idle callback's deadline: only a change in the list counts);
 * once the list is started, `startTicks` ignores further calls.
 */
export async function tick(event?: unknown): Promise<void> {
  const list = document.querySelector<HTMLElement>('[data-ticks]');
  const change = event instanceof Event && list?.contains(event.target as Node) ? event : undefined;
  if (!list || (!change && !saved())) return;
  const { startTicks } = await import('./actions');
  startTicks(list);
}
