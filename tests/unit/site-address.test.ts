import { describe, expect, it } from 'vitest';
import { LOCAL_SITE, resolveSite } from '../../src/integrations/site-address';

/** Which address a build uses (src/integrations/site-address.ts); the build itself: tests/built/site-address.test.ts. */
describe('the site address', () => {
  it('is SITE_URL for a build to publish', () => {
    expect(resolveSite({ SITE_URL: 'https://kemitraan.co.id' })).toEqual({
      ok: true,
      site: 'https://kemitraan.co.id/',
      kind: 'public',
    });
    expect(resolveSite({ SITE_URL: ' https://user.github.io/mitra ' })).toMatchObject({
      ok: true,
      site: 'https://user.github.io/mitra',
    });
  });

  it('is the local address for a local build, whatever SITE_URL says (npm start serves it there)', () => {
    expect(resolveSite({ LOCAL_BUILD: '1' })).toEqual({ ok: true, site: LOCAL_SITE, kind: 'local' });
    expect(resolveSite({ LOCAL_BUILD: '1', SITE_URL: 'https://kemitraan.co.id' }).site).toBe(LOCAL_SITE);
  });

  it.each([undefined, '', '  '])('refuses a build to publish without SITE_URL (%j), saying what to do', (value) => {
    const address = resolveSite({ SITE_URL: value });
    expect(address.ok).toBe(false);
    if (!address.ok) {
      expect(address.message).toMatch(/^SITE_URL is not set\. /);
      expect(address.message).toContain('SITE_URL=https://your-domain.id npm run build');
      expect(address.message).toContain('npm run build:local');
    }
  });

  it.each(['kemitraan.co.id', 'ftp://kemitraan.co.id', 'https://kemitraan.co.id/?a=1', 'https://a@kemitraan.co.id'])(
    'refuses %s, which is no address to publish a site at',
    (value) => {
      const address = resolveSite({ SITE_URL: value });
      expect(address.ok).toBe(false);
      if (!address.ok) expect(address.message).toContain(`SITE_URL "${value}" is not a web address`);
    },
  );

  it('still gives dev, check and the tests the local address when a build would be refused', () => {
    expect(resolveSite({}).site).toBe(LOCAL_SITE);
  });
});
