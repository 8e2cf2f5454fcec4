import { format } from '../../i18n/dictionary';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { mdText } from '../kit/markdown';
import type dict from './i18n';
import { normaliseAnswers } from './edit';
import { groupByPriority, progress, progressOf, unansweredQuestions } from './model';
import type { OpenQuestion } from './open-questions';
import { questionIds, type QuestionId } from '../../content/mou-questions';
import type { MouState, Party } from './schema';
import type { ClauseView } from './view';
import { partyParts, signatureLines, wordingWords, type WordingPart, type WordingWords } from './wording';

export type Strings = (typeof dict)['id'];

/**
 * The label of the reader's answer to a question, in the page's language; "Belum dijawab" / "Not
 * answered yet" while unanswered. The "other" kind carries the reader's words for it.
 * @example answerLabel('term', state, t) // => 'Jangka waktu tertentu, dengan tanggal berakhir'
 */
export function answerLabel(question: QuestionId, state: MouState, t: Strings): string {
  const answers = state.answers;
  const other = state.otherKind.replace(/\s+/g, ' ').trim();
  switch (question) {
    case 'kinds':
      return answers.kinds.length
        ? normaliseAnswers(answers)
            .kinds.map((k) => (k === 'other' && other ? `${t['kind.other']} (${other})` : t[`kind.${k}`]))
            .join(', ')
        : t['answer.none'];
    case 'ip':
      return answers.ip ? t[`ip.${answers.ip}`] : t['answer.none'];
    case 'term':
      return answers.term ? t[`term.${answers.term}`] : t['answer.none'];
    case 'binding':
      return answers.binding ? t[`binding.${answers.binding}`] : t['answer.none'];
    default: {
      const value = answers[question];
      return value ? t[`answer.${value}`] : t['answer.none'];
    }
  }
}

/** The question's words (for summaries and print). */
export const questionLabel = (question: QuestionId, t: Strings): string => t[`q.${question}`];

/**
 * A label and its value on one line: a colon after a label, none after a question.
 * @example labelled('Apakah ada uang yang berpindah tangan?', 'Ya') // => 'Apakah ada uang yang berpindah tangan? Ya'
 */
export function labelled(label: string, value: string): string {
  return /[?:]$/.test(label.trim()) ? `${label.trim()} ${value}` : `${label.trim()}: ${value}`;
}

/** The MoU's date in words, or undefined when none is set. */
export function dateText(state: MouState, lang: Locale): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(state.date) ? formatDate(new Date(`${state.date}T00:00:00Z`), lang) : undefined;
}

/**
 * A party's block as the page and the .docx write it (who signs, in which capacity, for which
 * business, its address and NIB or NIK), as a Markdown line: the reader's values escaped, the
 * blanks still to fill as they read ("[alamat]").
 * @example partyMarkdown(party, 'first', wordingWords(dict.id, 'id')) // => 'Putri Wulandari, Pemilik, dalam hal ini bertindak untuk dan atas nama Toko Lilin Putri, …'
 */
export function partyMarkdown(party: Party, which: 'first' | 'second', w: WordingWords): string {
  return partsMarkdown(partyParts(party, which, w));
}

/** Reader text inside a line: `mdText`, keeping the spaces around it that join it to the template. */
function mdInline(text: string): string {
  const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  return `${lead && ' '}${mdText(body)}${trail && ' '}`;
}

/** Filled parts as Markdown: the reader's text escaped, the blanks as they read ("[jabatan]"). */
const partsMarkdown = (parts: readonly WordingPart[]) =>
  parts.map((part) => (part.blank ? part.text : mdInline(part.text))).join('');

/**
 * Who signs for each party, as the outline's signature block has it: the party's label and name,
 * then the signer's name and position (or "[nama dan jabatan]").
 * @example signatureMarkdown(state, t, 'id')[0] // => '- PIHAK PERTAMA (Toko Lilin Putri): Putri Wulandari, Pemilik'
 */
