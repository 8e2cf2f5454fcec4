import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Locale } from '../../src/i18n/locales';

/**
 * Every text a reader meets, in pieces that know their file, line and language, so a content
 * test can say "src/print/i18n.ts:36 (id sevenSteps.description)" and not only "somewhere".
 *
 * - The guide is read line by line from its MDX (frontmatter values and body lines); link
 *   targets, JSX lines and the frontmatter's `keywords` (search words, not reading text) are
 *   left out.
 * - Dictionaries and data files are read as modules, and each string is found again in the
 *   file's source to give its line. A string is Indonesian or English by the nearest record
 *   with both an `id` and an `en` key above it (`{ id: {...}, en: {...} }`, `text: { id, en }`),
 *   or by the file (`src/i18n/ui/id.ts`). Search keywords (`*.keywords`) and the glossary's
 *   `forms` (spellings to look for) are left out.
 */
export interface ReaderText {
  /** Path from the repository root. */
  file: string;
  lang: Locale;
  /** Where in the file: a dictionary key, a path into the data, or the frontmatter field. */
  where: string;
  text: string;
  /** Line of the text's first character in `file` (1-based). */
  line: number;
  /** Sample contract wording (clause `wording` and `title`, the MoU outline's words). */
  contract: boolean;
  /** Shown as a heading or a title. */
  heading: boolean;
  /** A guide page's MDX (the first use of a word on a page is the page's first line using it). */
  page?: string;
}

/** What a module-based source says about its strings. */
interface ModuleSource {
  file: string;
  value: unknown;
  /** The language of the whole file (`src/i18n/ui/en.ts`), else found from `{ id, en }` records. */
  lang?: Locale;
  /** Is the string at `path` (dot-joined keys) sample contract wording? */
  contract?: (path: string) => boolean;
  /** Is the string at `path` a heading? */
  heading?: (path: string) => boolean;
  /** Leave these paths out (keywords, search forms, ids). */
  skip?: (path: string) => boolean;
}

const isKeywords = (path: string) => /(^|\.)(tool\.)?keywords$/.test(path);

