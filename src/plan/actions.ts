/**
 * Ticking a step page's actions, on the page's side. The site script loads this module on the
 * first tick or when the browser is idle (src/scripts/site.ts), so a reading page ships none of
 * it before the reader needs it. Without JavaScript the list stays a plain list to tick with a
 * pen (src/components/Checklist.astro hides the boxes then).
 *
 * The ticks are saved with the kit's storage rules (`createStore`): an envelope with a version,
 * checked on load against the schema; data that cannot be read is moved aside, never deleted.
 */
import { withJsonSchema } from '../tools/kit/spec';
import { createStore, type StorageLike } from '../tools/kit/storage';
import type { StepKey } from './limits';
import type { Ticks } from './schema';
import { actionOrderV1 } from './action-keys';
import { stepTicks, ticksJsonSchema } from './ticks';
import { ACTION_KEY_PATTERN, MAX_ACTIONS } from './limits';

const started = new WeakSet<HTMLElement>();

/**
 * Wires one action list (`<ul data-ticks="goals">` with `<input data-action="<key>">` boxes): shows
 * the saved ticks, then saves each change. Boxes the reader ticked before this ran are added to
 * the saved ticks, whichever call started it: the idle start can run while a first tick's own
 * start is still loading, and must not untick that box. Calling it again for the same list does
 * nothing.
 */
export function startTicks(list: HTMLElement, getStorage: () => StorageLike = () => window.localStorage): void {
  if (started.has(list)) return;
  started.add(list);
  const step = list.dataset.ticks as StepKey;
  const store = createStore(withJsonSchema(stepTicks(actionOrderV1), ticksJsonSchema), getStorage);
  const boxes = [...list.querySelectorAll<HTMLInputElement>('input[data-action]')];
  const status = list.parentElement?.querySelector<HTMLElement>('[data-ticks-status]');
  const say = (key: 'unavailable' | 'damaged') => {
    if (!status) return;
    status.setAttribute('role', 'status');
    status.textContent = status.dataset[key] ?? '';
    status.hidden = false;
  };

  const action = (box: HTMLInputElement) => box.dataset.action ?? '';
  // What the reader ticked while this module loaded (the boxes were empty until now: no saved
  // tick was on screen to untick), kept on top of the saved ticks. A box the browser ticks again
  // on Back was ticked on that visit, so it was saved then too.
  const tickedBefore = boxes.filter((box) => box.checked).map(action);

  const loaded = store.load();
  const initial: Ticks = { steps: {} };
  let ticks: Ticks = loaded.ok ? (loaded.value?.state ?? initial) : initial;
  if (!loaded.ok) say(loaded.error === 'storage-corrupt' ? 'damaged' : 'unavailable');
  if (tickedBefore.length > 0) {
    for (const i of tickedBefore) ticks = withTick(ticks, step, i, true);
    if (!store.save(ticks).ok) say('unavailable');
  }
  const saved = new Set(ticks.steps[step] ?? []);
  for (const box of boxes) box.checked = saved.has(action(box));

  const change = (target: EventTarget | null) => {
    if (!(target instanceof HTMLInputElement) || target.dataset.action === undefined) return;
    // Read again first: another tab (or the plan page) may have saved since.
    const now = store.load();
    if (now.ok && now.value) ticks = now.value.state;
    ticks = withTick(ticks, step, action(target), target.checked);
    if (!store.save(ticks).ok) say('unavailable');
  };
  list.addEventListener('change', (event) => change(event.target));
}

/**
 * Here, not in ticks.ts, so that the plan page (which only reads ticks) ships none of it.
 *
 * The ticks with one action of one step ticked (`on`) or not, by the action's key; each key at
 * most once. A key that is not an action key, or a step already at its bound, returns the same
 * object.
 * @example withTick({ steps: {} }, 'goals', 'smart-test', true) // => { steps: { goals: ['smart-test'] } }
 */
export function withTick(ticks: Ticks, step: StepKey, action: string, on: boolean): Ticks {
  if (!new RegExp(ACTION_KEY_PATTERN).test(action)) return ticks;
  const before = ticks.steps[step] ?? [];
  if (on && (before.includes(action) || before.length >= MAX_ACTIONS)) return ticks;
  const now = on ? [...before, action] : before.filter((k) => k !== action);
  const steps = { ...ticks.steps };
  if (now.length === 0) delete steps[step];
  else steps[step] = now;
  return { steps };
}
