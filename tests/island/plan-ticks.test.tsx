// @vitest-environment happy-dom
import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { actionKeys } from '../../src/plan/action-keys';
import { startTicks } from '../../src/plan/actions';
import { TICKS_TOOL } from '../../src/plan/ticks';
import { tick } from '../../src/plan/ticking';
import { TICKS_KEY } from '../../src/scripts/keys';
import { storageKey } from '../../src/tools/kit/storage';
import { fakeStorage } from '../fixtures/demo-tool';

/** The key of the action at position `i` in these tests' lists. */
const keyOf = (i: number) => `action-${i}`;
/** A step page's action list as Checklist.astro renders it with `step`. */
function page(step = 'goals', actions = 4): HTMLElement {
  document.body.innerHTML = `<section><ul data-ticks="${step}">${Array.from(
    { length: actions },
    (_, i) =>
      `<li><label class="tick-row"><input type="checkbox" data-action="${keyOf(i)}"><span>Action ${i + 1}</span></label></li>`,
  ).join('')}</ul><p data-ticks-status hidden data-unavailable="Cannot save" data-damaged="Kept aside"></p></section>`;
  return document.querySelector<HTMLElement>('[data-ticks]')!;
}
const boxes = (list: HTMLElement) => [...list.querySelectorAll<HTMLInputElement>('input')];
const savedTicks = (storage: ReturnType<typeof fakeStorage>) =>
  (JSON.parse(storage.data.get(TICKS_KEY)!) as { tool: string; v: number; state: unknown }).state;
const envelope = (state: unknown, v = 2) => JSON.stringify({ tool: 'ticks', v, at: '2027-01-10T08:00:00Z', state });

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

