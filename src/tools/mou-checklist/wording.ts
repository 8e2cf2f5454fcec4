/**
 * Sample wording filled in with what the checklist already knows: the kind of collaboration, the
 * term, and the parties' names. What it cannot know stays a blank (`[…]`) the partners fill in.
 * Pure: the wording and the words come in as arguments (the library's text and the tool's
 * dictionary), the result is a list of parts, so the page can show blanks as blanks, the copy
 * button and the .docx can use the same parts.
 */
import { type BindingOption, kinds, type TermOption } from '../../content/mou-questions';
import type { Locale } from '../../i18n/locales';
import type { Cadence } from '../smart-goal/letters';
import type dict from './i18n';
import { registrationKind } from './document';
import type { Party } from './schema';

type Kind = (typeof kinds)[number];

/**
 * What the partners' SMART goals (saved on this device) say about measuring the partnership:
 * each goal's metric and target as the reader wrote them (empty while unknown: the wording keeps
 * a blank), and how often the goals are reviewed. `src/plan/handoff.ts` reads it.
 */
export interface GoalTerms {
  kpis: readonly { metric: string; target: string }[];
  cadence: Cadence;
}

/** The clauses whose wording the SMART goals fill in (KPIs, and an open-ended term's review). */
export const goalClauses: readonly string[] = ['kpis', 'open-ended-review'];

/** What the checklist knows that a wording can use. Empty names are unknown; null is unanswered. */
export interface WordingFacts {
  first: string;
  second: string;
  kinds: readonly Kind[];
  /** The reader's words for the "other" kind (used while "other" is among the kinds). */
  otherKind?: string;
  term: TermOption | null;
  /** Whether the document binds (a partnership agreement) or states intent (an MoU). */
  binding?: BindingOption | null;
  /** The SMART goals saved on this device, if any: only `goalClauses` use them. */
  goals?: GoalTerms | null;
}

/**
 * The words of one language that filling needs: the exact blanks of the library the tool can fill
 * (a content test checks that each still occurs), what goes in them, and how the wording names
 * the parties.
 */
export interface WordingWords {
  /** The blank for the kind of collaboration, e.g. `[bentuk kerja sama]`. */
  kindsBlank: string;
  /** Each kind as it reads inside a sentence ("sepakat bekerja sama dalam …"). */
  kindPhrase: Record<Exclude<Kind, 'other'>, string>;
  /** What stays to fill when "other" is among the kinds, e.g. `[bentuk kerja sama lain]`. */
  otherKindBlank: string;
  /** "dan" / "and", to join a list of kinds. */
  and: string;
  /** Whether a list of three or more has a comma before "and" (EYD V: yes; British English: no). */
  serialComma: boolean;
  /** The blank for the end of the term, and what replaces it for each answer (unanswered: the blank stays). */
  termBlank: string;
  term: Record<TermOption, { text: string; blank: boolean }>;
  /**
   * The document as the library's wording names it ("MoU ini" / "this MoU") and what it is called
   * in a binding agreement ("Perjanjian ini" / "this Agreement"), so a partnership agreement's
   * articles do not call it an MoU. Also replaced with a capital first letter ("This MoU").
   */
  document: { mou: string; agreement: string };
  /** The markers of the two options of the clause on whether the document binds ("[Pilihan A]"). */
  options: { agreement: string; intent: string };
  /** How the wording names each party (the defined term), outside and inside a blank. */
  party: Record<'first' | 'second', { term: string; inBlank: string }>;
  /** The party block's sentence per party, with `{signer}`, `{capacity}`, `{name}`, `{address}`, `{registration}`. */
  partySentence: Record<'first' | 'second', string>;
  /** What stays to fill for each field of a party the reader left empty. */
  partyBlank: Record<keyof Party, string>;
  /** The one blank under a signature when neither the signer's name nor position is known. */
  signBlank: string;
  /** The number with its name, e.g. `NIB {n}`, chosen by `registrationKind`. */
  registration: Record<ReturnType<typeof registrationKind>, string>;
  /** Filling `goalClauses` from the SMART goals: their blanks and what goes in them. */
  goals: {
    /** The blank for the list of KPIs, e.g. `[daftar KPI dan target]`. */
    kpisBlank: string;
    /** One KPI, with `{metric}` and `{target}`. */
    kpi: string;
    /** Between two KPIs. */
    separator: string;
    /** What stays to fill for a goal's metric or target the reader left empty. */
    metricBlank: string;
    targetBlank: string;
    /** The blank for how often the partners review, e.g. `[jangka waktu]`, and each cadence. */
    periodBlank: string;
    period: Record<Cadence, string>;
  };
}

