/**
 * Helpers for the Markdown summaries tools export. The summary must read well pasted as plain
 * text (into a chat or an email) and render safely as Markdown, so reader text is escaped only
 * where Markdown or HTML would otherwise change it: never a heading, list, link, table break or tag.
 */

/**
 * Escapes reader text for a Markdown line: backslash-escapes inline syntax and HTML brackets,
 * a leading block marker, and entity-like `&…;`; folds line breaks into spaces.
 * @example mdText('# <b>Toko*Ku*</b>') // => '\\# \\<b\\>Toko\\*Ku\\*\\</b\\>'
 * @example mdText('Rp1.500.000 per bulan') // => 'Rp1.500.000 per bulan'
 */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/^([#>+=~-]|\d+[.)])/, '\\$1');
}

/** A Markdown table; cells must already be escaped with `mdText` where they hold reader text. */
export function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
