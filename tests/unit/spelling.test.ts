import { describe, expect, it } from 'vitest';
import kitText from '../../src/tools/kit/i18n';
import mouText from '../../src/tools/mou-checklist/i18n';
import partnerFitText from '../../src/tools/partner-fit/i18n';
import smartText from '../../src/tools/smart-goal/i18n';

/*
 * Spelling and vocabulary (KBBI, EYD V, one name per idea) are checked over every text a reader
 * sees by tests/unit/terms.test.ts, against the one list in src/content/forbidden-terms.ts.
 */

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