/** A piece of a filled wording: text to keep as it is, or a blank to fill. */
export interface WordingPart {
  text: string;
  blank: boolean;
}

/**
 * Splits a wording into text and blanks; a blank may hold another blank ("[dan [jangka waktu]
 * sesudahnya]"), and a bracket that is never closed is text.
 * @example splitBlanks('sejak [tanggal] ini') // => [{ text: 'sejak ', blank: false }, { text: '[tanggal]', blank: true }, { text: ' ini', blank: false }]
 */
export function splitBlanks(wording: string): WordingPart[] {
  const parts: WordingPart[] = [];
  let text = '';
  let i = 0;
  while (i < wording.length) {
    if (wording[i] === '[') {
      let depth = 0;
      let j = i;
      for (; j < wording.length; j++) {
        if (wording[j] === '[') depth++;
        else if (wording[j] === ']' && --depth === 0) break;
      }
      if (j < wording.length) {
        if (text) parts.push({ text, blank: false });
        parts.push({ text: wording.slice(i, j + 1), blank: true });
        text = '';
        i = j + 1;
        continue;
      }
    }
    text += wording[i];
    i++;
  }
  if (text) parts.push({ text, blank: false });
  return parts;
}

/**
 * A list of phrases joined the way the language writes it.
 * @example joinList(['a', 'b', 'c'], 'dan', true) // => 'a, b, dan c'
 */
export function joinList(items: readonly string[], and: string, serialComma: boolean): string {
  if (items.length <= 2) return items.join(` ${and} `);
  return `${items.slice(0, -1).join(', ')}${serialComma ? ',' : ''} ${and} ${items[items.length - 1]}`;
}

/**
 * What replaces the kinds blank: the known kinds, and "other" in the reader's words (a blank
 * while they have not described it).
 */
function kindParts(facts: WordingFacts, w: WordingWords): WordingPart[] | undefined {
  const other = facts.kinds.includes('other') ? (facts.otherKind ?? '').replace(/\s+/g, ' ').trim() : '';
  const known = kinds.filter((k): k is Exclude<Kind, 'other'> => k !== 'other' && facts.kinds.includes(k));
  const phrases = [...known.map((k) => w.kindPhrase[k]), ...(other ? [other] : [])];
  if (phrases.length === 0) return undefined;
  if (!facts.kinds.includes('other') || other) return [{ text: joinList(phrases, w.and, w.serialComma), blank: false }];
  // The blank goes last, joined like one more item of the list.
  const joined = joinList([...phrases, '\u0000'], w.and, w.serialComma);
  const [before] = joined.split('\u0000');
  return [
    { text: before ?? '', blank: false },
    { text: w.otherKindBlank, blank: true },
  ];
}

/**
 * The wording of the clause on whether the document binds, cut to the option the reader chose
 * (the text before the first marker stays); any other wording, or no choice, as it is.
 * @example chosenOption('[Pilihan A] Mengikat. [Pilihan B] Niat.', 'intent', words.id) // => 'Niat.'
 */
export function chosenOption(wording: string, binding: BindingOption | null | undefined, w: WordingWords): string {
  const a = wording.indexOf(w.options.agreement);
  const b = wording.indexOf(w.options.intent);
  if (!binding || a < 0 || b < a) return wording;
  const chosen =
    binding === 'agreement'
      ? wording.slice(a + w.options.agreement.length, b)
      : wording.slice(b + w.options.intent.length);
  return `${wording.slice(0, a)}${chosen.trim()}`;
}

/** "MoU ini" as "Perjanjian ini" (and "This MoU" as "This Agreement") in a binding agreement. */
function documentName(text: string, facts: WordingFacts, w: WordingWords): string {
  if (facts.binding !== 'agreement') return text;
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return text
    .split(capital(w.document.mou))
    .join(capital(w.document.agreement))
    .split(w.document.mou)
    .join(w.document.agreement);
}

/** Text outside blanks: the first mention of each party gets its name in brackets. */
function nameParties(text: string, facts: WordingFacts, w: WordingWords, named: Set<string>): string {
  let out = text;
  for (const key of ['first', 'second'] as const) {
    const name = facts[key].trim();
    if (!name || named.has(key)) continue;
    const at = out.indexOf(w.party[key].term);
    if (at < 0) continue;
    named.add(key);
    const end = at + w.party[key].term.length;
    out = `${out.slice(0, end)} (${name})${out.slice(end)}`;
  }
  return out;
}