describe('ticking a step page’s actions', () => {
  it('saves under the key the site script names, in the kit’s envelope', () => {
    expect(storageKey(TICKS_TOOL)).toBe(TICKS_KEY);
    const storage = fakeStorage();
    const list = page();
    startTicks(list, () => storage);
    fireEvent.click(boxes(list)[2]!);
    expect(JSON.parse(storage.data.get(TICKS_KEY)!)).toMatchObject({ tool: 'ticks', v: 2 });
    expect(savedTicks(storage)).toEqual({ steps: { goals: ['action-2'] } });
    fireEvent.click(boxes(list)[2]!);
    expect(savedTicks(storage)).toEqual({ steps: {} });
  });

  it('shows the saved ticks of this step only, after a reload', () => {
    const storage = fakeStorage({
      [TICKS_KEY]: envelope({ steps: { goals: ['action-0', 'action-3'], partner: ['action-1'] } }),
    });
    const list = page('goals');
    startTicks(list, () => storage);
    expect(boxes(list).map((b) => b.checked)).toEqual([true, false, false, true]);
  });

  it('keeps ticks made while the code loaded, on top of the saved ones', () => {
    const storage = fakeStorage({ [TICKS_KEY]: envelope({ steps: { goals: ['action-0'], roles: ['action-2'] } }) });
    const list = page('goals');
    boxes(list)[1]!.checked = true;
    boxes(list)[1]!.dispatchEvent(new Event('change', { bubbles: true }));
    startTicks(list, () => storage);
    expect(boxes(list).map((b) => b.checked)).toEqual([true, true, false, false]);
    expect(savedTicks(storage)).toEqual({ steps: { goals: ['action-0', 'action-1'], roles: ['action-2'] } });
  });

  it('keeps a tick made while the idle start was loading (the idle start runs first)', async () => {
    localStorage.setItem(TICKS_KEY, envelope({ steps: { goals: ['action-0'] } }));
    const list = page('goals');
    // The idle start begins loading; the reader ticks before it finishes, and the tick's own
    // start finds the list already started.
    const idle = tick({ didTimeout: false });
    const change = new Event('change', { bubbles: true });
    boxes(list)[2]!.checked = true;
    boxes(list)[2]!.dispatchEvent(change);
    const first = tick(change);
    await Promise.all([idle, first]);
    expect(boxes(list).map((b) => b.checked)).toEqual([true, false, true, false]);
    expect((JSON.parse(localStorage.getItem(TICKS_KEY)!) as { state: unknown }).state).toEqual({
      steps: { goals: ['action-0', 'action-2'] },
    });
    // The next tick is saved on top of both.
    fireEvent.click(boxes(list)[3]!);
    expect((JSON.parse(localStorage.getItem(TICKS_KEY)!) as { state: unknown }).state).toEqual({
      steps: { goals: ['action-0', 'action-2', 'action-3'] },
    });
  });

  it('opens ticks saved by position (version 1) on the same actions, and saves them by key', () => {
    // A version-1 save: positions in the page's list as it was then (action-keys.ts, actionOrderV1).
    const storage = fakeStorage({ [TICKS_KEY]: envelope({ steps: { goals: [1, 4], partner: [0] } }, 1) });
    const list = document.createElement('ul');
    list.dataset.ticks = 'goals';
    // The page today: a new action was inserted first; the others keep their keys.
    list.innerHTML = ['new-first', ...actionKeys.goals]
      .map((k) => `<li><label><input type="checkbox" data-action="${k}"><span>${k}</span></label></li>`)
      .join('');
    document.body.append(list);
    startTicks(list, () => storage);
    expect(
      boxes(list)
        .filter((b) => b.checked)
        .map((b) => b.dataset.action),
    ).toEqual(['smart-test', 'partner-gains']);
    fireEvent.click(boxes(list)[0]!);
    expect(JSON.parse(storage.data.get(TICKS_KEY)!)).toMatchObject({ tool: 'ticks', v: 2 });
    expect(savedTicks(storage)).toEqual({
      steps: { goals: ['smart-test', 'partner-gains', 'new-first'], partner: ['principles'] },
    });
  });

  it('keeps damaged ticks aside, says so, and starts afresh', () => {
    const storage = fakeStorage({ [TICKS_KEY]: '{"tool":"ticks","v":2,"state":{"steps":{"goals":[1]}}}' });
    const list = page('goals');
    startTicks(list, () => storage);
    const aside = [...storage.data.keys()].filter((k) => k.startsWith(`${TICKS_KEY}:damaged:`));
    expect(aside).toHaveLength(1);
    const status = document.querySelector<HTMLElement>('[data-ticks-status]')!;
    expect(status.hidden).toBe(false);
    expect(status.textContent).toBe('Kept aside');
    fireEvent.click(boxes(list)[0]!);
    expect(savedTicks(storage)).toEqual({ steps: { goals: ['action-0'] } });
  });

  it('says so when the device cannot save, and the box stays ticked', () => {
    const storage = fakeStorage();
    storage.failWith = 'quota';
    const list = page('goals');
    startTicks(list, () => storage);
    fireEvent.click(boxes(list)[1]!);
    expect(boxes(list)[1]!.checked).toBe(true);
    expect(document.querySelector('[data-ticks-status]')?.textContent).toBe('Cannot save');
  });
});

describe('loading the ticking code', () => {
  it('loads nothing when idle with nothing saved, and starts on the first tick in the list', async () => {
    const list = page('partner');
    await tick({ didTimeout: false });
    boxes(list)[0]!.checked = true;
    boxes(list)[0]!.dispatchEvent(new Event('change', { bubbles: true }));
    // Nothing listens yet: the idle call found nothing saved and started nothing.
    expect(localStorage.getItem(TICKS_KEY)).toBeNull();
    // A change elsewhere on the page (the theme) does not start it either.
    await tick(new Event('change'));
    expect(localStorage.getItem(TICKS_KEY)).toBeNull();
    // The site script hands over the list's change.
    const change = new Event('change', { bubbles: true });
    boxes(list)[2]!.checked = true;
    boxes(list)[2]!.dispatchEvent(change);
    await tick(change);
    expect((JSON.parse(localStorage.getItem(TICKS_KEY)!) as { state: unknown }).state).toEqual({
      steps: { partner: ['action-0', 'action-2'] },
    });
  });

  it('shows saved ticks when idle, without a tick', async () => {
    localStorage.setItem(TICKS_KEY, envelope({ steps: { partner: ['action-1'] } }));
    const list = page('partner');
    await tick({ didTimeout: false });
    expect(boxes(list).map((b) => b.checked)).toEqual([false, true, false, false]);
  });
});
