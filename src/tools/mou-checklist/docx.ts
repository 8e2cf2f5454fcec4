/**
 * The MoU outline as a Word file (.docx), made with the `docx` package in the reader's browser.
 * The island imports this module only when the reader asks for the file (`import('./docx')`),
 * so the `docx` package never weighs on the page's first load.
 *
 * Layout: the title (Word's Heading 1: "NOTA KESEPAHAMAN" for a statement of intent, "PERJANJIAN
 * KERJA SAMA" for a binding agreement, both as a blank while the reader has not said), a note
 * when questions are unanswered and what they could add, the party block (who signs, in which
 * position, for and on behalf of whom, address, NIB or NIK), one article per selected clause
 * (Heading 2, numbered by Word: "Pasal 1", "Pasal 2", … so an inserted article renumbers the
 * rest, and the navigation pane and a table of contents list them) with its sample wording
 * filled in (`wording.ts`; blanks highlighted) and the reader's note in a "Catatan" style of its
 * own, then the closing sentence kept on one page with a signature block: per party its name, a
 * box for the meterai, the signature line and the signer's name and position.
 *
 * The Indonesian text is always there (an MoU with an Indonesian party must be in Indonesian).
 * Indonesian only, or Indonesian and English side by side in a two-column table (with a foreign
 * party, on the English page, or when the reader asks: `outlineIsBilingual`). No row of any
 * table splits across pages, and what belongs together (an article's heading, wording and note;
 * the closing and the signatures) is kept on one page where it fits.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  HighlightColor,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { format } from '../../i18n/dictionary';
import { formatDate } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { questionIds } from '../../content/mou-questions';
import dict from './i18n';
import { outlineIsBilingual, stampCaption } from './document';
import { progressOf, unansweredQuestions } from './model';
import type { OpenQuestion } from './open-questions';
import type { MouState } from './schema';
import {
  fillTemplate,
  fillWording,
  type GoalTerms,
  partyParts,
  signatureLines,
  type WordingFacts,
  type WordingPart,
  wordingWords,
} from './wording';

/** What the outline needs of each selected clause, in both languages. */
export interface OutlineClause {
  id: string;
  text: Record<Locale, { title: string; wording: string }>;
}

export interface OutlineInput {
  state: MouState;
  /** The selected clauses, in article order (`selectClauses`). */
  clauses: readonly OutlineClause[];
  /** The page's language: on the English page the outline is bilingual (`outlineIsBilingual`). */
  lang: Locale;
  /** The unanswered questions and the clauses they could add (`openQuestions`); none when all are answered. */
  open?: readonly OpenQuestion<OutlineClause>[];
  /** The SMART goals saved on this device, for the KPI and review articles (as on screen). */
  goals?: GoalTerms | null;
}

/**
 * Removes characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF): a
 * note pasted with one of them would otherwise make Word refuse to open the file. The `docx`
 * package escapes `&`, `<`, `>` and quotes itself.
 * @example xmlSafe('a\u0000b') // => 'ab'
 */
