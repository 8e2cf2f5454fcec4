/**
 * The search window, loaded on demand by src/scripts/site.ts (a plain `import()`), with its
 * styles (linked from here: imported as CSS, Astro would link them from every page). It is a modal `<dialog>` over Pagefind's JavaScript API (`/pagefind/pagefind.js`),
 * which this module loads when the window first opens; Pagefind then fetches the WebAssembly and
 * the index of the page's language (from `<html lang>`), and one small fragment per result shown.
 * Pagefind runs on the page (`noWorker`): the index is small, and the worker would add 12 KB.
 *
 * What the reader gets: while the box is empty, everyday words to try and the three tools;
 * results as they type, each with the sections (headings, glossary terms) it matched best,
 * linked to them; a page-type filter; arrow keys between the box, the results and the
 * suggestions; Escape, the close button or the backdrop to close, with focus back where it was;
 * on no result, words to try and pages to go to; if Pagefind cannot load, a message and a
 * button that really tries again (from a fresh address: see `attemptUrl`). Pages rank as
 * ./ranking.ts says.
 */
import styles from './search-window.css?url';
import dictionaries, { type SearchKey } from './i18n';
import {
  arrowTarget,
  attemptUrl,
  countKey,
  excerptParts,
  fill,
  filterOptions,
  type Fragment,
  pageExcerpt,
  sectionsOf,
  toolLinks,
  withoutTitle,
} from './model';
import { ranking } from './ranking';

/** What the page hands over when the reader asks for search. */
export interface OpenRequest {
  /**
   * The header's search button; its `data-guide`, `data-tools`, `data-glossary` are page links,
   * `data-tool-links` the tools (see ./links.ts).
   */
  button: HTMLButtonElement;
  /** The element that had focus; it gets focus back when the window closes. */
  from: HTMLElement;
  /** Returns what the reader typed while the window loaded, and stops collecting it. */
  takeTyped: () => string;
}

