import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixBase } from '../../src/integrations/base-links';

describe('links in the guide under a base path', () => {
  it('prefixes site-absolute links once, and leaves every other link alone', () => {
    expect(prefixBase('/id/panduan/', '/mitra/')).toBe('/mitra/id/panduan/');
    expect(prefixBase('/mitra/id/', '/mitra/')).toBe('/mitra/id/');
    expect(prefixBase('/id/', '/')).toBe('/id/');
    for (const href of ['https://example.com/', '//cdn.example/x', '#tujuan', 'mailto:a@b.c', 'langkah-2/'])
      expect(prefixBase(href, '/mitra/')).toBe(href);
  });

  it('is idempotent and always lands under the base', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.array(segment, { maxLength: 2 }), (path, base) => {
        const b = `/${base.map((x) => `${x}/`).join('')}`;
        const once = prefixBase(`/${path.map((x) => `${x}/`).join('')}`, b);
        expect(prefixBase(once, b)).toBe(once);
        expect(once.startsWith(b)).toBe(true);
      }),
    );
  });
});
