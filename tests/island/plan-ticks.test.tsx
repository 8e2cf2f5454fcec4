// @vitest-environment happy-dom
import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { startTicks } from '../../src/plan/actions';
import { stepTicks } from '../../src/plan/ticks';
import { tick } from '../../src/plan/ticking';
import { TICKS_KEY } from '../../src/scripts/keys';
import { storageKey } from '../../src/tools/kit/storage';
import { fakeStorage } from '../fixtures/demo-tool';

/** A step page's action list as Checklist.astro renders it with `step`. */
function page(step = 'goals', actions = 4): HTMLElement {
  document.body.innerHTML = `<section><ul data-ticks="${step}">${Array.from(
    { length: actions },
    (_, i) =>
      `<li><label class="tick-row"><input type="checkbox" data-index="${i}"><span>Action ${i + 1}</span></label></li>`,
  ).join('')}</ul><p data-ticks-status hidden data-unavailable="Cannot save" data-damaged="Kept aside"></p></section>`;
  return document.querySelector<HTMLElement>('[data-ticks]')!;
}
const boxes = (list: HTMLElement) => [...list.querySelectorAll<HTMLInputElement>('input')];
const savedTicks = (storage: ReturnType<typeof fakeStorage>) =>
  (JSON.parse(storage.data.get(TICKS_KEY)!) as { tool: string; v: number; state: unknown }).state;
const envelope = (state: unknown) => JSON.stringify({ tool: 'ticks', v: 1, at: '2027-01-10T08:00:00Z', state });

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

describe('ticking a step page’s actions', () => {
  it('saves under the key the site script names, in the kit’s envelope', () => {
    expect(storageKey(stepTicks.key)).toBe(TICKS_KEY);
    const storage = fakeStorage();
    const list = page();
    startTicks(list, undefined, () => storage);
    fireEvent.click(boxes(list)[2]!);
    expect(JSON.parse(storage.data.get(TICKS_KEY)!)).toMatchObject({ tool: 'ticks', v: 1 });
    expect(savedTicks(storage)).toEqual({ steps: { goals: [2] } });
    fireEvent.click(boxes(list)[2]!);
    expect(savedTicks(storage)).toEqual({ steps: {} });
  });

  it('shows the saved ticks of this step only, after a reload', () => {
    const storage = fakeStorage({ [TICKS_KEY]: envelope({ steps: { goals: [0, 3], partner: [1] } }) });
    const list = page('goals');
    startTicks(list, undefined, () => storage);
    expect(boxes(list).map((b) => b.checked)).toEqual([true, false, false, true]);
  });

  it('keeps ticks made while the code loaded, on top of the saved ones', () => {
    const storage = fakeStorage({ [TICKS_KEY]: envelope({ steps: { goals: [0], roles: [2] } }) });
    const list = page('goals');
    boxes(list)[1]!.checked = true;
    const first = new Event('change', { bubbles: true });
    boxes(list)[1]!.dispatchEvent(first);
    startTicks(list, first, () => storage);
    expect(boxes(list).map((b) => b.checked)).toEqual([true, true, false, false]);
    expect(savedTicks(storage)).toEqual({ steps: { goals: [0, 1], roles: [2] } });
  });

  it('keeps damaged ticks aside, says so, and starts afresh', () => {
    const storage = fakeStorage({ [TICKS_KEY]: '{"tool":"ticks","v":1,"state":{"steps":{"goals":["x"]}}}' });
    const list = page('goals');
    startTicks(list, undefined, () => storage);
    const aside = [...storage.data.keys()].filter((k) => k.startsWith(`${TICKS_KEY}:damaged:`));
    expect(aside).toHaveLength(1);
    const status = document.querySelector<HTMLElement>('[data-ticks-status]')!;
    expect(status.hidden).toBe(false);
    expect(status.textContent).toBe('Kept aside');
    fireEvent.click(boxes(list)[0]!);
    expect(savedTicks(storage)).toEqual({ steps: { goals: [0] } });
  });

  it('says so when the device cannot save, and the box stays ticked', () => {
    const storage = fakeStorage();
    storage.failWith = 'quota';
    const list = page('goals');
    startTicks(list, undefined, () => storage);
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
      steps: { partner: [0, 2] },
    });
  });

  it('shows saved ticks when idle, without a tick', async () => {
    localStorage.setItem(TICKS_KEY, envelope({ steps: { partner: [1] } }));
    const list = page('partner');
    await tick({ didTimeout: false });
    expect(boxes(list).map((b) => b.checked)).toEqual([false, true, false, false]);
  });
});
