import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readToWorker } from '../../src/offline/messages';
import {
  cacheKey,
  installPlan,
  keyPath,
  languageOfPath,
  missingEntries,
  type OfflineEntry,
  outdatedKeys,
  packEntries,
  requestPath,
} from '../../src/offline/plan';

/** A small manifest: core, each language's pages and shared code, an on-first-use file. */
const manifest: OfflineEntry[] = [
  { url: '/id/luring/', revision: 'a1', packs: ['core', 'id'], deps: [5] },
  { url: '/en/offline/', revision: 'b1', packs: ['core', 'en'], deps: [5] },
  { url: '/id/', revision: 'c1', packs: ['id'], deps: [5, 6] },
  { url: '/id/panduan/', revision: 'd1', packs: ['id'], deps: [5] },
  { url: '/en/', revision: 'e1', packs: ['en'], deps: [5, 6] },
  { url: '/_astro/Base.AbCd1234.css', revision: null, packs: ['core', 'en', 'id'] },
  { url: '/_astro/site.EfGh5678.js', revision: null, packs: ['en', 'id'] },
  { url: '/_astro/docx.IjKl9012.js', revision: null, packs: [] },
];
const urls = (entries: OfflineEntry[]) => entries.map((e) => e.url);

describe('cache keys', () => {
  it('carry the revision of revisioned files and nothing for hashed names', () => {
    expect(cacheKey(manifest[0]!)).toBe('/id/luring/?__rev=a1');
    expect(cacheKey(manifest[5]!)).toBe('/_astro/Base.AbCd1234.css');
  });

  it('give back the path they stand for, whatever the revision', () => {
    fc.assert(
      fc.property(fc.webPath(), fc.option(fc.string({ minLength: 1 }), { nil: null }), (url, revision) => {
        expect(keyPath(cacheKey({ url, revision, packs: [] }))).toBe(url);
      }),
    );
  });

  it('read a request by its path: no query, no fragment, index.html as its folder', () => {
    expect(requestPath('/id/panduan/?utm=x#langkah')).toBe('/id/panduan/');
    expect(requestPath('/pagefind/pagefind-entry.json?ts=123')).toBe('/pagefind/pagefind-entry.json');
    expect(requestPath('/en/index.html')).toBe('/en/');
  });
});

describe('what the worker saves', () => {
  it('on a first install: the core pack only', () => {
    expect(urls(installPlan(manifest, []))).toEqual(['/id/luring/', '/en/offline/', '/_astro/Base.AbCd1234.css']);
  });

  it('on an update: the new revision of every saved file, nothing already cached, nothing unsaved', () => {
    const saved = ['/id/luring/?__rev=a0', '/en/offline/?__rev=b1', '/id/?__rev=c0', '/_astro/Base.AbCd1234.css'];
    expect(urls(installPlan(manifest, saved))).toEqual(['/id/luring/', '/id/']);
  });

  it('a pack, with what its pages load, and never what is only saved on first use', () => {
    expect(urls(missingEntries(manifest, { pack: 'id' }, []))).toEqual([
      '/id/luring/',
      '/id/',
      '/id/panduan/',
      '/_astro/Base.AbCd1234.css',
      '/_astro/site.EfGh5678.js',
    ]);
    expect(urls(packEntries(manifest, 'en'))).not.toContain('/_astro/docx.IjKl9012.js');
  });

  it('a visited page with what it loads (save-data mode), skipping what is cached and unknown paths', () => {
    const wanted = { paths: ['/en/?from=share', '/nowhere/'] };
    expect(urls(missingEntries(manifest, wanted, ['/_astro/Base.AbCd1234.css']))).toEqual([
      '/en/',
      '/_astro/site.EfGh5678.js',
    ]);
  });

  it('drops keys of other revisions and of files the build no longer has', () => {
    const cached = ['/id/?__rev=c0', '/id/?__rev=c1', '/_astro/old.ZzZz0000.js', '/_astro/Base.AbCd1234.css'];
    expect(outdatedKeys(manifest, cached)).toEqual(['/id/?__rev=c0', '/_astro/old.ZzZz0000.js']);
  });

  it('never deletes what the current manifest lists', () => {
    fc.assert(
      fc.property(fc.subarray(manifest.map(cacheKey)), fc.array(fc.webPath()), (current, other) => {
        const outdated = new Set(outdatedKeys(manifest, [...current, ...other]));
        for (const key of current) expect(outdated.has(key)).toBe(false);
      }),
    );
  });
});

describe('language of a path (for the offline page)', () => {
  it('follows the base', () => {
    expect(languageOfPath('/mitra/en/tools/', '/mitra/')).toBe('en');
    expect(languageOfPath('/en/tools/', '/mitra/')).toBe('id');
    expect(languageOfPath('/id/alat/', '/')).toBe('id');
    expect(languageOfPath('/tidak-ada/', '/')).toBe('id');
  });
});

describe('messages to the worker', () => {
  it('reads the language from the page’s path under the base', () => {
    const save = { type: 'save', everything: true, paths: ['/mitra/en/'] };
    expect(readToWorker(save, '/mitra/')).toEqual({ ...save, lang: 'en', force: false });
    expect(readToWorker({ ...save, force: true }, '/mitra/')).toMatchObject({ lang: 'en', force: true });
    expect(readToWorker({ ...save, paths: ['/en/'] }, '/mitra/')).toMatchObject({ lang: 'id' });
    expect(readToWorker({ ...save, paths: [] }, '/mitra/')).toMatchObject({ lang: 'id' });
    // Without paths: the page that sent the message.
    expect(readToWorker({ type: 'save', everything: false }, '/mitra/', '/mitra/en/tools/')).toEqual({
      type: 'save',
      lang: 'en',
      everything: false,
      force: false,
      paths: ['/mitra/en/tools/'],
    });
  });

  it('ignores anything else, never throws', () => {
    fc.assert(fc.property(fc.anything(), (data) => void readToWorker(data, '/')));
    expect(readToWorker({ type: 'save', everything: 'yes', paths: [] }, '/')).toBeUndefined();
    expect(readToWorker({ type: 'save', everything: true, paths: [1] }, '/')).toBeUndefined();
    expect(readToWorker({ type: 'skip-waiting' }, '/')).toEqual({ type: 'skip-waiting' });
    expect(readToWorker('skip-waiting', '/')).toBeUndefined();
  });
});