/** The KPIs of the SMART goals, joined; an unknown metric or target stays a blank. */
function kpiParts(goals: GoalTerms, w: WordingWords): WordingPart[] {
  const g = w.goals;
  const value = (text: string, blank: string): WordingPart =>
    text.trim() ? { text: text.trim(), blank: false } : { text: blank, blank: true };
  return goals.kpis.flatMap((k, i) => [
    ...(i > 0 ? [{ text: g.separator, blank: false }] : []),
    ...fillTemplate(g.kpi, { metric: value(k.metric, g.metricBlank), target: value(k.target, g.targetBlank) }),
  ]);
}

/**
 * The wording with what the checklist knows filled in: the kinds of collaboration, the end of the
 * term, the option on whether the document binds (and its name: "Perjanjian ini" in an agreement),
 * and the parties' names (in a blank about one party, and in brackets after each
 * party's first mention, unless `nameParties` is false). In a clause of `goalClauses` (named by
 * `clause`), the SMART goals' KPIs and review cadence when `facts.goals` holds any. Every other
 * blank stays as it is. Neighbouring text parts are merged.
 * @example fillWording('PIHAK PERTAMA bekerja sama dalam [bentuk kerja sama].', facts, words.id).map((p) => p.text).join('') // => 'PIHAK PERTAMA (Toko Lilin Putri) bekerja sama dalam pemasaran bersama.'
 */
export function fillWording(
  wording: string,
  facts: WordingFacts,
  w: WordingWords,
  options: { nameParties?: boolean; clause?: string } = {},
): WordingPart[] {
  const goals = facts.goals && options.clause && goalClauses.includes(options.clause) ? facts.goals : null;
  // The .docx names the parties once, in its opening; its articles use the defined terms only.
  const named = new Set<string>(options.nameParties === false ? ['first', 'second'] : []);
  const out: WordingPart[] = [];
  const push = (part: WordingPart) => {
    const last = out[out.length - 1];
    if (last && !last.blank && !part.blank) last.text += part.text;
    else if (part.text) out.push({ ...part });
  };
  for (const part of splitBlanks(chosenOption(wording, facts.binding, w))) {
    if (!part.blank) {
      push({ text: nameParties(documentName(part.text, facts, w), facts, w, named), blank: false });
    } else if (part.text === w.kindsBlank) {
      (kindParts(facts, w) ?? [part]).forEach(push);
    } else if (part.text === w.termBlank) {
      push(facts.term ? w.term[facts.term] : part);
    } else if (goals && goals.kpis.length > 0 && part.text === w.goals.kpisBlank) {
      kpiParts(goals, w).forEach(push);
    } else if (goals && part.text === w.goals.periodBlank) {
      push({ text: w.goals.period[goals.cadence], blank: false });
    } else {
      // A blank about one party ("[tugas PIHAK PERTAMA]") gets its name; a blank that merely
      // mentions a party among other words (an option to choose) keeps the defined term.
      let text = part.text;
      for (const key of ['first', 'second'] as const) {
        const name = facts[key].trim();
        const about = `${w.party[key].inBlank}]`;
        if (name && text.endsWith(about)) text = `${text.slice(0, -about.length)}${name}]`;
      }
      push({ text, blank: true });
    }
  }
  return out;
}

/**
 * The filled wording as plain text (for copying and for Word).
 * @example wordingText([{ text: 'sejak ', blank: false }, { text: '[tanggal]', blank: true }]) // => 'sejak [tanggal]'
 */
export function wordingText(parts: readonly WordingPart[]): string {
  return parts.map((p) => p.text).join('');
}

/**
 * Splits a template on `{key}` and puts each value in, as text or as a blank; an unknown key
 * stays as it is written.
 * @example fillTemplate('an {x}.', { x: { text: '[y]', blank: true } }) // => [{ text: 'an ', blank: false }, { text: '[y]', blank: true }, { text: '.', blank: false }]
 */
export function fillTemplate(template: string, values: Record<string, WordingPart>): WordingPart[] {
  const out: WordingPart[] = [];
  for (const [i, piece] of template.split(/\{(\w+)\}/).entries()) {
    const part = i % 2 === 1 ? (values[piece] ?? { text: `{${piece}}`, blank: false }) : { text: piece, blank: false };
    const last = out[out.length - 1];
    if (last && !last.blank && !part.blank) last.text += part.text;
    else if (part.text) out.push({ ...part });
  }
  return out;
}

