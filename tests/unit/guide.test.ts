import { describe, expect, it } from 'vitest';
import { guidePageSchema } from '../../src/content/schema';
import {
  entryLang,
  findByKey,
  guideHref,
  inReadingOrder,
  neighbours,
  parityProblems,
  stepsOf,
} from '../../src/lib/guide';
import { guideIn, page } from '../fixtures/guide';

const guide = [...guideIn('id'), ...guideIn('en')];

describe('guide helpers', () => {
  it('reads the language from the folder', () => {
    expect(entryLang({ id: 'id/panduan' })).toBe('id');
    expect(entryLang({ id: 'en/guide' })).toBe('en');
    expect(() => entryLang({ id: 'fr/guide' })).toThrow(/language folder/);
  });

  it('builds readable URLs in each language', () => {
    expect(guideHref(findByKey(guide, 'why', 'id')!)).toBe('/id/panduan/');
    expect(guideHref(findByKey(guide, 'why', 'en')!)).toBe('/en/guide/');
    expect(guideHref(findByKey(guide, 'goals', 'id')!)).toBe('/id/panduan/id-step-1/');
    expect(guideHref(findByKey(guide, 'about', 'id')!)).toBe('/id/tentang/');
    expect(guideHref(findByKey(guide, 'about', 'en')!)).toBe('/en/about/');
  });

  it('orders pages for reading and lists the seven steps', () => {
    const order = inReadingOrder(guide, 'en').map((e) => e.data.key);
    expect(order).toEqual([
      'why',
      'goals',
      'partner',
      'communication',
      'roles',
      'agreement',
      'technology',
      'evaluation',
      'conclusion',
      'about',
    ]);
    expect(stepsOf(guide, 'id').map((e) => e.data.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('links overview -> steps -> conclusion, and leaves the about page out', () => {
    const at = (key: Parameters<typeof findByKey>[1]) => findByKey(guide, key, 'id')!;
    expect(neighbours(guide, at('why'))).toEqual({ prev: undefined, next: at('goals') });
    expect(neighbours(guide, at('goals'))).toEqual({ prev: at('why'), next: at('partner') });
    expect(neighbours(guide, at('evaluation'))).toEqual({ prev: at('technology'), next: at('conclusion') });
    expect(neighbours(guide, at('conclusion'))).toEqual({ prev: at('evaluation'), next: undefined });
    expect(neighbours(guide, at('about'))).toEqual({});
  });
});

describe('parityProblems', () => {
  it('finds nothing wrong in a consistent guide', () => {
    expect(parityProblems(guide)).toEqual([]);
  });

  it('names a page that has no translation', () => {
    const withoutEnglishStep3 = guide.filter((e) => !(e.id.startsWith('en/') && e.data.key === 'communication'));
    expect(parityProblems(withoutEnglishStep3)).toContain('"communication" has no en page.');
  });

  it('catches a duplicate, a step number that differs, and an action list that differs', () => {
    const broken = guide.map((e) =>
      e.id === 'en/en-step-2' ? { ...e, data: { ...e.data, step: 3, actions: ['Only one action here'] } } : e,
    );
    broken.push({ id: 'en/copy', data: page({ key: 'about', kind: 'about' }) });
    const problems = parityProblems(broken);
    expect(problems).toContain('"partner" is step 2 in id but step 3 in en.');
    expect(problems).toContain('"partner" has 3 actions in id but 1 in en.');
    expect(problems.some((p) => p.startsWith('"about" has 2 en pages'))).toBe(true);
    expect(problems.some((p) => p.startsWith('The en guide must have steps 1 to 7'))).toBe(true);
  });
});

describe('guidePageSchema', () => {
  const valid = {
    ...page({
      key: 'goals',
      kind: 'step',
      step: 1,
      actions: ['First action to take', 'Second action to take', 'Third action to take'],
    }),
  };

  it('accepts a complete step page', () => {
    expect(guidePageSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['a description over 160 characters', { description: 'x'.repeat(161) }],
    ['a description too short to be useful', { description: 'Too short.' }],
    ['a step without a number', { step: undefined }],
    ['a step with fewer than three actions', { actions: ['Only one action'] }],
    ['an unknown translation key', { key: 'pricing' }],
    ['an unknown field', { draft: true }],
    ['a date that is not a date', { updated: 'someday' }],
  ])('rejects %s', (_, change) => {
    expect(guidePageSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('rejects a step number on a page that is not a step, and an overview without five reasons', () => {
    expect(guidePageSchema.safeParse(page({ key: 'about', kind: 'about', step: 2 })).success).toBe(false);
    expect(guidePageSchema.safeParse(page({ key: 'why', kind: 'overview' })).success).toBe(false);
  });
});
