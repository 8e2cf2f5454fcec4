import { describe, expect, it } from 'vitest';
import printWords from '../../src/print/i18n';
import { type CriterionId, criterionTexts } from '../../src/tools/partner-fit/criteria';
import dictionaries from '../../src/tools/partner-fit/i18n';
import { loadGuide } from '../fixtures/content';

/**
 * The scorer's words against the guide and the project's word list: the criteria it takes from
 * step 2 carry step 2's headings, the result class is a "category", a 1-5 mark is a "rating"
 * and the 0-100 result a "score", the tool and its print sheet ask for the same pen stroke, and
 * the rule that an agreement cannot make up for a deal-breaker is said to be the tool's own.
 */

/** The `###` headings of step 2 ("Find the right partner") in one language. */
function stepTwoHeadings(lang: 'id' | 'en'): string[] {
  const page = loadGuide().find((p) => p.id.startsWith(`${lang}/`) && p.data.key === 'partner');
  if (!page) throw new Error(`no ${lang} step 2`);
  return [...page.body.matchAll(/^### (.+)$/gm)].map((m) => m[1]!.trim());
}

/** Step 2's criteria that have a heading of their own there (the audience is in its list only). */
const headed: readonly CriterionId[] = ['values', 'complementary', 'reputation', 'capacity'];

/** The scorer's and its sheet's words in one language. */
const words = (lang: 'id' | 'en') => [
  ...Object.entries(dictionaries[lang]),
  ...Object.entries(printWords[lang]).filter(([key]) => key.startsWith('partnerFit.')),
];

describe('the partner-fit words', () => {
  it.each(['id', 'en'] as const)('name step 2’s criteria with step 2’s headings (%s)', (lang) => {
    const texts = criterionTexts(lang);
    expect(headed.map((id) => texts[id].name)).toEqual(stepTwoHeadings(lang));
  });

  it('call the result class a category, never a band (en)', () => {
    const offenders = words('en').filter(([, value]) => /\bbands?\b/i.test(value));
    expect(offenders).toEqual([]);
  });

  it('call a 1-5 mark a rating and only the 0-100 result a score (en)', () => {
    // "Score" next to a 1-5 scale, a box or a total of marks is a rating.
    const offenders = words('en').filter(([, value]) =>
      /\b(tick|circle|choose) (one|a) score|scores for|total score|score (from|of) 1\b/i.test(value),
    );
    expect(offenders).toEqual([]);
    expect(printWords.en['partnerFit.scores']).toMatch(/^Ratings/);
  });

  it.each([
    ['id', 'centang satu kotak nilai', /lingkari/i],
    ['en', 'tick one rating box', /\bcircle/i],
  ] as const)('ask to tick a rating box on the tool’s worksheet and on the sheet alike (%s)', (lang, ask, other) => {
    expect(dictionaries[lang]['sheet.nojs']).toContain(ask);
    expect(printWords[lang]['partnerFit.lead']).toContain(ask);
    expect(words(lang).filter(([, value]) => other.test(value))).toEqual([]);
  });

  it.each([
    ['id', /perjanjian/i, /alat ini/i],
    ['en', /\bagreement\b/i, /this tool/i],
  ] as const)('say that an agreement cannot make up for a deal-breaker is the tool’s rule (%s)', (lang, claim, own) => {
    const claims = words(lang).filter(([, value]) => claim.test(value));
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.filter(([, value]) => !own.test(value))).toEqual([]);
  });
});
