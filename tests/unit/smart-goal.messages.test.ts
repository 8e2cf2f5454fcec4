import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import dictionaries, { islandStrings } from '../../src/tools/smart-goal/i18n';
import { goalTypeInfo, smartLetters } from '../../src/tools/smart-goal/letters';
import { issueKey, issueMessage } from '../../src/tools/smart-goal/messages';
import { checkGoal, type Issue, issueCodes, noteCodes, whatIssue } from '../../src/tools/smart-goal/model';
import type { Goal } from '../../src/tools/smart-goal/schema';
import { shareSummary, toMarkdown } from '../../src/tools/smart-goal/summary';
import planDictionaries from '../../src/plan/i18n';
import printDictionaries from '../../src/print/i18n';
import { batikGoal, batikState, today, vagueState } from '../fixtures/smart-goal';

/** Every issue the model can return, with each field and reason it can come with. */
const everyIssue: Issue[] = issueCodes.flatMap((code): Issue[] => {
  switch (code) {
    case 'partner-missing':
      return [
        { code, field: 'partnerA' },
        { code, field: 'partnerB' },
      ];
    case 'number-missing':
      return [
        { code, field: 'baseline' },
        { code, field: 'target' },
      ];
    case 'number-unreadable':
      return (['unreadable', 'has-words', 'too-large', 'mixed-units'] as const).map((reason) => ({
        code,
        field: 'target',
        reason,
      }));
    case 'date-missing':
    case 'date-invalid':
      return [
        { code, field: 'start' },
        { code, field: 'deadline' },
      ];
    default:
      return [{ code, field: 'what' }];
  }
});

