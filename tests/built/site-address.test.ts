import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SITE } from '../../src/integrations/site-address';
import { buildSite, withoutAddress } from '../helpers/build';

/**
 * The site's address in a build to publish: `SITE_URL` reaches every page, printout line,
 * sitemap, robots.txt and Open Graph tag, and neither a placeholder nor the local address is left
 * anywhere in the output (Pagefind's compressed index included). Without `SITE_URL`, `astro build`
 * stops at once and says what to do. Each build goes into a folder of its own: dist/ is untouched.
 * (A whole build takes 15 to 60 s on a busy machine: one build for the whole file.)
 */
const PUBLIC = 'https://kemitraan-usaha.co.id';
const BUILD_TIME = 300_000;

/** Addresses a published page must never carry. */
const foreign = ['mitra.example', new URL(LOCAL_SITE).host, 'localhost'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** A file's text, gzip (Pagefind's index and fragments) unpacked. */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzip ? gunzipSync(bytes) : bytes).toString('latin1');
}

describe('a build to publish, with SITE_URL', () => {
  const out = mkdtempSync(join(tmpdir(), 'mitra-publish-'));
  beforeAll(() => buildSite(out, { ...withoutAddress(), SITE_URL: PUBLIC }), BUILD_TIME);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('leaves no placeholder or local address in any file', () => {
    const files = walk(out);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) =>
      foreign.filter((address) => textOf(file).includes(address)).map((address) => `${file}: ${address}`),
    );
    expect(found).toEqual([]);
  });

  it('says its address in canonical links, Open Graph tags, the print line, the sitemap and robots.txt', () => {
    const page = parse(readFileSync(join(out, 'en/guide/shared-goals/index.html'), 'utf8'));
    const url = `${PUBLIC}/en/guide/shared-goals/`;
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(page.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(url);
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(`${PUBLIC}/social.png`);
    expect(page.querySelector('.print-source-url')?.text.trim()).toBe(url);
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain(`<loc>${PUBLIC}/id/</loc>`);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${PUBLIC}/sitemap.xml`);
  });
});

describe('a build to publish, without SITE_URL', () => {
  it(
    'stops before building anything and says how to set the address',
    () => {
      const out = join(tmpdir(), `mitra-no-address-${process.pid}`);
      const run = spawnSync('npx', ['astro', 'build', '--outDir', out], { env: withoutAddress(), encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('Nothing was built. SITE_URL is not set.');
      expect(run.stderr).toContain('SITE_URL=https://your-domain.id npm run build');
      expect(run.stderr).toContain('npm run build:local');
      expect(existsSync(out)).toBe(false);
    },
    BUILD_TIME,
  );
});
