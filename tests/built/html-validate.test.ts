import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';

/**
 * Every page of dist/ validates with html-validate's `recommended` rules (.htmlvalidate.json):
 * the HTML standard, accessibility and a few best practices. A page with any error fails, with
 * the rule, the line and the message. Two allowances, both for markup our tools do not write:
 * - `void-style` is off: Preact's server renderer writes `<input/>`, Astro writes `<meta>`; both
 *   are valid HTML, the rule only asks for one style.
 * - `<style>` may stand in the body: Astro puts one (`astro-island{display:contents}`, hashed in
 *   the CSP) next to the first island of a page, and every browser applies it there.
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtPages();

describe('HTML validation (html-validate)', () => {
  it('has pages to validate', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages.map((p) => [p.path, p] as const))('%s has no error', async (_, page) => {
    const report = await validator.validateString(page.html, page.file);
    const errors = report.results.flatMap((r) =>
      r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });

  it('accepts the markup Astro and Preact write around islands', async () => {
    const island =
      '<!DOCTYPE html><html lang="id"><head><title>x</title></head><body><main><div><style>astro-island{display:contents}</style><label for="a">A</label><input id="a" type="text"/></div></main></body></html>';
    const report = await validator.validateString(island, 'dist/island.html');
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual([]);
  });

  it('catches an error when there is one (the check is not vacuous)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="id"><head><title>x</title></head><body><img src="a.png"><button>a</button></body></html>',
      'dist/sample.html',
    );
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('wcag/h37'); // an image without alt text
    expect(rules).toContain('no-implicit-button-type');
  });
});