export function xmlSafe(text: string): string {
  return text.replace(
    // Control characters are the point here: XML 1.0 forbids them, so Word would refuse the file.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

const A4 = { width: 11906, height: 16838 } as const; // twentieths of a point
const MARGIN = 1418; // 2.5 cm
const FULL_WIDTH = A4.width - 2 * MARGIN;
const langCode: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** The document's kind as the reader answered it (a blank naming both while unanswered). */
const documentKind = (state: MouState) => state.answers.binding ?? 'unanswered';

/** Words of the outline in one language, with placeholders filled. */
function words(lang: Locale, input: OutlineInput) {
  const { state } = input;
  const t = dict[lang];
  const date = /^\d{4}-\d{2}-\d{2}$/.test(state.date)
    ? formatDate(new Date(`${state.date}T00:00:00Z`), lang)
    : t['doc.blankDate'];
  const w = wordingWords(t, lang);
  const kind = documentKind(state);
  const name: WordingPart = { text: t[`doc.name.${kind}`], blank: kind === 'unanswered' };
  const facts: WordingFacts = {
    first: state.parties.first.name,
    second: state.parties.second.name,
    kinds: state.answers.kinds,
    otherKind: state.otherKind,
    term: state.answers.term,
    binding: state.answers.binding,
    goals: input.goals ?? null,
  };
  const unanswered = unansweredQuestions(state.answers).length;
  const titles = [...new Set((input.open ?? []).flatMap((o) => o.clauses.map((c) => c.text[lang].title)))];
  const counts = { n: unanswered, total: questionIds.length };
  return {
    t,
    w,
    title: t[`doc.title.${kind}`],
    /** The party's name, or its blank. */
    partyName: (which: 'first' | 'second'): WordingPart => {
      const text = state.parties[which].name.replace(/\s+/g, ' ').trim();
      return text ? { text, blank: false } : { text: t['party.blank.name'], blank: true };
    },
    between: format(t['doc.between'], {
      first: xmlSafe(state.parties.first.name.trim()) || t['doc.blankName'],
      second: xmlSafe(state.parties.second.name.trim()) || t['doc.blankName'],
    }),
    draft: t['doc.draft'],
    /** What the unanswered questions could add, or nothing when every question is answered. */
    unanswered:
      unanswered === 0
        ? ''
        : titles.length > 0
          ? format(t['doc.unanswered'], { ...counts, titles: titles.join('; ') })
          : format(t['doc.unansweredCount'], counts),
    opening: format(t['doc.opening'], { date }),
    firstParty: partyParts(state.parties.first, 'first', w),
    secondParty: partyParts(state.parties.second, 'second', w),
    agree: fillTemplate(t['doc.agree'], { document: name }),
    closing: fillTemplate(t['doc.closing'], { document: name }),
    /** The articles name the parties by their defined terms; the opening has their names. */
    wording: (text: string, clause: string) => fillWording(text, facts, w, { nameParties: false, clause }),
  };
}

/** Word's style ids: built-in headings (navigation pane, table of contents) and our own. */
const STYLE = { title: 'Heading1', article: 'Heading2', articleEn: 'ArticleEnglish', note: 'MitraNote' } as const;
const NUMBERING = { id: 'pasal', en: 'article' } as const;

/** Text with the reader's line breaks kept as Word line breaks. */
function runs(
  text: string,
  options: { bold?: boolean; italics?: boolean; lang: Locale; blank?: boolean; breakFirst?: boolean },
): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map(
      (line, i) =>
        new TextRun({
          text: line,
          break: i > 0 || (i === 0 && options.breakFirst) ? 1 : 0,
          bold: options.bold ?? false,
          italics: options.italics ?? false,
          language: { value: langCode[options.lang] },
          // What the partners still fill in stands out on screen and in print.
          ...(options.blank ? { highlight: HighlightColor.YELLOW } : {}),
        }),
    );
}

/** A filled wording as runs: blanks highlighted. */
const partRuns = (parts: readonly WordingPart[], lang: Locale) =>
  parts.flatMap((part) => runs(part.text, { lang, blank: part.blank }));

/** How a paragraph keeps to its neighbours across a page break. */
interface Keep {
  /** On the same page as the next paragraph. */
  keepNext?: boolean;
  /** Its lines together on one page. */
  keepLines?: boolean;
}

/** A paragraph of a filled wording (sample wording, a party's sentence). */
function wordingPara(
  parts: readonly WordingPart[],
  lang: Locale,
  options: Keep & { prefix?: string; before?: number; after?: number } = {},
) {
  return new Paragraph({
    spacing: { before: options.before ?? 0, after: options.after ?? 120 },
    keepNext: options.keepNext ?? false,
    keepLines: options.keepLines ?? false,
    children: [...(options.prefix ? runs(options.prefix, { lang }) : []), ...partRuns(parts, lang)],
  });
}

/** An article's heading: Word numbers it ("Pasal 1" / "Article 1"), the title on the next line. */
function articleHeading(title: string, lang: Locale, style: string = STYLE.article) {
  return new Paragraph({
    style,
    numbering: { reference: NUMBERING[lang], level: 0 },
    keepNext: true,
    keepLines: true,
    children: runs(title, { lang, breakFirst: true }),
  });
}

function para(
  text: string,
  lang: Locale,
  options: Keep & {
    bold?: boolean;
    italics?: boolean;
    center?: boolean;
    before?: number;
    after?: number;
  } = {},
) {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: options.before ?? 0, after: options.after ?? 120 },
    keepNext: options.keepNext ?? false,
    keepLines: options.keepLines ?? false,
    children: runs(text, {
      lang,
      ...(options.bold ? { bold: true } : {}),
      ...(options.italics ? { italics: true } : {}),
    }),
  });
}

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};
const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const thinBorders = { top: thin, bottom: thin, left: thin, right: thin };

