/**
 * The header's plan progress ("My plan", then the steps done): the site script loads this module
 * when the browser is idle, only on a device that holds plan work (the head's script marks it
 * `<html data-plan>`). On the plan page it first leaves the note of what the tools' work did (the
 * island shows it as `data-tool-done`, note.ts). It counts with progress.ts from the saved ticks
 * and that note, fills the link's bar and its count ("3/7"), and describes the link in words for
 * screen readers ("3 of 7 steps done"). With no count to give, the link stays "My plan" alone.
 * On a step page it then starts the ticking code, which shows the ticks saved on this device.
 */
import { planSources, type PlanSource } from './limits';
import { PROGRESS_KEY, progressNote } from './note';
import { stepsDone } from './progress';

const link = document.querySelector<HTMLElement>('[data-plan-nav]');
const box = link?.querySelector<HTMLElement>('[data-plan-progress]');
if (link && box) {
  let progress: ReturnType<typeof stepsDone> = null;
  try {
    const saved = {} as Record<PlanSource, string | null>;
    for (const source of planSources) saved[source] = localStorage.getItem(`mitra:${source}`);
    // On the plan page: note what the tools' work did, as the plan model just read it (Plan.tsx).
    const done = document.querySelector('[data-tool-done]')?.getAttribute('data-tool-done');
    if (done) localStorage.setItem(PROGRESS_KEY, progressNote(saved, JSON.parse(done) as object));
    progress = stepsDone(saved, localStorage.getItem(PROGRESS_KEY));
  } catch {
    // Storage blocked: no count.
  }
  if (progress) {
    box.dataset.done = String(progress.done);
    box.querySelector('[data-plan-count]')!.textContent = `${progress.done}/${progress.total}`;
    box.hidden = false;
    // Screen readers hear "My plan 3/7" and then, as its description, "3 of 7 steps done" (the
    // words' `{done}` and `{total}` filled here: the dictionary's `format` lives with Preact).
    const words = link.querySelector('[data-plan-words]')!;
    words.textContent = (link.dataset.progress ?? '')
      .replace('{done}', String(progress.done))
      .replace('{total}', String(progress.total));
    link.setAttribute('aria-describedby', words.id);
  }
}

// A step page shows its saved ticks (the site script loads the ticking code itself on a first tick).
if (document.querySelector('[data-ticks]')) void import('./ticking').then((m) => m.tick(), String);

export {};
