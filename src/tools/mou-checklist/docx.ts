/**
 * The MoU outline as a Word file (.docx), made with the `docx` package in the reader's browser.
 * The island imports this module only when the reader asks for the file (`import('./docx')`),
 * so the `docx` package never weighs on the page's first load.
 *
 * Layout: the title (Word's Heading 1), the party block (who signs, in which position, for and on
 * behalf of whom, address, NIB or NIK), one article per selected clause (Heading 2, numbered by
 * Word: "Pasal 1", "Pasal 2", … so an inserted article renumbers the rest, and the navigation
 * pane and a table of contents list them) with its sample wording filled in (`wording.ts`;
 * blanks highlighted) and the reader's note in a "Catatan" style of its own, then a signature
 * block with a box for the meterai. Indonesian only, or Indonesian and English side by side in a
 * two-column table (always with a foreign party: an Indonesian version is required and the
 * partner needs one it can read).
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
import dict from './i18n';
import { outlineIsBilingual, progressOf } from './model';
import type { MouState } from './schema';
import { fillWording, type GoalTerms, partyParts, type WordingFacts, type WordingPart, wordingWords } from './wording';

/** What the outline needs of each selected clause, in both languages. */
export interface OutlineClause {
  id: string;
  text: Record<Locale, { title: string; wording: string }>;
}

export interface OutlineInput {
  state: MouState;
  /** The selected clauses, in article order (`selectClauses`). */
  clauses: readonly OutlineClause[];
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

/** Words of the outline in one language, with placeholders filled. */
function words(lang: Locale, state: MouState, goals: GoalTerms | null = null) {
  const t = dict[lang];
  const name = (value: string) => xmlSafe(value.trim()) || t['doc.blankName'];
  const date = /^\d{4}-\d{2}-\d{2}$/.test(state.date)
    ? formatDate(new Date(`${state.date}T00:00:00Z`), lang)
    : t['doc.blankDate'];
  const first = name(state.parties.first.name);
  const second = name(state.parties.second.name);
  const w = wordingWords(t, lang);
  const facts: WordingFacts = {
    first: state.parties.first.name,
    second: state.parties.second.name,
    kinds: state.answers.kinds,
    term: state.answers.term,
    goals,
  };
  return {
    t,
    first,
    second,
    title: t['doc.title'],
    between: format(t['doc.between'], { first, second }),
    draft: t['doc.draft'],
    opening: format(t['doc.opening'], { date }),
    firstParty: partyParts(state.parties.first, 'first', w),
    secondParty: partyParts(state.parties.second, 'second', w),
    agree: t['doc.agree'],
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

/** A paragraph of a filled wording (sample wording, a party's sentence). */
function wordingPara(parts: readonly WordingPart[], lang: Locale, prefix = '') {
  return new Paragraph({
    spacing: { after: 120 },
    children: [...(prefix ? runs(prefix, { lang }) : []), ...partRuns(parts, lang)],
  });
}

/** An article's heading: Word numbers it ("Pasal 1" / "Article 1"), the title on the next line. */
function articleHeading(title: string, lang: Locale, style: string = STYLE.article) {
  return new Paragraph({
    style,
    numbering: { reference: NUMBERING[lang], level: 0 },
    children: runs(title, { lang, breakFirst: true }),
  });
}

function para(
  text: string,
  lang: Locale,
  options: {
    bold?: boolean;
    italics?: boolean;
    center?: boolean;
    before?: number;
    after?: number;
    keepNext?: boolean;
  } = {},
) {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: options.before ?? 0, after: options.after ?? 120 },
    keepNext: options.keepNext ?? false,
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
  children: Paragraph[],
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

function table(rows: TableRow[], columns: number[]) {
  return new Table({
    rows,
    width: { size: FULL_WIDTH, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
  });
}

const half = [FULL_WIDTH / 2, FULL_WIDTH / 2];

/** The reader's note under an article (nothing when there is none). */
function noteParagraphs(note: string, label: string, lang: Locale): Paragraph[] {
  const clean = xmlSafe(note).trim();
  if (!clean) return [];
  return [
    new Paragraph({
      style: STYLE.note,
      children: [new TextRun({ text: `${label}: `, bold: true }), ...runs(clean, { lang })],
    }),
  ];
}

/** A box for the meterai and a line for the name, one per party. */
function signatureBlock(labels: [string, string], stamp: string, names: [string, string], nameLabel: string): Table {
  const stampBox = () =>
    new Table({
      width: { size: 2268, type: WidthType.DXA },
      columnWidths: [2268],
      rows: [
        new TableRow({
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
                  children: [new TextRun({ text: stamp, size: 18, color: '595959' })],
                }),
              ],
            }),
          ],
        }),
      ],
    });
  const column = (i: 0 | 1) =>
    cell(
      [
        new Paragraph({
          alignment: AlignmentType.LEFT,
          spacing: { after: 240 },
          children: [new TextRun({ text: labels[i], bold: true })],
        }),
        new Paragraph({ children: [] }),
      ],
      { borders: noBorders },
    );
  const boxes = () => new TableCell({ borders: noBorders, children: [stampBox(), new Paragraph({ children: [] })] });
  const line = (i: 0 | 1) =>
    cell(
      [
        new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: names[i] })] }),
        new Paragraph({
          border: { top: thin },
          spacing: { before: 0 },
          children: [new TextRun({ text: nameLabel, size: 18, color: '595959' })],
        }),
      ],
      { borders: noBorders },
    );
  return table(
    [
      new TableRow({ cantSplit: true, children: [column(0), column(1)] }),
      new TableRow({ cantSplit: true, children: [boxes(), boxes()] }),
      new TableRow({ cantSplit: true, children: [line(0), line(1)] }),
    ],
    half,
  );
}