describe.each<Locale>(['id', 'en'])('messages in %s', (lang) => {
  const t = islandStrings(lang);

  it('exist for every issue and note the model can return', () => {
    for (const issue of everyIssue) expect(t[issueKey(issue)], issueKey(issue)).toBeTruthy();
    for (const note of noteCodes) expect(t[`note.${note}`], note).toBeTruthy();
  });

  it('fill in the field, the typed text, the partner and the date', () => {
    const goal: Goal = { ...batikGoal, measurable: { ...batikGoal.measurable, target: { text: 'banyak', lang } } };
    const unreadable = issueMessage(
      { code: 'number-unreadable', field: 'target', reason: 'unreadable' },
      batikState.partners,
      goal,
      lang,
      t,
    );
    expect(unreadable).toContain('“banyak”');
    expect(unreadable).not.toMatch(/\{\w+\}/);
    expect(issueMessage({ code: 'benefit-missing', field: 'benefitB' }, batikState.partners, goal, lang, t)).toContain(
      'Dimas',
    );
    expect(issueMessage({ code: 'deadline-in-past', field: 'deadline' }, batikState.partners, goal, lang, t)).toContain(
      lang === 'id' ? '1 Maret 2027' : '1 March 2027',
    );
    // Without a name, the partner is "the first partner".
    expect(
      issueMessage({ code: 'contribution-missing', field: 'contributionA' }, { a: '', b: '' }, goal, lang, t),
    ).toContain(t['partners.aFallback']);
  });

  it('never leave a placeholder unfilled for any issue of the vague example', () => {
    const goal = vagueState.goals[0]!;
    for (const issue of checkGoal(vagueState.partners, goal, today).issues) {
      expect(issueMessage(issue, vagueState.partners, goal, lang, t)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('Markdown summary', () => {
  const letters = (lang: Locale) =>
    smartLetters.map((l) => ({ key: l.key, letter: l.letter, name: l.text[lang].name }));

  it('holds the statement, the check and the milestones', () => {
    const md = toMarkdown(batikState, 'en', today, islandStrings('en'), letters('en'));
    expect(md).toMatch(/^# SMART partnership goals\n\nPartners: Rina and Dimas\n\n## Goal 1\n/);
    expect(md).toContain(
      'Shared goal of Rina and Dimas: menjual 150 lembar batik tulis melalui kode promo khusus Dimas.',
    );
    for (const { name } of letters('en')) expect(md).toContain(`(${name}): Met`);
    expect(md).toContain('| 1 March 2027 | Deadline | 150 lembar |');
  });

  it('keeps reader text from turning into Markdown or HTML', () => {
    const state = { ...batikState, partners: { a: '# <script>alert(1)</script>', b: '*Dimas*' } };
    const md = toMarkdown(state, 'id', today, islandStrings('id'), letters('id'));
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\*Dimas\\*');
    expect(md.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '# Tujuan Kerja Sama SMART',
      '## Tujuan 1',
      '### Pemeriksaan SMART',
      '### Target Antara dan Jadwal Tinjauan',
    ]);
  });

  it('sends each goal in one sentence with a share link, not the full statement', () => {
    expect(shareSummary(batikState, 'en', islandStrings('en'))).toBe(
      'SMART partnership goals\nPartners: Rina and Dimas\n' +
        'Penjualan melalui kode promo rises from 0 to 150 lembar by 1 March 2027, a target Rina and Dimas review every two weeks.',
    );
  });

  it('lists what needs work, in words', () => {
    const md = toMarkdown(vagueState, 'id', today, islandStrings('id'), letters('id'));
    expect(md).toContain('S (Spesifik): Perlu diperbaiki: Tulis nama mitra kedua.');
    expect(dictionaries.id['summary.title']).toBe('Tujuan Kerja Sama SMART');
  });
});

describe('the SMART builder’s words: one name per idea', () => {
  /** Every word of the builder a reader meets: its dictionary, its letters and goal types, its sheet, the plan's goals. */
  const all = (lang: Locale): string[] => [
    ...Object.values(dictionaries[lang]),
    ...smartLetters.flatMap((l) => [l.text[lang].name, l.text[lang].question, ...l.text[lang].prompts]),
    ...goalTypeInfo.flatMap((g) => [
      g.text[lang].name,
      g.text[lang].hint,
      ...g.metrics.map((m) => Object.values(m.text[lang]).join(' ')),
    ]),
    ...Object.entries(printDictionaries[lang])
      .filter(([k]) => k.startsWith('smartGoal.'))
      .map(([, v]) => v),
    ...Object.entries(planDictionaries[lang])
      .filter(([k]) => k.startsWith('goals.'))
      .map(([, v]) => v),
  ];

  it('uses the project’s Indonesian terms, never their old names', () => {
    const text = all('id').join('\n').toLowerCase();
    for (const never of [
      'berbatas waktu',
      'unsur',
      'tonggak',
      'dua mingguan',
      'belum dicek',
      'sebutan',
      'pesanan di muka',
      'idr',
    ])
      expect(text, never).not.toMatch(new RegExp(`(^|[^\\p{L}])${never}($|[^\\p{L}])`, 'u'));
    for (const term of ['terikat waktu', 'huruf smart', 'target antara', 'jadwal tinjauan'])
      expect(text).toContain(term);
  });

  it('uses one English name per idea: Rp, milestone, review schedule', () => {
    const text = all('en').join('\n');
    expect(text).not.toMatch(/\bIDR\b/);
    expect(text).toContain('Milestone');
    expect(text).toContain('review schedule');
    expect(text).not.toMatch(/review dates|Next target/);
  });

  it('gives the same vague-word examples in both languages, and the check flags each of them', () => {
    const quoted = (lang: Locale) =>
      [...dictionaries[lang]['issue.what-vague'].matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    const id = quoted('id').slice(0, 3);
    const en = quoted('en').slice(0, 3);
    expect(id).toEqual(['lebih baik', 'lebih banyak', 'meningkat']);
    expect(en).toEqual(['better', 'more', 'increase']);
    // A "what" made only of these words (and small words) is vague, in either language.
    for (const word of [...id, ...en]) expect(whatIssue(`${word} ${word} ${word} untuk toko`), word).toBe('what-vague');
    // The first wish of guide step 1, in either language, is vague in the same way.
    expect(whatIssue('supaya toko lebih terkenal dan populer')).toBe('what-vague');
    expect(whatIssue('make our shop more famous and popular')).toBe('what-vague');
    expect(whatIssue('grow our business')).toBe('what-vague');
    expect(whatIssue('sell 150 pieces of batik in our shop')).toBeNull();
  });
});