function cell(
  children: (Paragraph | Table)[],
  options: { span?: number; borders?: typeof thinBorders | typeof noBorders; shade?: boolean } = {},
) {
  return new TableCell({
    children,
    columnSpan: options.span ?? 1,
    borders: options.borders ?? thinBorders,
    margins: { top: 80, bottom: 80, left: 120, right: 120 },
    ...(options.shade ? { shading: { fill: 'F2F2F2', color: 'auto', type: 'clear' as const } } : {}),
  });
}

/** A table row that never splits across pages (a split leaves a stub at the top of the next page). */
const row = (children: TableCell[]) => new TableRow({ cantSplit: true, children });

function table(rows: TableRow[], columns: number[]) {
  return new Table({
    rows,
    width: { size: FULL_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
  });
}

const half = [FULL_WIDTH / 2, FULL_WIDTH / 2];

/** The reader's note under an article (nothing when there is none); its lines stay together. */
function noteParagraphs(note: string, label: string, lang: Locale): Paragraph[] {
  const clean = xmlSafe(note).trim();
  if (!clean) return [];
  return [
    new Paragraph({
      style: STYLE.note,
      keepLines: true,
      children: [new TextRun({ text: `${label}: `, bold: true }), ...runs(clean, { lang })],
    }),
  ];
}

/** The note at the top that says which questions are unanswered and what they could add. */
const unansweredNote = (text: string, lang: Locale, italics = false) =>
  text ? [new Paragraph({ style: STYLE.note, keepLines: true, children: runs(text, { lang, italics }) })] : [];

/** One party's column of the signature block: its label, its name, and the lines under the signature. */
interface SignColumn {
  label: string;
  name: WordingPart;
  lines: WordingPart[];
}

/**
 * The signatures: per party its label and name, a box for the meterai, the signature line and
 * the signer's name and position (or one blank for both). Two rows that never split: the labels
 * and names (as tall as the longer name, so the signature lines below stand level), kept with
 * the row of boxes, lines and signers. LibreOffice, like Word, keeps a row with the next when
 * its paragraphs keep with the next (not when it starts with a nested table, as the meterai box
 * does), so the first row is all keep-with-next; the caller keeps the closing sentence with the
 * block.
 */
function signatureBlock(columns: [SignColumn, SignColumn], stamp: string, lang: Locale): Table {
  const stampBox = () =>
    new Table({
      width: { size: 2268, type: WidthType.DXA },
      columnWidths: [2268],
      rows: [
        new TableRow({
          cantSplit: true,
          height: { value: 1418, rule: HeightRule.EXACT },
          children: [
            new TableCell({
              borders: {
                top: { ...thin, style: BorderStyle.DASHED },
                bottom: { ...thin, style: BorderStyle.DASHED },
                left: { ...thin, style: BorderStyle.DASHED },
                right: { ...thin, style: BorderStyle.DASHED },
              },
              verticalAlign: VerticalAlignTable.CENTER,
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  keepNext: true,
                  children: [new TextRun({ text: stamp, size: 18, color: '595959' })],
                }),
              ],
            }),
          ],
        }),
      ],
    });
  const head = (c: SignColumn) =>
    cell(
      [
        new Paragraph({ keepNext: true, children: [new TextRun({ text: c.label, bold: true })] }),
        new Paragraph({ keepNext: true, spacing: { after: 240 }, children: partRuns([c.name], lang) }),
      ],
      { borders: noBorders },
    );
  const foot = (c: SignColumn) =>
    cell(
      [
        stampBox(),
        new Paragraph({ children: [] }),
        ...c.lines.map(
          (line, i) =>
            new Paragraph({
              // The signature line above the signer's name.
              ...(i === 0 ? { border: { top: { ...thin, color: '000000', space: 4 } }, spacing: { before: 120 } } : {}),
              children: partRuns([line], lang),
            }),
        ),
      ],
      { borders: noBorders },
    );
  const [first, second] = columns;
  return table([row([head(first), head(second)]), row([foot(first), foot(second)])], half);
}

/** The two columns of the signature block in the words given (Indonesian, or both languages). */
function signColumns(
  label: (which: 'first' | 'second') => string,
  name: (which: 'first' | 'second') => WordingPart,
  lines: (which: 'first' | 'second') => WordingPart[],
): [SignColumn, SignColumn] {
  const column = (which: 'first' | 'second') => ({ label: label(which), name: name(which), lines: lines(which) });
  return [column('first'), column('second')];
}

