/**
 * The glossary page's pure decisions: its letter index (terms grouped by first letter) and its
 * filter box's matching. The page (src/pages/[lang]/[glossary].astro) groups on the server; the
 * filter (src/scripts/glossary-filter.ts, loaded on the first key press in the box) matches in
 * the browser. Nothing here imports the glossary's data, so the filter downloads none of it.
 */
import { foldText } from './fold';

/**
 * Whether a term matches what the reader typed: every word typed starts a word of the term's
 * text (its name and the spellings it goes by), so "bagi" finds "Bagi hasil" and "kontr" finds
 * "Kontrak", but "hasil" does not find "keberhasilan". An empty query matches everything.
 * @example termMatches('Bagi hasil pembagian keuntungan', 'bagi has') // => true
 * @example termMatches('Kontrak atau perjanjian', 'trak') // => false
 */
export function termMatches(text: string, query: string): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  const haystack = ` ${foldText(text)}`;
  return words.every((word) => haystack.includes(` ${word}`));
}

/**
 * The letter a term is listed under: its first letter, without accents, in capitals; a term that
 * starts with a digit or sign goes under "#".
 * @example firstLetter('éxito') // => 'E'
 */
export function firstLetter(term: string): string {
  const letter = foldText(term).charAt(0).toUpperCase();
  return /\p{L}/u.test(letter) ? letter : '#';
}

/**
 * Terms grouped by their first letter, in the order given (sort them first), for the letter
 * index and the page's sections.
 * @example letterGroups(['Afiliasi', 'Arbitrase', 'BANI'], (t) => t) // => [{ letter: 'A', items: ['Afiliasi', 'Arbitrase'] }, { letter: 'B', items: ['BANI'] }]
 */
export function letterGroups<T>(items: readonly T[], termOf: (item: T) => string): { letter: string; items: T[] }[] {
  const groups: { letter: string; items: T[] }[] = [];
  for (const item of items) {
    const letter = firstLetter(termOf(item));
    const last = groups.at(-1);
    if (last?.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}
