import { FileSystemConfigLoader, HtmlValidate } from 'html-validate/node';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist';

/**
 * Every page of dist/ validates with html-validate's `recommended` rules (.htmlvalidate.json):
 * the HTML standard, accessibility and a few best practices. No rule is turned off; a page
 * with any error fails, with the rule, the line and the message.
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

  it('catches an error when there is one (the check is not vacuous)', async () => {
    const report = await validator.validateString('<!doctype html><html lang="id"><head><title>x</title></head><body><img src="a.png"><button>a</button></body></html>', 'dist/sample.html');
    const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('wcag/h37'); // an image without alt text
    expect(rules).toContain('no-implicit-button-type');
  });
});
