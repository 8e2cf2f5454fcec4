import * as z from 'zod/mini';
import { bindingOptions, ipOptions, kinds, noAnswers, termOptions, yesNo } from '../../content/mou-questions';
import { clauseIdPattern } from '../../content/clause-terms';
import { limits } from './limits';

/**
 * The checklist's state: the questionnaire's answers, the parties and date at the top, and a tick
 * and a note per clause. It travels through localStorage, share links and JSON files, so every
 * string and list is bounded. Only rules JSON Schema can express (the browser checks outside data
 * with the compiled JSON Schema, see src/tools/kit/README.md); the model keeps the finer
 * invariants (kinds once each, one entry per clause).
 *
 * Never import this file from the island: it would bundle zod.
 */

const text = (max: number) => z.string().check(z.maxLength(max));

/** One answer, or null while the reader has not answered (every question starts so). */
const choice = <const T extends readonly [string, ...string[]]>(options: T) => z.nullable(z.enum(options));

/**
 * The questionnaire's answers. No question starts answered: a single-choice answer is null, the
 * kinds an empty list, until the reader chooses (see `unansweredQuestions` in model.ts).
 */
export const answersSchema = z.object({
  kinds: z.array(z.enum(kinds)).check(z.maxLength(kinds.length)),
  money: choice(yesNo),
  customerData: choice(yesNo),
  ip: choice(ipOptions),
  foreignParty: choice(yesNo),
  exclusivity: choice(yesNo),
  signingOnline: choice(yesNo),
  term: choice(termOptions),
  binding: choice(bindingOptions),
});
export type Answers = z.infer<typeof answersSchema>;

/** What the reader recorded about one clause. */
export const clauseProgressSchema = z.object({
  id: z.string().check(z.regex(clauseIdPattern)),
  settled: z.boolean(),
  note: text(limits.note),
});
export type ClauseProgress = z.infer<typeof clauseProgressSchema>;

/**
 * One party as the MoU's opening names it: the business or person, where it is, its NIB (a
 * business) or NIK (a person), and who signs for it in which position. Every field may be empty
 * while unknown; the outline leaves a blank for it.
 */
export const partySchema = z.object({
  name: text(limits.party),
  address: text(limits.address),
  registration: text(limits.registration),
  signer: text(limits.party),
  capacity: text(limits.capacity),
});
export type Party = z.infer<typeof partySchema>;

/**
 * Version 3. Version 1 held each party as a name only; version 2 started with answers filled in
 * and had no `binding` question and no `otherKind`; `migrate` in tool.ts upgrades both, keeping
 * every answer the reader had.
 */
export const stateSchema = z.object({
  parties: z.object({ first: partySchema, second: partySchema }),
  /** The MoU's date, `YYYY-MM-DD`, or empty while unknown. */
  date: z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
  answers: answersSchema,
  /** What the "other" kind of collaboration is, in the reader's words (used while "other" is ticked). */
  otherKind: text(limits.otherKind),
  /**
   * Add the English text beside the Indonesian in the .docx outline even without a foreign
   * party (with a foreign party the outline is always bilingual).
   */
  englishColumn: z.boolean(),
  /**
   * Ticks and notes, one entry per clause the reader touched. Entries of clauses the current
   * answers leave out are kept, so they come back when an answer flips back (see `model.ts`).
   */
  clauses: z.array(clauseProgressSchema).check(z.maxLength(limits.clauses)),
});
export type MouState = z.infer<typeof stateSchema>;

/**
 * Named example states: unit, island and browser tests and the schema agreement test use them.
 * The candle seller and the illustrator are the guide's example (step 5).
 */
const noParty: Party = { name: '', address: '', registration: '', signer: '', capacity: '' };

export const examples = {
  /** A new checklist (`initialState()` in tool.ts; a unit test keeps the two equal). */
  empty: {
    parties: { first: noParty, second: noParty },
    date: '',
    answers: { ...noAnswers, kinds: [] },
    otherKind: '',
    englishColumn: false,
    clauses: [],
  },
  candleAndIllustrator: {
    parties: {
      first: {
        name: 'Toko Lilin Putri',
        address: 'Jl. Kaliurang Km 5 No. 12, Sleman, DI Yogyakarta',
        registration: '9120001234567',
        signer: 'Putri Wulandari',
        capacity: 'Pemilik',
      },
      second: { ...noParty, name: 'Bima Ilustrasi', signer: 'Bima Saputra' },
    },
    date: '2027-03-31',
    answers: {
      kinds: ['joint-product', 'co-marketing'],
      money: 'yes',
      customerData: 'no',
      ip: 'both',
      foreignParty: 'no',
      exclusivity: 'no',
      signingOnline: 'no',
      term: 'fixed',
      binding: 'agreement',
    },
    otherKind: '',
    englishColumn: false,
    clauses: [
      { id: 'duration', settled: true, note: 'Enam bulan, 1 April–30 September 2027.' },
      { id: 'profit-loss', settled: true, note: 'Rp3.000 untuk Bima per lilin terjual.' },
      { id: 'ip', settled: false, note: 'Ilustrasi milik Bima; Putri boleh memakainya di kemasan selama kerja sama.' },
    ],
  },
  foreignReseller: {
    parties: {
      first: { ...noParty, name: 'CV Kopi Nusantara' },
      second: { ...noParty, name: 'Bean Traders Pte. Ltd.' },
    },
    date: '',
    answers: {
      kinds: ['reselling'],
      money: 'yes',
      customerData: 'yes',
      ip: 'use',
      foreignParty: 'yes',
      exclusivity: 'yes',
      signingOnline: 'yes',
      term: 'open',
      binding: 'intent',
    },
    otherKind: '',
    englishColumn: false,
    clauses: [{ id: 'language-law', settled: true, note: 'English prevails? Ask the notary.' }],
  },
} satisfies Record<string, MouState>;
