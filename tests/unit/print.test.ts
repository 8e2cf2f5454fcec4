import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import text from '../../src/print/i18n';
import { optionWordKey, reviewPoints, sevenStepChecklist, whenLabels } from '../../src/print/model';
import toolWords from '../../src/tools/mou-checklist/i18n';
import { questionIds, questions } from '../../src/content/mou-questions';
import { sheetPath, sheets, sheetText } from '../../src/print/registry';
import { guideIn } from '../fixtures/guide';
import { titleCaseSlips } from '../helpers/title-case';

const guide = [...guideIn('id'), ...guideIn('en')];
const bodies = import.meta.glob('/src/print/sheets/*.astro');

describe('the seven-step checklist', () => {
  it('lists the seven steps in order with their own actions, in the page language', () => {
    for (const lang of locales) {
      const steps = sevenStepChecklist(guide, lang);
      expect(steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(steps.every((s) => s.href.startsWith(`/${lang}/`))).toBe(true);
    }
  });

  it('follows a change to a step page’s actions (the step page is the source)', () => {
    const edited = guide.map((e) =>
      e.id === 'en/en-step-3'
        ? { ...e, data: { ...e.data, actions: ['Agree on one channel per purpose', 'Meet weekly'] } }
        : e,
    );
    expect(sevenStepChecklist(edited, 'en')[2]!.actions).toEqual(['Agree on one channel per purpose', 'Meet weekly']);
    expect(sevenStepChecklist(edited, 'id')[2]!.actions).toEqual(sevenStepChecklist(guide, 'id')[2]!.actions);
  });
});

describe('the review sheet', () => {
  it('reviews what step 7 asks for', () => {
    const seventh = guide.find((e) => e.id === 'id/id-step-7')!;
    expect(reviewPoints(guide, 'id')).toMatchObject({
      step: 7,
      actions: seventh.data.actions,
      href: '/id/panduan/id-step-7/',
    });
  });

  it('fails the build loudly when step 7 is missing', () => {
    expect(() =>
      reviewPoints(
        guide.filter((e) => e.data.key !== 'evaluation'),
        'en',
      ),
    ).toThrow(/evaluation/);
  });
});

describe('the MoU sheet’s "needed if" lines', () => {
  const words = {
    'q.money': 'Will money change hands?',
    'answer.yes': 'Yes',
    'q.kinds': 'Kind of collaboration',
    'kind.affiliate': 'Affiliate',
    'kind.content': 'Content',
  };

  it('say when a clause applies in the questionnaire’s words', () => {
    expect(whenLabels([{ answer: 'money', in: ['yes'] }], words)).toEqual(['Will money change hands? Yes']);
    expect(whenLabels([{ answer: 'kinds', in: ['affiliate', 'content'] }], words)).toEqual([
      'Kind of collaboration: Affiliate / Content',
    ]);
    expect(whenLabels([], words)).toEqual([]);
  });

  it('find words for every option of every question, in both languages', () => {
    for (const lang of locales) {
      for (const question of questionIds) {
        expect(toolWords[lang] as Record<string, string>, `q.${question}`).toHaveProperty([`q.${question}`]);
        for (const option of questions[question].options) {
          expect(toolWords[lang] as Record<string, string>, optionWordKey(question, option)).toHaveProperty([
            optionWordKey(question, option),
          ]);
        }
      }
    }
  });
});

describe('the sheet registry', () => {
  it('gives every sheet a readable, unique slug in each language and a page of its own', () => {
    for (const lang of locales) {
      const slugs = sheets.map((s) => s.slug[lang]);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(sheetPath(sheets[0]!, 'id')).toBe('/id/cetak/daftar-periksa-tujuh-langkah/');
    expect(sheetPath(sheets[0]!, 'en')).toBe('/en/print/seven-step-checklist/');
    for (const sheet of sheets) expect(Object.keys(bodies)).toContain(`/src/print/sheets/${sheet.key}.astro`);
  });

  it('states a paper budget for every sheet (the seven-step checklist fits on two A4 pages)', () => {
    for (const sheet of sheets) expect(sheet.maxPages).toBeGreaterThanOrEqual(1);
    expect(sheets.find((s) => s.key === 'seven-steps')?.maxPages).toBeLessThanOrEqual(2);
  });

  it('has a title, summary, search description (50-160 characters) and lead for every sheet', () => {
    for (const sheet of sheets) {
      for (const lang of locales) {
        const own = sheetText(sheet, lang);
        for (const value of Object.values(own)) expect(value, `${sheet.key} ${lang}`).toBeTruthy();
        expect(own.description.length).toBeGreaterThanOrEqual(50);
        expect(own.description.length).toBeLessThanOrEqual(160);
      }
    }
    expect(text.id['index.description'].length).toBeLessThanOrEqual(160);
    expect(text.en['index.description'].length).toBeLessThanOrEqual(160);
  });

  it('writes Indonesian sheet titles and headings in EYD V title case', () => {
    const headings = Object.entries(text.id).filter(([key]) => /\.title$|Title$/.test(key));
    expect(headings.length).toBeGreaterThan(3);
    const slips = headings.filter(([, value]) => titleCaseSlips(value).length > 0);
    expect(slips).toEqual([]);
  });
});
