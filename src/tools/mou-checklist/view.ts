import type { Clause } from '../../content/clauses-schema';
import type { Locale } from '../../i18n/locales';
import type { OutlineClause } from './docx';
import type { ClauseRule } from './model';

/**
 * One clause as the island gets it: what it needs to select the clause (`ClauseRule`), the title
 * and sample wording in both languages (`text`: the page shows both wordings, the .docx outline
 * may need both), and the rest in the page's language only. Built on the server (Page.astro), so
 * the island never imports the library and the rest of the other language never ships.
 */
export interface ClauseView extends ClauseRule, OutlineClause {
  why: string;
  questions: string[];
  legal: { cite: string; note: string }[];
  guide: { href: string; label: string }[];
}

/**
 * @example clauseViews(library, 'id', (key) => ({ href: '/id/panduan/tujuan-bersama/', label: 'Langkah 1' }))
 */
export function clauseViews(
  library: readonly Clause[],
  lang: Locale,
  guideLink: (key: Clause['guide'][number]) => { href: string; label: string } | undefined,
): ClauseView[] {
  return library.map((clause) => ({
    id: clause.id,
    order: clause.order,
    priority: clause.priority,
    when: clause.when,
    why: clause.text[lang].why,
    questions: clause.text[lang].questions,
    legal: clause.legal.map((l) => ({ cite: l.cite[lang], note: l.note[lang] })),
    guide: clause.guide.map(guideLink).filter((link): link is { href: string; label: string } => link !== undefined),
    text: {
      id: { title: clause.text.id.title, wording: clause.text.id.wording },
      en: { title: clause.text.en.title, wording: clause.text.en.wording },
    },
  }));
}
