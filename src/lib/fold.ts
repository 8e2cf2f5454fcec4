/**
 * A text reduced for matching what a reader typed: lower case, accents dropped, anything not a
 * letter or digit a single space. Used by the glossary's filter (./glossary.ts) and by the
 * search window to tell a word that starts with what was typed from one Pagefind only found
 * through its stem (src/search/model.ts).
 * @example foldText('  Café, “MoU”  ') // => 'cafe mou'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
