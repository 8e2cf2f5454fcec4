import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/content/glossary';
import { ui } from '../../src/i18n/ui';
import printText from '../../src/print/i18n';
import kitText from '../../src/tools/kit/i18n';
import mouText from '../../src/tools/mou-checklist/i18n';
import { criterionTexts } from '../../src/tools/partner-fit/criteria';
import partnerFitText from '../../src/tools/partner-fit/i18n';
import { goalTypes, smartLetters } from '../../src/tools/smart-goal/letters';
import smartText from '../../src/tools/smart-goal/i18n';
import { loadLibrary } from '../fixtures/content';

/**
 * One vocabulary, spelled per KBBI and EYD V, in every Indonesian text a reader sees: the guide,
 * the site frame, the tools' words, the clause library, the glossary and the print sheets. Each
 * rule names the form to avoid, the form to use, and the few places the avoided form is right
 * (an official title, a gloss that explains a foreign word).
 */
const rules: { wrong: RegExp; use: string; except?: RegExp }[] = [
  { wrong: /\bserver\b/i, use: 'peladen', except: /peladen \(\*?server\*?\)/ },
  { wrong: /kerjasama/i, use: 'kerja sama' },
  // UU No. 5 Tahun 1999 is officially titled "Larangan Praktek Monopoli"; elsewhere "praktik".
  { wrong: /\bpraktek\b/i, use: 'praktik', except: /Larangan Praktek Monopoli/ },
  { wrong: /\bkanal\b/i, use: 'saluran' },
  { wrong: /\bdisclaimer\b/i, use: 'penafian' },
  // Mid-sentence the language is "bahasa Indonesia"; official titles keep their capital.
  { wrong: /(?<![.!?:]\s|^|\n|["“(])Bahasa Indonesia/, use: 'bahasa Indonesia', except: /Penggunaan Bahasa Indonesia/ },
  // "pengacara" is explained once, beside "advokat", and otherwise not used.
  {
    wrong: /\bpengacara\b/i,
    use: 'advokat',
    except: /advokat \(sebutan resmi untuk pengacara\)|Advokat \(pengacara\)|disebut pengacara/,
  },
  { wrong: /\bmaterai\b/i, use: 'meterai' },
  { wrong: /\bresiko\b/i, use: 'risiko' },
  { wrong: /\baktifitas\b/i, use: 'aktivitas' },
  { wrong: /\bnasehat\b/i, use: 'nasihat' },
  { wrong: /\bijin\b/i, use: 'izin' },
  { wrong: /\bsilahkan\b/i, use: 'silakan' },
  { wrong: /\b(merubah|dirubah)\b/i, use: 'mengubah/diubah' },
  { wrong: /\banalisa\b/i, use: 'analisis' },
  { wrong: /\bkwitansi\b/i, use: 'kuitansi' },
  { wrong: /\b(obyek|subyek)\b/i, use: 'objek/subjek' },
  { wrong: /\bitikad\b/i, use: 'iktikad' },
  { wrong: /\be-?mail\b/i, use: 'surel', except: /surel \(\*e-?mail\*\)/ },
  { wrong: /\bdeadline\b/i, use: 'tenggat' },
  { wrong: /\bdownload\b/i, use: 'unduh' },
];

/** A text to check and where it comes from. */
interface Source {
  where: string;
  text: string;
}

/** Every string under a key `id` of a locale-keyed object (criteria, SMART letters), with its path. */
function indonesian(value: unknown, where: string, inId = false): Source[] {
  if (typeof value === 'string') return inId ? [{ where, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => indonesian(v, `${where}[${i}]`, inId));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => indonesian(v, `${where}.${k}`, inId || k === 'id'));
  return [];
}

/** A dictionary's values; `{placeholders}` are code, not words. */
const dict = (name: string, d: Record<string, string>): Source[] =>
  Object.entries(d).map(([key, text]) => ({ where: `${name} ${key}`, text: text.replace(/\{\w+\}/g, '') }));

const guideDir = 'src/content/guide/id';
const guide: Source[] = readdirSync(guideDir).map((f) => ({
  where: `${guideDir}/${f}`,
  // Link targets are addresses, not words.
  text: readFileSync(join(guideDir, f), 'utf8').replace(/\]\([^)]*\)/g, ']'),
}));
const clauses = loadLibrary();

const sources: Source[] = [
  ...guide,
  ...dict('src/i18n/ui/id.ts', ui.id),
  ...dict('src/print/i18n.ts', printText.id),
  ...dict('src/tools/kit/i18n.ts', kitText.id),
  ...dict('src/tools/mou-checklist/i18n.ts', mouText.id),
  ...dict('src/tools/partner-fit/i18n.ts', partnerFitText.id),
  ...dict('src/tools/smart-goal/i18n.ts', smartText.id),
  ...indonesian({ id: criterionTexts('id') }, 'criteria.ts'),
  ...indonesian(smartLetters, 'letters.ts'),
  ...indonesian(goalTypes, 'letters.ts goalTypes'),
  ...clauses.flatMap((c) =>
    indonesian({ id: c.text.id }, `clauses.yaml ${c.id}`).concat(indonesian(c.legal, `clauses.yaml ${c.id} legal`)),
  ),
  // The spellings the glossary looks for (`forms`) are search patterns, not text a reader sees.
  ...glossary.flatMap((e) => indonesian({ term: e.term, definition: e.definition }, `glossary.ts ${e.id}`)),
];

describe('Indonesian spelling and vocabulary', () => {
  it('reads every Indonesian source (the check is not vacuous)', () => {
    expect(guide.length).toBe(10);
    expect(clauses.length).toBeGreaterThanOrEqual(20);
    expect(sources.length).toBeGreaterThan(800);
    expect(sources.some((s) => s.text.includes('peladen'))).toBe(true);
  });

  it.each(rules.map((r) => [r.wrong.source, r] as const))('has no "%s"', (_, rule) => {
    const slips = sources
      .filter((s) => {
        const text = rule.except ? s.text.replace(new RegExp(rule.except.source, 'g'), '') : s.text;
        return rule.wrong.test(text);
      })
      .map((s) => `${s.where}: use "${rule.use}" (${s.text.match(rule.wrong)?.[0]})`);
    expect(slips).toEqual([]);
  });

  it('catches each form it forbids (the rules are not vacuous)', () => {
    for (const [sample, use] of [
      ['dikirim ke server', 'peladen'],
      ['kerjasama usaha', 'kerja sama'],
      ['dalam praktek sehari-hari', 'praktik'],
      ['kanal penjualan', 'saluran'],
      ['ditulis dalam Bahasa Indonesia dan', 'bahasa Indonesia'],
    ] as const) {
      const rule = rules.find((r) => r.use === use)!;
      expect(rule.wrong.test(sample), sample).toBe(true);
    }
    expect(rules.find((r) => r.use === 'praktik')!.except!.test('Larangan Praktek Monopoli')).toBe(true);
  });
});

describe('button labels in both languages', () => {
  it('name what the reader gets, never a file format or a technical term', () => {
    const labels = [kitText, mouText, partnerFitText, smartText].flatMap((d) =>
      (['id', 'en'] as const).flatMap((lang) =>
        Object.entries(d[lang] as Record<string, string>)
          .filter(([key]) => /^actions\.|\.download$|\.button$|Button$/.test(key))
          .map(([key, text]) => `${lang} ${key}: ${text}`),
      ),
    );
    expect(labels.length).toBeGreaterThan(15);
    const jargon = /\.(md|json|docx|ics|csv)\b|\b(JSON|Markdown|docx|iCalendar|URL)\b/i;
    expect(labels.filter((l) => jargon.test(l.slice(l.indexOf(': ') + 2)))).toEqual([]);
  });
});
