// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { chooserHeadScript, chooserListScript, headScript } from '../../src/scripts/inline';
import { LANGUAGE_KEY, LAST_KEY, THEME_KEY } from '../../src/scripts/keys';

/**
 * The scripts that run before the first paint, run here as the browser runs them: their source
 * text, with the page's storage, browser languages and address given to them.
 */
function memoryStorage(values: Record<string, string> = {}) {
  const data = new Map(Object.entries(values));
  const methods = {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
  // Like localStorage, stored items are also its properties (`localStorage['mitra:theme']`).
  return new Proxy(methods, {
    get: (target, key): unknown =>
      typeof key === 'string' && !(key in target) ? data.get(key) : (Reflect.get(target, key) as unknown),
    set: (_, key, value) => (data.set(String(key), String(value)), true),
  });
}

/** Storage a browser blocks (private mode, policy): any use throws. */
const blockedStorage = new Proxy(
  {},
  {
    get: () => {
      throw new Error('SecurityError');
    },
    set: () => {
      throw new Error('SecurityError');
    },
  },
);

function run(code: string, storage: unknown, languages: readonly string[] = ['id-ID'], search = '') {
  const location = {
    search,
    replaced: undefined as string | undefined,
    replace(url: string) {
      this.replaced = url;
    },
  };
  // The parameters stand in for the page's globals of the same names.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the inline script's own text is the point
  const script = new Function('localStorage', 'navigator', 'location', code) as (...globals: unknown[]) => void;
  script(storage, { languages, language: languages[0] }, location);
  return location;
}

beforeEach(() => {
  for (const name of ['data-js', 'data-last', 'data-plan']) document.documentElement.removeAttribute(name);
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('data-lang-first');
  document.documentElement.removeAttribute('style');
  document.body.innerHTML = `<ul id="choices"><li lang="id"><a data-lang-choice="id" href="/id/">Bahasa Indonesia</a></li><li lang="en"><a data-lang-choice="en" href="/en/">English</a></li></ul>`;
});

describe('the theme, before the first paint', () => {
  it('applies the theme the reader chose on this device', () => {
    for (const theme of ['light', 'dark']) {
      run(headScript(), memoryStorage({ [THEME_KEY]: theme }));
      expect(document.documentElement.dataset.theme).toBe(theme);
    }
  });

  it('leaves the system theme alone when nothing (or nonsense) is stored, or storage is blocked', () => {
    for (const storage of [memoryStorage(), memoryStorage({ [THEME_KEY]: 'purple' }), blockedStorage]) {
      document.documentElement.removeAttribute('data-theme');
      expect(() => run(headScript(), storage)).not.toThrow();
      // The stylesheet knows `light` and `dark` only: anything else keeps the system's colours.
      expect(['light', 'dark']).not.toContain(document.documentElement.dataset.theme);
    }
  });

  it('marks that scripting runs, even when storage is blocked', () => {
    run(headScript(), blockedStorage);
    expect(document.documentElement.hasAttribute('data-js')).toBe(true);
  });
});

describe('the last page read and the plan, before the first paint', () => {
  const html = document.documentElement;

  it('remembers a guide page or a tool as the last one read, and the home page shows it', () => {
    const storage = memoryStorage({ [LAST_KEY]: 'goals' });
    run(headScript({ resume: 'smart-goal' }), storage);
    expect(storage.data.get(LAST_KEY)).toBe('smart-goal');
    expect(html.hasAttribute('data-last')).toBe(false);
    run(headScript({ last: true }), storage);
    expect(html.dataset.last).toBe('smart-goal');
    expect(storage.data.get(LAST_KEY)).toBe('smart-goal');
  });

  it('leaves the last page alone on other pages, and refuses a key that is not one', () => {
    const storage = memoryStorage({ [LAST_KEY]: 'goals' });
    run(headScript(), storage);
    expect(storage.data.get(LAST_KEY)).toBe('goals');
    expect(html.hasAttribute('data-last')).toBe(false);
    expect(() => headScript({ resume: '"];alert(1)//' })).toThrow();
  });

  it('marks a device that holds ticks or any tool’s work, and only such a device', () => {
    run(headScript({ last: true }), memoryStorage({ [THEME_KEY]: 'dark', [LAST_KEY]: 'goals' }));
    expect(html.hasAttribute('data-plan')).toBe(false);
    for (const key of ['mitra:ticks', 'mitra:partner-fit', 'mitra:smart-goal', 'mitra:mou-checklist']) {
      html.removeAttribute('data-plan');
      run(headScript(), memoryStorage({ [key]: '{}' }));
      expect(html.hasAttribute('data-plan'), key).toBe(true);
    }
  });

  it('marks nothing and does not throw when storage is blocked', () => {
    expect(() => run(headScript({ resume: 'goals', last: true }), blockedStorage)).not.toThrow();
    expect(html.hasAttribute('data-last') || html.hasAttribute('data-plan')).toBe(false);
  });
});

describe('the language chooser at /', () => {
  const order = () => [...document.querySelectorAll('#choices > li')].map((li) => li.getAttribute('lang'));
  /** The head script, then the list's script, as the page runs them. */
  function chooser(storage: unknown, languages: readonly string[], search = '', base = '/') {
    const location = run(chooserHeadScript(base), storage, languages, search);
    if (!location.replaced) run(chooserListScript, storage, languages, search);
    return location;
  }

  it("puts the browser's preferred language first, before the list exists (for the first frame) and in it", () => {
    run(chooserHeadScript('/'), memoryStorage(), ['en-US', 'id']);
    expect(document.documentElement.getAttribute('data-lang-first')).toBe('en');
    run(chooserListScript, memoryStorage(), []);
    expect(order()).toEqual(['en', 'id']);
  });

  it('skips languages the site does not have, and reads the old code "in" as Indonesian', () => {
    chooser(memoryStorage(), ['fr-FR', 'in-ID', 'en']);
    expect(order()).toEqual(['id', 'en']);
    chooser(memoryStorage(), ['ja', 'de', 'en-GB']);
    expect(order()).toEqual(['en', 'id']);
  });

  it('keeps the page order when the browser prefers neither language', () => {
    chooser(memoryStorage(), ['fr', 'de']);
    expect(document.documentElement.hasAttribute('data-lang-first')).toBe(false);
    expect(order()).toEqual(['id', 'en']);
  });

  it('sends a reader who chose before straight to that language, hiding the chooser', () => {
    const location = chooser(memoryStorage({ [LANGUAGE_KEY]: 'en' }), ['id'], '', '/mitra/');
    expect(location.replaced).toBe('/mitra/en/');
    expect(document.documentElement.style.visibility).toBe('hidden');
  });

  it('stays on the chooser with ?choose, and with blocked storage', () => {
    expect(chooser(memoryStorage({ [LANGUAGE_KEY]: 'en' }), ['id'], '?choose').replaced).toBeUndefined();
    expect(chooser(blockedStorage, ['en']).replaced).toBeUndefined();
    expect(order()).toEqual(['en', 'id']);
  });

  it('remembers the language the reader picks', () => {
    const storage = memoryStorage();
    chooser(storage, ['id']);
    document
      .querySelector<HTMLAnchorElement>('[data-lang-choice="en"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(storage.data.get(LANGUAGE_KEY)).toBe('en');
  });
});