function indonesianBody(input: OutlineInput): (Paragraph | Table)[] {
  const w = words('id', input.state, input.goals);
  const body: (Paragraph | Table)[] = [
    new Paragraph({ style: STYLE.title, children: runs(w.title, { lang: 'id' }) }),
    para(w.between, 'id', { center: true, after: 240 }),
    para(w.draft, 'id', { italics: true, after: 240 }),
    para(w.opening, 'id'),
    wordingPara(w.firstParty, 'id', '1. '),
    wordingPara(w.secondParty, 'id', '2. '),
    para(w.agree, 'id', { after: 240 }),
  ];
  input.clauses.forEach((clause) => {
    body.push(
      articleHeading(clause.text.id.title, 'id'),
      wordingPara(w.wording(clause.text.id.wording, clause.id), 'id'),
      ...noteParagraphs(progressOf(input.state, clause.id).note, w.t['doc.notes'], 'id'),
    );
  });
  body.push(
    para(w.t['doc.closing'], 'id', { after: 360, keepNext: true }),
    signatureBlock(
      [w.t['doc.firstPartyLabel'], w.t['doc.secondPartyLabel']],
      w.t['doc.stamp'],
      [w.first, w.second],
      w.t['doc.signName'],
    ),
  );
  return body;
}

function bilingualBody(input: OutlineInput): (Paragraph | Table)[] {
  const id = words('id', input.state, input.goals);
  const en = words('en', input.state, input.goals);
  const pair = (a: Paragraph[], b: Paragraph[], shade = false) =>
    new TableRow({ cantSplit: shade, children: [cell(a, { shade }), cell(b, { shade })] });
  const rows: TableRow[] = [
    pair(
      [
        para(id.opening, 'id'),
        wordingPara(id.firstParty, 'id', '1. '),
        wordingPara(id.secondParty, 'id', '2. '),
        para(id.agree, 'id'),
      ],
      [
        para(en.opening, 'en'),
        wordingPara(en.firstParty, 'en', '1. '),
        wordingPara(en.secondParty, 'en', '2. '),
        para(en.agree, 'en'),
      ],
    ),
  ];
  input.clauses.forEach((clause) => {
    rows.push(
      pair(
        // The Indonesian heading is the Heading 2 the navigation pane lists; the English one has
        // a style of its own, numbered alongside ("Article 1"), so each article is listed once.
        [articleHeading(clause.text.id.title, 'id')],
        [articleHeading(clause.text.en.title, 'en', STYLE.articleEn)],
        true,
      ),
      pair(
        [wordingPara(id.wording(clause.text.id.wording, clause.id), 'id')],
        [wordingPara(en.wording(clause.text.en.wording, clause.id), 'en')],
      ),
    );
    const note = noteParagraphs(
      progressOf(input.state, clause.id).note,
      `${id.t['doc.notes']} / ${en.t['doc.notes']}`,
      'id',
    );
    if (note.length > 0) rows.push(new TableRow({ children: [cell(note, { span: 2 })] }));
  });
  rows.push(pair([para(id.t['doc.closing'], 'id')], [para(en.t['doc.closing'], 'en')]));
  return [
    new Paragraph({ style: STYLE.title, children: runs(`${id.title} / ${en.title}`, { lang: 'id' }) }),
    para(id.between, 'id', { center: true, after: 0 }),
    para(en.between, 'en', { center: true, italics: true, after: 240 }),
    para(`${id.draft} / ${en.draft}`, 'id', { italics: true, after: 240 }),
    table(rows, half),
    para('', 'id', { after: 360 }),
    signatureBlock(
      [
        `${id.t['doc.firstPartyLabel']} / ${en.t['doc.firstPartyLabel']}`,
        `${id.t['doc.secondPartyLabel']} / ${en.t['doc.secondPartyLabel']}`,
      ],
      `${id.t['doc.stamp']}`,
      [id.first, id.second],
      `${id.t['doc.signName']} / ${en.t['doc.signName']}`,
    ),
  ];
}

/**
 * The outline as a `docx` Document (Indonesian, or bilingual when `outlineIsBilingual`).
 * @example await Packer.toBuffer(outlineDocument({ state, clauses }))
 */
export function outlineDocument(input: OutlineInput): Document {
  const bilingual = outlineIsBilingual(input.state);
  const title = bilingual ? `${dict.id['doc.title']} / ${dict.en['doc.title']}` : dict.id['doc.title'];
  return new Document({
    creator: 'Mitra',
    title,
    description: dict.id['doc.draft'],
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
 * The file name: the outline's name plus the parties, in lower-case ASCII.
 * @example outlineFileName({ ...state, parties: { first: 'Toko Lilin', second: 'Bima' } }, 'id') // => 'kerangka-mou-toko-lilin-bima.docx'
 */
export function outlineFileName(state: MouState, lang: Locale): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30);
  const parts = [dict[lang]['doc.fileName'], slug(state.parties.first.name), slug(state.parties.second.name)].filter(
    Boolean,
  );
  return `${parts.join('-')}.docx`;
}
