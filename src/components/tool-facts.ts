import { defineDictionaries } from '../i18n/dictionary';
import type { Locale } from '../i18n/locales';

/**
 * What each tool gives the reader and about how long it takes, for the tool cards (home page,
 * tools page, guide steps). Keyed by the tool's folder name; tests/unit/tool-facts.test.ts fails
 * when a tool in src/tools/ has no entry here. Times are for a first go, with the facts at hand.
 */
export const toolFactsText = defineDictionaries({
  id: {
    // Labels of the two facts
    'label.gives': 'Hasilnya',
    'label.time': 'Waktu',

    'partner-fit.gives': 'Skor 0–100 untuk tiap calon mitra, peringkatnya, dan hal yang perlu dibicarakan',
    'partner-fit.time': 'Sekitar 10 menit per calon',
    'smart-goal.gives': 'Satu kalimat tujuan SMART, target antara, dan jadwal tinjauan untuk kalender ponsel',
    'smart-goal.time': 'Sekitar 5 menit',
    'mou-checklist.gives':
      'Daftar klausul MoU dengan contoh rumusan dan dasar hukumnya, siap dibawa ke advokat atau notaris',
    'mou-checklist.time': 'Sekitar 10 menit',
  },
  en: {
    'label.gives': 'You get',
    'label.time': 'Time',

    'partner-fit.gives': 'A 0–100 score for each candidate, a ranking, and the points to talk through',
    'partner-fit.time': 'About 10 minutes per candidate',
    'smart-goal.gives': 'One SMART goal statement, milestones, and review dates for your phone’s calendar',
    'smart-goal.time': 'About 5 minutes',
    'mou-checklist.gives':
      'The clauses your MoU needs, with sample wording and their legal basis, ready for your lawyer or notary',
    'mou-checklist.time': 'About 10 minutes',
  },
});

type FactKey = keyof (typeof toolFactsText)['id'];

/**
 * The two facts of a tool's card, or undefined for a tool without an entry here.
 * @example toolFacts('en', 'smart-goal')?.time // => 'About 5 minutes'
 */
export function toolFacts(lang: Locale, key: string): { gives: string; time: string } | undefined {
  const words: Readonly<Record<string, string>> = toolFactsText[lang];
  const gives = words[`${key}.gives`];
  const time = words[`${key}.time`];
  return gives && time ? { gives, time } : undefined;
}

/** The labels of the two facts. */
export function toolFactLabels(lang: Locale): { gives: string; time: string } {
  const words = toolFactsText[lang];
  return { gives: words['label.gives' satisfies FactKey], time: words['label.time' satisfies FactKey] };
}