/** Lines of a file, read once. */
const sourceCache = new Map<string, string>();
export function source(file: string): string {
  let raw = sourceCache.get(file);
  if (raw === undefined) {
    raw = readFileSync(file, 'utf8');
    sourceCache.set(file, raw);
  }
  return raw;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for `text` as it may stand in source: any run of spaces may be a line break with
 * indentation (YAML's folded strings, long TS strings), and a quote may be escaped.
 */
function sourcePattern(text: string, flags = 'g'): RegExp {
  const body = text
    .split(/(\s+)/)
    .map((part) => (/^\s+$/.test(part) ? '\\s+' : escapeRe(part).replace(/(['"])/g, '\\\\?$1')))
    .join('');
  return new RegExp(body, flags);
}

/** 1-based line of `index` in `raw`. */
export function lineAt(raw: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < raw.length; i++) if (raw.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Where `text` starts in `raw`, searching from `from` first (the key's place), then anywhere;
 * -1 when it cannot be found (an escape the pattern does not know).
 */
function findInSource(raw: string, text: string, from: number): number {
  const probe = text.length > 120 ? text.slice(0, 120).replace(/\s+\S*$/, '') : text;
  const re = sourcePattern(probe);
  re.lastIndex = from;
  const after = re.exec(raw);
  if (after) return after.index;
  re.lastIndex = 0;
  return re.exec(raw)?.index ?? -1;
}

/**
 * The line of character `offset` of a text that starts at `start` in the source (its lines may
 * be folded differently from the text).
 */
export function lineOfOffset(t: ReaderText, offset: number): number {
  if (offset <= 0) return t.line;
  const raw = source(t.file);
  const start = findInSource(raw, t.text, 0);
  if (start < 0) return t.line;
  const re = sourcePattern(t.text.slice(0, offset), 'y');
  re.lastIndex = start;
  const m = re.exec(raw);
  return m ? lineAt(raw, start + m[0].length) : t.line;
}

/** Strings of a module with their dot-joined paths and language. */
function walk(
  value: unknown,
  path: string,
  lang: Locale | undefined,
  out: { path: string; lang: Locale; text: string }[],
): void {
  if (typeof value === 'string') {
    if (lang) out.push({ path, lang, text: value });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${path}[${i}]`, lang, out));
    return;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const localeRecord = 'id' in record && 'en' in record;
    for (const [k, v] of Object.entries(record)) {
      const childLang = localeRecord && (k === 'id' || k === 'en') ? k : lang;
      walk(v, path ? `${path}.${k}` : k, childLang, out);
    }
  }
}

/** The readable strings of one module source, each with its line. */
function moduleTexts(src: ModuleSource): ReaderText[] {
  const raw = source(src.file);
  const found: { path: string; lang: Locale; text: string }[] = [];
  walk(src.value, '', src.lang, found);
  const enStart = raw.search(/^\s*(?:const\s+)?en\b\s*[:=]/m);
  return found
    .filter((f) => !isKeywords(f.path) && !(src.skip?.(f.path) ?? false))
    .map((f) => {
      // A dictionary key: the string's last path part after the language (`en.tool.name` -> `tool.name`).
      const key = f.path.replace(/^(id|en)\./, '');
      const sectionStart = !src.lang && f.lang === 'en' && enStart > 0 ? enStart : 0;
      const keyAt = raw.indexOf(`'${key}'`, sectionStart);
      const start = findInSource(raw, f.text, keyAt >= 0 ? keyAt : sectionStart);
      return {
        file: src.file,
        lang: f.lang,
        where: f.path,
        text: f.text,
        line: start >= 0 ? lineAt(raw, start) : keyAt >= 0 ? lineAt(raw, keyAt) : 1,
        contract: src.contract?.(f.path) ?? false,
        heading: src.heading?.(f.path) ?? false,
      };
    });
}

const guideDir = 'src/content/guide';
/** Frontmatter fields shown as headings or titles. */
const headingFields = /^(title|navTitle|reasons\[\d+\]\.title)$/;

/**
 * The guide, line by line. Frontmatter values keep their field (`title`, `actions[2]`); body
 * lines are `body`, and `##`–`####` lines are headings (`where` = `heading`).
 */
export function guideTexts(): ReaderText[] {
  const out: ReaderText[] = [];
  for (const lang of ['id', 'en'] as const) {
    for (const name of readdirSync(join(guideDir, lang)).filter((n) => n.endsWith('.mdx'))) {
      const file = `${guideDir}/${lang}/${name}`;
      const lines = source(file).split('\n');
      const close = lines.indexOf('---', 1);
      // Frontmatter: parse it to know the fields, then find each value's line.
      const front = load(lines.slice(1, close).join('\n')) as Record<string, unknown>;
      const found: { path: string; lang: Locale; text: string }[] = [];
      walk(front, '', lang, found);
      let from = 0;
      for (const f of found) {
        if (/^(keywords|key|kind)\b/.test(f.path)) continue;
        const index = lines.findIndex(
          (l, i) => i >= from && i < close && l.includes(JSON.stringify(f.text).slice(1, -1)),
        );
        const at = index >= 0 ? index : lines.findIndex((l) => l.includes(f.text.slice(0, 30)));
        if (index >= 0) from = index;
        out.push({
          file,
          lang,
          where: f.path,
          text: f.text,
          line: at + 1,
          contract: false,
          heading: headingFields.test(f.path),
          page: file,
        });
      }
      lines.forEach((l, i) => {
        if (i <= close || l.trim() === '' || /^\s*</.test(l)) return;
        const heading = /^#{2,4} /.test(l);
        out.push({
          file,
          lang,
          where: heading ? 'heading' : 'body',
          // Link targets are addresses, not words; a heading's hashes are markup.
          text: l.replace(/\]\([^)]*\)/g, ']').replace(/^#{2,4} /, ''),
          line: i + 1,
          contract: false,
          heading,
          page: file,
        });
      });
    }
  }
  return out;
}

type Dicts = Record<Locale, Record<string, string>>;

/** Keys of the shell's dictionary shown as headings or titles (the others are not key-named). */
const uiHeadingKeys = new Set([
  'site.homeTitle',
  'toc.title',
  'guide.sideLabel',
  'guide.overview',
  'guide.reasons',
  'guide.steps',
  'step.actions',
  'home.title',
  'home.reasonsTitle',
  'home.stepsTitle',
  'home.toolsTitle',
  'tools.title',
  'step.toolsTitle',
  'glossary.title',
  'notFound.title',
  'root.choose',
]);
/** A dictionary key that names a heading: `*.title`, `*Title`, `*.heading`, a tool's name. */
const headingKey = (key: string) => /(^|\.)(title|heading)$|Title$|^tool\.name$/.test(key);

/** The other dictionaries' headings that their key names do not show. */
const otherHeadingKeys: Record<string, readonly string[]> = {
  'src/offline/i18n.ts': ['page.available', 'page.guide', 'page.tools', 'page.print', 'page.other'],
  'src/print/i18n.ts': ['sevenSteps.step', 'field.notes'],
};

/** Sample contract wording in the MoU tool's words: the filled-in wording, the outline. */
const mouContract = (key: string) => /^(wording|doc|party)\./.test(key);

/**
 * Every dictionary: the shell's (one file per language), each tool's, print, plan, search,
 * offline and the tool cards'.
 */
export function dictionaryTexts(modules: Record<string, Dicts>): ReaderText[] {
  return Object.entries(modules).flatMap(([file, dicts]) => {
    const extra = new Set(otherHeadingKeys[file] ?? []);
    const isMou = file.includes('/mou-checklist/');
    const key = (path: string) => path.replace(/^(id|en)\./, '');
    if (file.startsWith('src/i18n/ui/')) {
      const lang = file.endsWith('/en.ts') ? 'en' : 'id';
      return moduleTexts({ file, value: dicts[lang], lang, heading: (p) => uiHeadingKeys.has(p) });
    }
    return moduleTexts({
      file,
      value: dicts,
      contract: (p) => isMou && mouContract(key(p)),
      heading: (p) => headingKey(key(p)) || extra.has(key(p)),
    });
  });
}

/** A data file and what in it is a heading. */
export interface DataSource {
  file: string;
  value: unknown;
  skip?: (path: string) => boolean;
  heading?: (path: string) => boolean;
}

/** Reader text in data files (the clause library, the glossary, the tools' criteria and letters). */
export function dataTexts(sources: readonly DataSource[]): ReaderText[] {
  return sources.flatMap(({ file, value, skip, heading }) => {
    const isClauses = file.endsWith('clauses.yaml');
    return moduleTexts({
      file,
      value,
      ...(skip ? { skip } : {}),
      ...(heading ? { heading } : {}),
      contract: (p) => isClauses && /\.(wording|title)$/.test(p),
    });
  });
}
