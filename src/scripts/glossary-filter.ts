/**
 * The glossary's filter box, loaded by ./site.ts on the reader's first key press in it; from then
 * on it follows the box. Without JavaScript the box is not shown and every term is listed.
 * Shows only the terms whose name or spellings start with what the reader typed,
 * hides the letters left empty (in the list and in the letter index), and says how many terms
 * match in a status line; its words come from the box's `data-*` attributes, in the page's
 * language.
 */
import { termMatches } from '../lib/glossary';

/** Applies the box's current text to the list. */
export function filter(box: HTMLInputElement): void {
  const query = box.value.trim();
  let shown = 0;
  for (const group of document.querySelectorAll<HTMLElement>('[data-letter-group]')) {
    let inGroup = 0;
    for (const entry of group.querySelectorAll<HTMLElement>('[data-terms]')) {
      const match = termMatches(entry.dataset.terms ?? '', query);
      entry.hidden = !match;
      if (match) inGroup++;
    }
    group.hidden = inGroup === 0;
    const letter = document.querySelector<HTMLElement>(`[data-letter="${group.id}"]`);
    if (letter) letter.hidden = inGroup === 0;
    shown += inGroup;
  }
  const status = document.querySelector<HTMLElement>('[data-glossary-status]');
  if (!status) return;
  const { countOne = '', countOther = '', none = '' } = box.dataset;
  const text = !query ? '' : shown === 0 ? none : shown === 1 ? countOne : countOther;
  status.textContent = text.replace('{n}', String(shown)).replace('{query}', query);
  status.classList.toggle('is-none', !!query && shown === 0);
}

const box = document.querySelector<HTMLInputElement>('[data-glossary-filter]');
if (box) {
  box.addEventListener('input', () => filter(box));
  // The key press that loaded this module has already changed the box.
  filter(box);
}