/** The parts of Pagefind 1.6's API used here (`createInstance`, see pagefind_web_js/types). */
interface PagefindResults {
  results: { data: () => Promise<Fragment> }[];
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResults | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule {
  createInstance(options: {
    basePath: string;
    baseUrl: string;
    noWorker: boolean;
    excerptLength: number;
    ranking: typeof ranking;
  }): Pagefind;
}

/** Results shown at once, and more per press of "show more". */
const PAGE_SIZE = 5;
/** Sections listed under one result. */
const SECTIONS_PER_RESULT = 2;
/** Pause after the last key before searching (the first query runs at once). */
const TYPING_PAUSE_MS = 120;

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const bundlePath = `${base}pagefind/`;
const lang = document.documentElement.lang === 'en' ? 'en' : 'id';
const words = dictionaries[lang];
const t = (key: SearchKey, params?: Record<string, string | number>) =>
  params ? fill(words[key], params) : words[key];

/**
 * This language's WebAssembly (the largest file, about 58 KB), fetched alongside Pagefind's
 * script: pagefind.js asks for it only after its own download and its index entry (which it
 * fetches with a cache-busting `?ts=`, so that one cannot be preloaded). `crossorigin` makes the
 * preload match Pagefind's own `fetch()`, so the file still downloads once.
 */
function preloadWasm(): void {
  const href = `${bundlePath}wasm.${lang}.pagefind`;
  if (document.querySelector(`link[href="${href}"]`)) return;
  document.head.append(Object.assign(el('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));
}

/** Pagefind, loading or loaded; undefined before the first try and after a failed one. */
let engine: Promise<Pagefind> | undefined;
/** How many times loading Pagefind has failed in this page: each retry uses a new address. */
let failures = 0;
/** Whether Pagefind has answered a search (until then, the window says it is loading). */
let answered = false;

/**
 * Starts Pagefind: its script, then (at once, on its own) the WebAssembly and the index's
 * metadata. Called as soon as the window is asked for, so they load while the window sets up
 * and the reader types.
 */
function loadEngine(): Promise<Pagefind> {
  engine ??= import(/* @vite-ignore */ attemptUrl(`${bundlePath}pagefind.js`, failures)).then(
    async (module: PagefindModule) => {
      const pagefind = module.createInstance({
        basePath: bundlePath,
        baseUrl: base,
        noWorker: true,
        excerptLength: 24,
        ranking,
      });
      // Loads the filter index: without it, a search that starts first counts no page types, and
      // the page-type filter stays empty.
      await pagefind.filters();
      return pagefind;
    },
  );
  engine.catch(dropEngine);
  return engine;
}

/** Forgets a Pagefind that failed (its script, WebAssembly or index), so the next try starts afresh. */
function dropEngine(): void {
  if (!engine) return;
  engine = undefined;
  failures += 1;
}

/** A new element with a class and, optionally, text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/**
 * Pagefind's excerpt as text, its matched words in `<mark>`: no markup from the index is parsed.
 * A section's excerpt loses the heading it starts with (`title`), which is shown above it.
 */
function excerpt(className: string, html: string, title = ''): HTMLElement {
  const node = el('span', className);
  for (const part of withoutTitle(excerptParts(html), title))
    node.append(part.mark ? el('mark', '', part.text) : part.text);
  return node;
}

const icon = (path: string) =>
  `<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="${path}" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/></svg>`;

class SearchWindow {
  readonly dialog = el('dialog', 'search-window');
  readonly input = el('input', 'sw-input');
  readonly kind = el('select', 'sw-kind');
  readonly status = el('p', 'sw-status');
  readonly failed = el('div', 'sw-failed');
  readonly list = el('ol', 'sw-results');
  readonly more = el('button', 'sw-more', t('results.more'));
  /** While the box is empty: words to try and the tools. */
  readonly start = el('div', 'sw-start');
  readonly none = el('div', 'sw-none');
  returnFocusTo: HTMLElement | undefined;
  /** Results of the current query not shown yet. */
  pending: PagefindResults['results'] = [];
  /** The query whose results are listed (their sections are chosen by it). */
  query = '';
  /** Increases with each query, so a slow answer to an older one is dropped. */
  run = 0;
  timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly button: HTMLButtonElement) {
    const { dialog, input, kind } = this;
    dialog.setAttribute('aria-label', t('window.label'));
    const panel = el('div', 'sw-panel');

    const bar = el('div', 'sw-bar');
    bar.innerHTML = icon('M15.5 15.5 20.5 20.5M17 10.5a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0');
    Object.assign(input, { type: 'search', id: 'sw-input', placeholder: t('box.placeholder'), autocomplete: 'off' });
    input.setAttribute('aria-label', t('box.label'));
    input.setAttribute('aria-controls', 'sw-results');
    input.setAttribute('autocapitalize', 'off');
    input.setAttribute('enterkeyhint', 'search');
    input.spellcheck = false;
    const close = el('button', 'sw-close');
    close.type = 'button';
    close.setAttribute('aria-label', t('window.close'));
    close.innerHTML = icon('M6 6l12 12M18 6 6 18');
    bar.append(input, close);

    const filter = el('div', 'sw-filter');
    const label = el('label', '', t('kind.label'));
    label.htmlFor = kind.id = 'sw-kind';
    // The page types without counts until the first query: asking Pagefind for them now would
    // load a file before the reader's first results.
    kind.append(new Option(t('kind.all'), ''), ...this.kinds().map((name) => new Option(name, name)));
    filter.append(label, kind);

    this.status.setAttribute('role', 'status');
    this.failed.hidden = true;
    const retry = el('button', 'button secondary', t('failed.retry'));
    retry.type = 'button';
    this.failed.append(el('p'), retry);
    this.list.id = 'sw-results';
    this.list.setAttribute('aria-label', t('results.label'));
    this.more.type = 'button';
    this.more.hidden = true;
    this.none.hidden = true;
    const { guide, tools, glossary, toolLinks: toolList } = button.dataset;
    this.none.append(
      this.words(t('none.tips'), [t('none.suggest1'), t('none.suggest2'), t('none.suggest3')]),
      this.pages(t('none.browse'), [
        [t('none.guide'), guide],
        [t('none.tools'), tools],
        [t('none.glossary'), glossary],
      ]),
    );
    this.start.append(
      this.words(
        t('start.try'),
        t('start.words')
          .split(',')
          .map((word) => word.trim()),
      ),
      this.pages(t('start.tools'), toolLinks(toolList)),
    );

    const hints = el('p', 'sw-hints');
    hints.innerHTML = `<span><kbd>↑</kbd> <kbd>↓</kbd> ${t('hint.move')}</span> <span><kbd>Enter</kbd> ${t('hint.open')}</span> <span><kbd>Esc</kbd> ${t('hint.close')}</span>`;

    panel.append(bar, filter, this.status, this.failed, this.start, this.list, this.more, this.none, hints);
    dialog.append(panel);
    document.body.append(dialog);

    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.search(), TYPING_PAUSE_MS);
    });
    kind.addEventListener('change', () => void this.search());
    close.addEventListener('click', () => dialog.close());
    retry.addEventListener('click', () => {
      this.showFailed(false);
      input.focus();
      void this.search();
    });
    this.more.addEventListener('click', () => {
      const first = this.showMore();
      first?.focus();
    });
    // The backdrop belongs to the dialog element itself; the panel fills the visible box.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('keydown', (event) => this.onKey(event));
    // A chosen result leaves the page or jumps within it: focus is not pulled back.
    this.list.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) {
        this.returnFocusTo = undefined;
        dialog.close();
      }
    });
    dialog.addEventListener('close', () => {
      clearTimeout(this.timer);
      this.button.setAttribute('aria-expanded', 'false');
      const target = this.returnFocusTo;
      this.returnFocusTo = undefined;
      // Without scrolling: a reader who searched from the middle of a page stays there.
      if (target?.isConnected) target.focus({ preventScroll: true });
    });
  }

  /** Words to try, under a line saying so: each button searches for its word. */
  words(label: string, words: readonly string[]): HTMLElement {
    const box = el('div');
    const list = el('ul', 'sw-suggest');
    for (const word of words) {
      const button = el('button', 'sw-chip', word);
      button.type = 'button';
      button.dataset.nav = '';
      button.addEventListener('click', () => {
        this.input.value = word;
        this.input.focus();
        void this.search();
      });
      const item = el('li');
      item.append(button);
      list.append(item);
    }
    box.append(el('p', '', label), list);
    return box;
  }

  /** Pages to go to, under a line saying so: `[name, address]`, in the page's language (./links.ts). */
  pages(label: string, pages: readonly (readonly [string, string | undefined])[]): HTMLElement {
    const box = el('div');
    const list = el('ul', 'sw-browse');
    for (const [name, href] of pages) {
      if (!href) continue;
      const link = el('a', '', name);
      link.href = href;
      link.dataset.nav = '';
      const item = el('li');
      item.append(link);
      list.append(item);
    }
    box.append(el('p', '', label), list);
    return box;
  }

  open({ from, takeTyped }: OpenRequest): void {
    if (this.dialog.open) {
      takeTyped();
      return;
    }
    this.returnFocusTo = from;
    this.dialog.showModal();
    this.button.setAttribute('aria-expanded', 'true');
    const typed = takeTyped();
    this.input.focus();
    if (typed) this.input.value += typed;
    else this.input.select();
    if (this.input.value.trim()) void this.search();
  }

  /** The page types' names in the index, in the filter's order. */
  kinds(): string[] {
    return [t('kind.guide'), t('kind.tool'), t('kind.other')];
  }

  /** The page types, each with its number of results for the current query. */
  fillFilter(types: Record<string, number>): void {
    const chosen = this.kind.value;
    const options = filterOptions(types, this.kinds()).map(([value, n]) => new Option(`${value} (${n})`, value));
    // Keep the reader's choice even when the query has no result of that type.
    if (chosen && !(chosen in types)) options.push(new Option(`${chosen} (0)`, chosen));
    this.kind.replaceChildren(new Option(t('kind.all'), ''), ...options);
    this.kind.value = chosen;
  }

  async search(): Promise<void> {
    clearTimeout(this.timer);
    const run = ++this.run;
    const query = this.input.value.trim();
    if (!query) {
      this.show([], '');
      return;
    }
    // The words and tools offered make way at once, even while Pagefind is still loading.
    this.start.hidden = true;
    let found: PagefindResults | null;
    try {
      if (!answered) this.status.textContent = t('state.loading');
      const pagefind = await loadEngine();
      const type = this.kind.value;
      found = await pagefind.search(query, type ? { filters: { type } } : {});
    } catch (error) {
      dropEngine();
      if (run !== this.run) return;
      this.show([], '');
      this.showFailed(true);
      console.warn(error);
      return;
    }
    // Pagefind answers "nothing found" when an index file could not load; offline, say so.
    if (found?.results.length === 0 && !navigator.onLine) {
      dropEngine();
      if (run === this.run) this.showFailed(true);
      return;
    }
    answered = true;
    // Null: Pagefind dropped this search for a newer one.
    if (run !== this.run || !found) return;
    this.showFailed(false);
    this.fillFilter(found.totalFilters.type ?? {});
    this.show(found.results, query);
  }

  /**
   * Shows (or hides) "search could not be loaded" with its "try again" button: an alert made
   * when needed, so the window holds no live region that might repeat it.
   */
  showFailed(show: boolean): void {
    this.failed.hidden = !show;
    if (show) this.failed.setAttribute('role', 'alert');
    else this.failed.removeAttribute('role');
    this.failed.querySelector('p')!.textContent = show ? t('failed.text') : '';
  }

  /** Shows the first results of a query (or its "no results" panel, or nothing for no query). */
  show(results: PagefindResults['results'], query: string): void {
    this.pending = [...results];
    this.query = query;
    this.start.hidden = !!query;
    this.list.replaceChildren();
    this.status.textContent = query ? t(countKey(results.length), { n: results.length, query }) : '';
    this.status.classList.toggle('is-none', !!query && results.length === 0);
    this.none.hidden = !query || results.length > 0;
    this.showMore();
  }

  /** Adds the next results to the list; each fills in when its fragment arrives. Returns the first new link. */
  showMore(): HTMLAnchorElement | undefined {
    const run = this.run;
    let first: HTMLAnchorElement | undefined;
    for (const result of this.pending.splice(0, PAGE_SIZE)) {
      const item = el('li', 'sw-result');
      const link = el('a', 'sw-title');
      link.dataset.result = '';
      link.dataset.nav = '';
      item.append(link);
      first ??= link;
      this.list.append(item);
      result.data().then(
        (fragment) => {
          if (run === this.run) this.fill(item, link, fragment);
        },
        () => item.remove(),
      );
    }
    this.more.hidden = this.pending.length === 0;
    return first;
  }

  fill(item: HTMLElement, link: HTMLAnchorElement, fragment: Fragment): void {
    link.href = fragment.url;
    link.textContent = fragment.meta.title ?? fragment.url;
    const type = fragment.filters?.type?.[0];
    if (type) item.append(el('span', 'sw-type', type));
    const sections = sectionsOf(fragment, SECTIONS_PER_RESULT, this.query);
    if (sections.length === 0) {
      item.append(excerpt('sw-excerpt', pageExcerpt(fragment)));
      return;
    }
    const list = el('ul', 'sw-sections');
    for (const section of sections) {
      const sectionLink = el('a', 'sw-section');
      sectionLink.href = section.url;
      sectionLink.dataset.result = '';
      sectionLink.dataset.nav = '';
      const title = el('span', 'sw-section-title');
      title.append(el('span', 'visually-hidden', `${t('result.section')}: `), section.title);
      sectionLink.append(title, excerpt('sw-excerpt', section.excerpt, section.title));
      const row = el('li');
      row.append(sectionLink);
      list.append(row);
    }
    item.append(list);
  }

  onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      // A search box would first clear itself: in this window Escape always closes.
      event.preventDefault();
      this.dialog.close();
      return;
    }
    if (event.key === 'Enter' && event.target === this.input) {
      event.preventDefault();
      clearTimeout(this.timer);
      this.list.querySelector<HTMLAnchorElement>('a[data-result][href]')?.click();
      return;
    }
    // The arrow keys go through what is shown: results and their sections, or the words and
    // pages offered in their place.
    const targets = [...this.dialog.querySelectorAll<HTMLElement>('[data-nav]')].filter(
      (node) => !node.closest('[hidden]') && (!(node instanceof HTMLAnchorElement) || node.href),
    );
    const onInput = event.target === this.input;
    if (!onInput && !targets.includes(event.target as HTMLElement)) return;
    const index = onInput ? -1 : targets.indexOf(event.target as HTMLElement);
    const target = arrowTarget(index, event.key, targets.length);
    if (target === undefined) return;
    event.preventDefault();
    (target === -1 ? this.input : targets[target])?.focus();
  }
}

/** The window's stylesheet, added once; a failed one is removed so the next try adds it again. */
let stylesheet: Promise<void> | undefined;

function loadStyles(): Promise<void> {
  stylesheet ??= new Promise<void>((resolve, reject) => {
    const link = Object.assign(el('link'), { rel: 'stylesheet', href: styles });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => {
      link.remove();
      stylesheet = undefined;
      reject(new Error(`Could not load ${styles}`));
    });
    document.head.append(link);
  });
  return stylesheet;
}

let instance: SearchWindow | undefined;

/**
 * Opens the search window (made on first use, once its styles are in); what the reader typed
 * meanwhile goes into the box. Rejects when the styles cannot load (the page says so).
 */
export async function openSearch(request: OpenRequest): Promise<void> {
  const styled = loadStyles();
  if (!engine) preloadWasm();
  void loadEngine();
  await styled;
  instance ??= new SearchWindow(request.button);
  instance.open(request);
}
