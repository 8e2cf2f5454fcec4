import { describe, expect, it } from 'vitest';
import { guideKeys, guidePageSchema } from '../../src/content/schema';
import { entryLang, guideHref, parityProblems } from '../../src/lib/guide';
import { loadGuide } from '../fixtures/content';

const entries = loadGuide();

describe('the guide content', () => {
  it('is loaded (the collection is not silently empty)', () => {
    expect(entries.length).toBe(guideKeys.length * 2);
  });

  it('has every page in both languages, consistently', () => {
    expect(parityProblems(entries)).toEqual([]);
  });

  it('has frontmatter that satisfies the schema', () => {
    for (const entry of entries) expect(guidePageSchema.safeParse(entry.data).success, entry.id).toBe(true);
  });

  it('gives every page a unique title, description and URL', () => {
    for (const field of ['title', 'description'] as const) {
      const values = entries.map((e) => e.data[field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
    const hrefs = entries.map(guideHref);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('writes Indonesian the KBBI/EYD V way and fixes the source typos', () => {
    for (const entry of entries.filter((e) => entryLang(e) === 'id')) {
      const text = JSON.stringify(entry.data) + (entry.body ?? '');
      expect(text, entry.id).not.toMatch(/kerjasama|tujuaya|Kesesuaiailai/i);
    }
  });

  it('covers every point of the source: the five reasons, SMART, the four partner aspects, the eight MoU contents', () => {
    const body = (key: string, lang: 'id' | 'en') => entries.find((e) => e.data.key === key && entryLang(e) === lang)!;
    expect(body('why', 'id').data.reasons).toHaveLength(5);
    expect(body('goals', 'id').body).toMatch(/spesifik/i);
    expect(body('goals', 'en').body).toMatch(/time-bound/i);
    expect(body('partner', 'id').body).toMatch(/Kesesuaian Prinsip Bisnis/);
    expect(body('partner', 'id').body).toMatch(/Komplementer, Bukan Replika/);
    expect(body('agreement', 'id').body).toMatch(/Kerahasiaan/i);
    expect(body('agreement', 'en').body).toMatch(/confidential/i);
  });
});

// Titles and headings in both languages: tests/unit/terms.test.ts ("headings and titles").
