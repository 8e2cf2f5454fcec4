import * as z from 'zod/mini';
import { locales } from '../../i18n/locales';
import { cadences, goalTypes } from './letters';
import { LIMITS } from './limits';
import { MAX_NUMBER_TEXT } from './numbers';

/**
 * The SMART goal builder's state: one partnership (two partners) with one or more goals.
 * Everything is kept exactly as the reader typed it (numbers too: the model reads them, the state
 * never holds a silently parsed number). Every string and array is bounded, because a share link
 * or an imported file may be hostile.
 */

const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * A number as typed, with the language of the page it was typed on: "1.500" is 1500 on the
 * Indonesian page and 1.5 on the English one, so the text alone does not say which it is.
 */
export const numberTextSchema = z.object({
  text: text(MAX_NUMBER_TEXT),
  lang: z.enum(locales),
});

/** A calendar date from `<input type="date">` (`YYYY-MM-DD`) or empty. The model checks it is real. */
const dateText = z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/));

export const goalSchema = z.object({
  /** Stable within the partnership; names the goal's form fields and calendar events. */
  id: z.string().check(z.regex(/^[a-z0-9]{1,12}$/)),
  type: z.optional(z.enum(goalTypes)),
  specific: z.object({
    /** What will be achieved. */
    what: text(LIMITS.long),
    /** For which product, channel or audience. */
    scope: text(LIMITS.short),
  }),
  measurable: z.object({
    metric: text(LIMITS.short),
    unit: text(LIMITS.unit),
    baseline: numberTextSchema,
    target: numberTextSchema,
    source: text(LIMITS.short),
  }),
  achievable: z.object({
    contributionA: text(LIMITS.long),
    contributionB: text(LIMITS.long),
    evidence: text(LIMITS.long),
  }),
  relevant: z.object({
    benefitA: text(LIMITS.long),
    benefitB: text(LIMITS.long),
  }),
  timeBound: z.object({
    start: dateText,
    deadline: dateText,
    cadence: z.enum(cadences),
  }),
});

export const stateSchema = z.object({
  /** The two partners; every goal of the partnership names them. */
  partners: z.object({ a: text(LIMITS.name), b: text(LIMITS.name) }),
  // Goal ids should be unique; JSON Schema cannot say so, so the island and the calendar cope
  // with duplicates from outside data (field ids come from the position, UIDs get a suffix).
  goals: z.array(goalSchema).check(z.minLength(1), z.maxLength(LIMITS.goals)),
});

export type NumberText = z.infer<typeof numberTextSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type SmartState = z.infer<typeof stateSchema>;

const goal = (g: Goal): Goal => g;

/**
 * Named example states: unit tests, island tests, browser tests and the kit's schema agreement
 * test use them. `batik` is Rina and Dimas from guide step 1; `sambal` writes Rupiah the
 * Indonesian way; `vague` is what people first write.
 */
export const examples = {
  batik: {
    partners: { a: 'Rina', b: 'Dimas' },
    goals: [
      goal({
        id: 'g1',
        type: 'sales',
        specific: {
          what: 'menjual 150 lembar batik tulis melalui kode promo khusus Dimas',
          scope: 'batik tulis motif parang, pengikut TikTok Dimas',
        },
        measurable: {
          metric: 'Penjualan melalui kode promo',
          unit: 'lembar',
          baseline: { text: '0', lang: 'id' },
          target: { text: '150', lang: 'id' },
          source: 'laporan kode promo di Shopee Seller Centre',
        },
        achievable: {
          contributionA: 'stok 200 lembar dan diskon 10% untuk kode promo',
          contributionB: 'tiga video TikTok per minggu',
          evidence: 'kampanye serupa bulan lalu menjual 40 lembar dalam dua minggu',
        },
        relevant: {
          benefitA: 'penjualan naik dan toko makin dikenal',
          benefitB: 'komisi 10% dari setiap penjualan',
        },
        timeBound: { start: '2027-01-04', deadline: '2027-03-01', cadence: 'biweekly' },
      }),
    ],
  },
  sambal: {
    partners: { a: 'Ayu', b: 'Fajar' },
    goals: [
      goal({
        id: 'g1',
        type: 'sales',
        specific: {
          what: 'menjual sambal botol lewat siaran langsung Fajar',
          scope: 'sambal bawang 200 ml, penonton siaran langsung',
        },
        measurable: {
          metric: 'Omzet per bulan',
          unit: 'Rp',
          baseline: { text: 'Rp1,5 juta', lang: 'id' },
          target: { text: 'Rp 4.500.000', lang: 'id' },
          source: 'laporan penjualan bulanan',
        },
        achievable: {
          contributionA: 'produksi dan pengiriman dalam dua hari',
          contributionB: 'siaran langsung tiga kali seminggu',
          evidence: '',
        },
        relevant: { benefitA: 'omzet naik', benefitB: 'Rp5.000 per botol' },
        timeBound: { start: '2027-01-01', deadline: '2027-07-01', cadence: 'monthly' },
      }),
    ],
  },
  vague: {
    partners: { a: 'Rina', b: '' },
    goals: [
      goal({
        id: 'g1',
        specific: { what: 'supaya toko lebih dikenal', scope: '' },
        measurable: {
          metric: '',
          unit: '',
          baseline: { text: '', lang: 'id' },
          target: { text: 'banyak', lang: 'id' },
          source: '',
        },
        achievable: { contributionA: '', contributionB: '', evidence: '' },
        relevant: { benefitA: '', benefitB: '' },
        timeBound: { start: '', deadline: '', cadence: 'monthly' },
      }),
    ],
  },
} satisfies Record<string, SmartState>;