export function signatureMarkdown(state: MouState, t: Strings, lang: Locale): string[] {
  const w = wordingWords(t, lang);
  return (['first', 'second'] as const).map((which) => {
    const name = state.parties[which].name.replace(/\s+/g, ' ').trim();
    const label = t[which === 'first' ? 'doc.firstPartyLabel' : 'doc.secondPartyLabel'];
    const party = name ? mdText(name) : w.partyBlank.name;
    const lines = signatureLines(state.parties[which], w).map((line) => partsMarkdown([line]));
    return `- ${label} (${party}): ${lines.join(', ')}`;
  });
}

/**
 * The checklist as Markdown: date and progress, each party's block, the answers, what the
 * unanswered questions could add, the clauses as a task list grouped by priority with the
 * reader's notes, and who signs. Reader text goes through `mdText`, so it stays text.
 * @example summaryMarkdown(state, selected, open, t, 'id').split('\n')[0] // => '# Daftar Klausul MoU'
 */
export function summaryMarkdown(
  state: MouState,
  selected: readonly ClauseView[],
  open: readonly OpenQuestion<ClauseView>[],
  t: Strings,
  lang: Locale,
): string {
  const { settled, total } = progress(selected, state);
  const w = wordingWords(t, lang);
  const lines = [
    `# ${t['md.title']}`,
    '',
    `- ${t['md.date']}: ${dateText(state, lang) ?? `_${t['md.noDate']}_`}`,
    `- ${format(t['list.progress'], { n: settled, total })}`,
    '',
    `## ${t['md.parties']}`,
    '',
    ...(['first', 'second'] as const).map((which, i) => `${i + 1}. ${partyMarkdown(state.parties[which], which, w)}`),
    '',
    `## ${t['md.answers']}`,
    '',
    ...questionIds.map((q) => `- ${labelled(questionLabel(q, t), mdText(answerLabel(q, state, t)))}`),
  ];
  if (open.length > 0) {
    lines.push('', `## ${t['md.open']}`, '', format(t['open.lead'], { n: open.length, total: questionIds.length }), '');
    for (const o of open) lines.push(`- ${labelled(questionLabel(o.question, t), openEffect(o, t, lang))}`);
  }
  for (const group of groupByPriority(selected)) {
    lines.push('', `## ${t[`group.${group.priority}`]}`, '');
    for (const clause of group.clauses) {
      const p = progressOf(state, clause.id);
      lines.push(`- [${p.settled ? 'x' : ' '}] ${clause.text[lang].title}`);
      if (p.note.trim()) lines.push(`  - ${t['md.note']}: ${mdText(p.note)}`);
    }
  }
  lines.push('', `## ${t['md.signatures']}`, '', ...signatureMarkdown(state, t, lang));
  lines.push('', `_${t['md.disclaimer']}_`, '');
  return lines.join('\n');
}

/**
 * What answering an unanswered question could do: the clauses it could add, or (the document's
 * nature) that the outline's title follows it.
 * @example openEffect({ question: 'money', clauses: [payment] }, t, 'id') // => 'Dapat menambah: Pembayaran dan Pajak.'
 */
export function openEffect(open: OpenQuestion<ClauseView>, t: Strings, lang: Locale): string {
  if (open.clauses.length === 0) return open.question === 'binding' ? t['open.binding'] : '';
  return format(t['open.adds'], { titles: open.clauses.map((c) => c.text[lang].title).join(', ') });
}

/**
 * The short message that goes with a share link: the title, the parties, the date and how many
 * clauses are settled, as plain text. The whole checklist travels in the link itself.
 */
export function shareSummary(state: MouState, selected: readonly ClauseView[], t: Strings, lang: Locale): string {
  const name = (s: string) => s.trim() || t['md.unnamed'];
  const { settled, total } = progress(selected, state);
  const unanswered = unansweredQuestions(state.answers).length;
  return [
    t['md.title'],
    `${t['md.parties']}: ${name(state.parties.first.name)}; ${name(state.parties.second.name)}`,
    `${t['md.date']}: ${dateText(state, lang) ?? t['md.noDate']}`,
    format(t['list.progress'], { n: settled, total }),
    ...(unanswered > 0 ? [format(t['open.lead'], { n: unanswered, total: questionIds.length })] : []),
  ].join('\n');
}