/**
 * A party as the MoU's opening names it: who signs, in which position, acting for and on behalf
 * of which business or person, its address and NIB or NIK. An empty field is a blank to fill.
 * @example wordingText(partyParts(party, 'first', words.id)) // => 'Putri Wulandari, Pemilik, dalam hal ini bertindak untuk dan atas nama Toko Lilin Putri, …'
 */
export function partyParts(party: Party, which: 'first' | 'second', w: WordingWords): WordingPart[] {
  const field = (key: keyof Party): WordingPart => {
    const value = party[key].replace(/\s+/g, ' ').trim();
    return value ? { text: value, blank: false } : { text: w.partyBlank[key], blank: true };
  };
  const number = field('registration');
  const registration = fillTemplate(w.registration[registrationKind(party.registration)], { n: number });
  return fillTemplate(w.partySentence[which], {
    signer: field('signer'),
    capacity: field('capacity'),
    name: field('name'),
    address: field('address'),
    // The number's name is text; only the number itself can be a blank.
    registration: { text: wordingText(registration), blank: number.blank },
  });
}

/**
 * The lines under a party's signature: the signer's name, then their position, as the reader
 * typed them; one blank for both while neither is known ("[nama dan jabatan]"), or a blank for
 * the one still missing. With the words of a second language, each blank names both
 * ("[jabatan / position]"), for the bilingual outline.
 * @example signatureLines({ ...party, signer: 'Putri Wulandari', capacity: '' }, words.id).map((p) => p.text) // => ['Putri Wulandari', '[jabatan]']
 */
export function signatureLines(party: Party, w: WordingWords, other?: WordingWords): WordingPart[] {
  const both = (pick: (x: WordingWords) => string): WordingPart => ({
    text: other ? `[${pick(w).slice(1, -1)} / ${pick(other).slice(1, -1)}]` : pick(w),
    blank: true,
  });
  const value = (key: 'signer' | 'capacity'): WordingPart => {
    const text = party[key].replace(/\s+/g, ' ').trim();
    return text ? { text, blank: false } : both((x) => x.partyBlank[key]);
  };
  const signer = value('signer');
  const capacity = value('capacity');
  return signer.blank && capacity.blank ? [both((x) => x.signBlank)] : [signer, capacity];
}

type Strings = (typeof dict)['id'];

/**
 * The filling words of one language, from the tool's dictionary.
 * @example wordingWords(dict.id, 'id').and // => 'dan'
 */
export function wordingWords(t: Strings, lang: Locale): WordingWords {
  return {
    kindsBlank: t['wording.kindsBlank'],
    kindPhrase: {
      'co-marketing': t['wording.kind.co-marketing'],
      affiliate: t['wording.kind.affiliate'],
      reselling: t['wording.kind.reselling'],
      'joint-product': t['wording.kind.joint-product'],
      content: t['wording.kind.content'],
      supply: t['wording.kind.supply'],
    },
    otherKindBlank: t['wording.otherKindBlank'],
    and: t['wording.and'],
    // EYD V puts a comma before "dan" in a list of three or more; British English does not.
    serialComma: lang === 'id',
    termBlank: t['wording.termBlank'],
    document: { mou: t['wording.documentMou'], agreement: t['wording.documentAgreement'] },
    options: { agreement: t['wording.optionAgreement'], intent: t['wording.optionIntent'] },
    term: {
      fixed: { text: t['wording.term.fixed'], blank: true },
      open: { text: t['wording.term.open'], blank: false },
    },
    party: {
      first: { term: t['wording.firstTerm'], inBlank: t['wording.firstInBlank'] },
      second: { term: t['wording.secondTerm'], inBlank: t['wording.secondInBlank'] },
    },
    partySentence: { first: t['party.sentenceFirst'], second: t['party.sentenceSecond'] },
    partyBlank: {
      name: t['party.blank.name'],
      address: t['party.blank.address'],
      registration: t['party.blank.registration'],
      signer: t['party.blank.signer'],
      capacity: t['party.blank.capacity'],
    },
    signBlank: t['doc.signBlank'],
    registration: { nib: t['party.nib'], nik: t['party.nik'], unknown: t['party.nibOrNik'] },
    goals: {
      kpisBlank: t['wording.kpisBlank'],
      kpi: t['wording.kpi'],
      separator: t['wording.kpiSeparator'],
      metricBlank: t['wording.metricBlank'],
      targetBlank: t['wording.targetBlank'],
      periodBlank: t['wording.periodBlank'],
      period: {
        weekly: t['wording.period.weekly'],
        biweekly: t['wording.period.biweekly'],
        monthly: t['wording.period.monthly'],
        quarterly: t['wording.period.quarterly'],
      },
    },
  };
}