function indonesianBody(input: OutlineInput): (Paragraph | Table)[] {
  const w = words('id', input);
  const body: (Paragraph | Table)[] = [
    new Paragraph({ style: STYLE.title, children: partRuns([titlePart(w.title)], 'id') }),
    para(w.between, 'id', { center: true, after: 240 }),
    para(w.draft, 'id', { italics: true, after: 240 }),
    ...unansweredNote(w.unanswered, 'id'),
    para(w.opening, 'id', { keepNext: true }),
    wordingPara(w.firstParty, 'id', { prefix: '1. ', keepNext: true }),
    wordingPara(w.secondParty, 'id', { prefix: '2. ', keepNext: true }),
    wordingPara(w.agree, 'id', { after: 240 }),
  ];
  input.clauses.forEach((clause) => {
    const note = noteParagraphs(progressOf(input.state, clause.id).note, w.t['doc.notes'], 'id');
    body.push(
      articleHeading(clause.text.id.title, 'id'),
      // A note stays on the page of the wording it belongs to.
      wordingPara(w.wording(clause.text.id.wording, clause.id), 'id', { keepNext: note.length > 0 }),
      ...note,
    );
  });
  body.push(
    // The closing sentence never stands alone above a page break: it goes with the signatures.
    wordingPara(w.closing, 'id', { after: 360, keepNext: true, keepLines: true }),
    signatureBlock(
      signColumns(
        (which) => w.t[which === 'first' ? 'doc.firstPartyLabel' : 'doc.secondPartyLabel'],
        w.partyName,
        (which) => signatureLines(input.state.parties[which], w.w),
      ),
      w.t[stampCaption(input.state.answers)],
      'id',
    ),
  );
  return body;
}

function bilingualBody(input: OutlineInput): (Paragraph | Table)[] {
  const id = words('id', input);
  const en = words('en', input);
  const pair = (a: Paragraph[], b: Paragraph[], shade = false) => row([cell(a, { shade }), cell(b, { shade })]);
  const rows: TableRow[] = [
    pair(
      [
        para(id.opening, 'id'),
        wordingPara(id.firstParty, 'id', { prefix: '1. ' }),
        wordingPara(id.secondParty, 'id', { prefix: '2. ' }),
        wordingPara(id.agree, 'id'),
      ],
      [
        para(en.opening, 'en'),
        wordingPara(en.firstParty, 'en', { prefix: '1. ' }),
        wordingPara(en.secondParty, 'en', { prefix: '2. ' }),
        wordingPara(en.agree, 'en'),
      ],
    ),
  ];
  input.clauses.forEach((clause) => {
    const note = noteParagraphs(
      progressOf(input.state, clause.id).note,
      `${id.t['doc.notes']} / ${en.t['doc.notes']}`,
      'id',
    );
    // Each row stays whole; the heading row keeps with its wording, and the wording with its note.
    const keepNext = note.length > 0;
    rows.push(
      pair(
        // The Indonesian heading is the Heading 2 the navigation pane lists; the English one has
        // a style of its own, numbered alongside ("Article 1"), so each article is listed once.
        [articleHeading(clause.text.id.title, 'id')],
        [articleHeading(clause.text.en.title, 'en', STYLE.articleEn)],
        true,
      ),
      pair(
        [wordingPara(id.wording(clause.text.id.wording, clause.id), 'id', { keepNext })],
        [wordingPara(en.wording(clause.text.en.wording, clause.id), 'en', { keepNext })],
      ),
    );
    if (note.length > 0) rows.push(row([cell(note, { span: 2 })]));
  });
  return [
    new Paragraph({ style: STYLE.title, children: partRuns([titlePart(`${id.title} / ${en.title}`)], 'id') }),
    para(id.between, 'id', { center: true, after: 0 }),
    para(en.between, 'en', { center: true, italics: true, after: 240 }),
    para(`${id.draft} / ${en.draft}`, 'id', { italics: true, after: 240 }),
    ...unansweredNote(id.unanswered, 'id'),
    ...unansweredNote(en.unanswered, 'en', true),
    table(rows, half),
    // The closing, in both languages, goes with the signatures (never alone above a page break).
    wordingPara(id.closing, 'id', { keepNext: true, keepLines: true, before: 240 }),
    new Paragraph({
      keepNext: true,
      keepLines: true,
      spacing: { after: 360 },
      children: en.closing.flatMap((p) => runs(p.text, { lang: 'en', italics: true, blank: p.blank })),
    }),
    signatureBlock(
      signColumns(
        (which) => {
          const key = which === 'first' ? 'doc.firstPartyLabel' : 'doc.secondPartyLabel';
          return `${id.t[key]} / ${en.t[key]}`;
        },
        id.partyName,
        (which) => signatureLines(input.state.parties[which], id.w, en.w),
      ),
      id.t[stampCaption(input.state.answers)],
      'id',
    ),
  ];
}

/** The title as a part: while the reader has not said what the document is, a blank to fill. */
const titlePart = (text: string): WordingPart => ({ text, blank: text.startsWith('[') });

/**
 * The outline as a `docx` Document (Indonesian, or bilingual when `outlineIsBilingual`).
 * @example await Packer.toBuffer(outlineDocument({ state, clauses }))
 */
export function outlineDocument(input: OutlineInput): Document {
  const bilingual = outlineIsBilingual(input.state, input.lang);
  const kind = documentKind(input.state);
  const heading = (lang: Locale) => dict[lang][`doc.title.${kind}`].replace(/^\[|\]$/g, '');
  const first = words('id', input);
  const named = input.state.parties.first.name.trim() !== '' || input.state.parties.second.name.trim() !== '';
  return new Document({
    // The reader and their partner write the MoU: no author is named (the package would write
    // "Un-named"), and the file's title says what it is and between whom, as its first lines do.
    creator: '',
    lastModifiedBy: '',
    // (Without either name, the title is the document's kind alone: no blanks in the file's properties.)
    title: [bilingual ? `${heading('id')} / ${heading('en')}` : heading('id'), ...(named ? [first.between] : [])].join(
      ' ',
    ),
    description: bilingual ? `${dict.id['doc.draft']} / ${dict.en['doc.draft']}` : dict.id['doc.draft'],
    styles: {
      default: {
        document: {
          run: { font: 'Calibri', size: 22, language: { value: 'id-ID' } },
          paragraph: { spacing: { line: 276 } },
        },
      },
      paragraphStyles: [
        {
          id: STYLE.title,
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true, size: 28, color: '000000' },
          paragraph: {
            alignment: AlignmentType.CENTER,
            spacing: { before: 0, after: 60 },
            outlineLevel: 0,
            keepNext: true,
          },
        },
        {
          id: STYLE.article,
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { bold: true, size: 22, color: '000000' },
          paragraph: {
            alignment: AlignmentType.CENTER,
            spacing: { before: 240, after: 120 },
            outlineLevel: 1,
            keepNext: true,
          },
        },
        {
          id: STYLE.articleEn,
          name: 'Article heading (English)',
          basedOn: 'Normal',
          next: 'Normal',
          run: { bold: true, size: 22 },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true },
        },
        {
          // The reader's notes: not MoU text. Shaded, indented, with a rule on the left.
          id: STYLE.note,
          name: 'Catatan (Note)',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, size: 20, color: '404040' },
          paragraph: {
            spacing: { before: 60, after: 160 },
            indent: { left: 284 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: '808080', space: 6 } },
            shading: { fill: 'F2F2F2', color: 'auto', type: 'clear' },
          },
        },
      ],
    },
    numbering: {
      config: (['id', 'en'] as const).map((lang) => ({
        reference: NUMBERING[lang],
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: `${dict[lang]['doc.article'].replace('{n}', '%1')}`,
            alignment: AlignmentType.CENTER,
            suffix: LevelSuffix.NOTHING,
            style: { paragraph: { indent: { left: 0, hanging: 0 } } },
          },
        ],
      })),
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 18, color: '595959' })],
              }),
            ],
          }),
        },
        children: bilingual ? bilingualBody(input) : indonesianBody(input),
      },
    ],
  });
}

/** The .docx file's bytes (works in the browser and in Node). */
export async function outlineBytes(input: OutlineInput): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(outlineDocument(input)));
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A party's name in a file name: lower-case ASCII words joined by "-", at most `max` characters
 * but never cut inside a word (a first word longer than that is kept whole).
 * @example nameSlug('Toko Lilin Putri Sejahtera Abadi Makmur', 30) // => 'toko-lilin-putri-sejahtera'
 */
export function nameSlug(name: string, max = 30): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (slug && next.length > max) break;
    slug = next;
  }
  return slug;
}

/**
 * The file name: the outline's name (an MoU's or a partnership agreement's) plus the parties.
 * @example outlineFileName({ ...state, parties: { first: 'Toko Lilin', second: 'Bima' } }, 'id') // => 'kerangka-mou-toko-lilin-bima.docx'
 */
export function outlineFileName(state: MouState, lang: Locale): string {
  const t = dict[lang];
  const base = state.answers.binding === 'agreement' ? t['doc.fileName.agreement'] : t['doc.fileName.intent'];
  const parts = [base, nameSlug(state.parties.first.name), nameSlug(state.parties.second.name)].filter(Boolean);
  return `${parts.join('-')}.docx`;
}
