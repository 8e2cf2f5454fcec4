// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storageKey } from '../../src/tools/kit/storage';
import { islandStrings } from '../../src/tools/smart-goal/i18n';
import { examples, type SmartState } from '../../src/tools/smart-goal/schema';
import { titleCaseSlips } from '../helpers/title-case';
import { storedState } from '../helpers/stored';
import { renderSmartGoal } from '../helpers/tool-islands';

const key = storageKey('smart-goal');
const stored = () => storedState<SmartState>(localStorage.getItem(key));
const save = (state: SmartState) =>
  localStorage.setItem(key, JSON.stringify({ tool: 'smart-goal', v: 1, at: '2026-11-28T08:00:00.000Z', state }));

const field = (label: string | RegExp) => screen.getByLabelText<HTMLInputElement>(label);
const type = (label: string | RegExp, value: string) => fireEvent.input(field(label), { target: { value } });
/** The status of each letter in the goal's SMART check, in order. */
const statuses = () =>
  [...document.querySelectorAll('.smart-letters > li')].map((li) =>
    li.querySelector('.smart-status')?.textContent?.replace(/[✓✗…]\s*/, ''),
  );

/** The checks load on the reader's first action (or at once for saved work): wait for them. */
const checksLoaded = () => waitFor(() => expect(document.querySelector('.smart-result')).toBeTruthy());

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/id/alat/tujuan-smart/');
});
afterEach(cleanup);

describe('SMART goal builder island', () => {
  it('takes a vague start to all five letters met, letter by letter (Indonesian)', async () => {
    renderSmartGoal('id');
    // The empty form comes without the checks: they load with the reader's first action.
    expect(document.querySelector('.smart-result')).toBeNull();
    type('Nama mitra pertama', 'Rina');
    type('Apa yang ingin dicapai?', 'supaya toko lebih dikenal');
    await checksLoaded();
    // While the reader types, nothing is judged yet: no cross, no list of faults.
    expect(statuses()).toEqual(Array(5).fill('belum diperiksa'));
    expect(screen.queryByText(/belum menjelaskan apa yang dicapai/)).toBeNull();
    // Leaving the section shows its check, with at most the next two things to do.
    fireEvent.focusOut(field('Apa yang ingin dicapai?'), { relatedTarget: field('Ukuran (metrik)') });
    expect(statuses()).toEqual(['Perlu diperbaiki', ...Array<string>(4).fill('belum diperiksa')]);
    expect(screen.getByText(/belum menjelaskan apa yang dicapai/)).toBeTruthy();
    expect(document.querySelectorAll('.smart-reasons li')).toHaveLength(2);

    type('Nama mitra kedua', 'Dimas');
    type('Apa yang ingin dicapai?', 'menjual 150 lembar batik tulis melalui kode promo khusus Dimas');
    type('Untuk produk, saluran penjualan, atau pembeli yang mana?', 'batik tulis, pengikut TikTok Dimas');
    expect(statuses()[0]).toBe('Terpenuhi');

    fireEvent.click(screen.getByLabelText(/Menambah penjualan/));
    fireEvent.click(screen.getByRole('button', { name: /Penjualan melalui kode promo mitra/ }));
    expect(field('Ukuran (metrik)').value).toBe('Penjualan melalui kode promo mitra');
    expect(field('Satuan').value).toBe('pesanan');
    type('Titik awal (angka sekarang)', '0');
    type('Target (angka yang ingin dicapai)', '150');
    type('Sumber data', 'laporan kode promo Shopee');
    expect(statuses()[1]).toBe('Terpenuhi');

    type('Kontribusi Rina', 'stok 200 lembar');
    type('Kontribusi Dimas', 'tiga video per minggu');
    type('Manfaat bagi Rina', 'penjualan naik');
    type('Manfaat bagi Dimas', 'komisi 10%');
    type('Tanggal mulai', '2099-01-04');
    type('Tenggat', '2099-03-01');
    fireEvent.click(screen.getByLabelText('Setiap dua minggu'));

    expect(statuses()).toEqual(Array(5).fill('Terpenuhi'));
    expect(screen.getByText('Kelima huruf SMART terpenuhi.')).toBeTruthy();
    // The answer first: the goal in one sentence as a person says it, and the letters at a glance.
    expect(document.getElementById('smart-g1-sentence')?.textContent).toBe(
      'Penjualan melalui kode promo mitra naik dari 0 menjadi 150 pesanan paling lambat 1 Maret 2099, ' +
        'target yang ditinjau Rina dan Dimas setiap dua minggu.',
    );
    expect(document.querySelectorAll('.smart-glance .is-met')).toHaveLength(5);
    const statement = document.querySelector('.smart-statement-text')?.textContent ?? '';
    expect(statement).toContain(
      'Tujuan bersama Rina dan Dimas: menjual 150 lembar batik tulis melalui kode promo khusus Dimas.',
    );
    expect(statement).toContain('naik dari 0 menjadi 150 pesanan paling lambat 1 Maret 2099.');
    // What each partner brings and gains is in the full statement, not in the one sentence.
    expect(statement).toContain('Kontribusi Rina: stok 200 lembar.');
    expect(statement).toContain('Manfaat bagi Dimas: komisi 10%.');
    const rows = within(document.querySelector('.smart-milestones table')!).getAllByRole('row');
    expect(rows.at(-1)?.textContent).toContain('150 pesanan');
    await waitFor(() => expect(stored()?.partners).toEqual({ a: 'Rina', b: 'Dimas' }));
  });

  it('shows how a number was read, and a clear message when it cannot be read', async () => {
    renderSmartGoal('id');
    type('Titik awal (angka sekarang)', 'Rp1,5 juta');
    await checksLoaded();
    expect(screen.getByText('Dibaca sebagai: Rp1.500.000')).toBeTruthy();
    const echo = () => document.getElementById('smart-g1-target-read')?.textContent;
    type('Target (angka yang ingin dicapai)', 'banyak sekali');
    expect(echo()).toBe(
      'Angka target: “banyak sekali” tidak terbaca sebagai angka. Tulis misalnya 1.500.000, Rp1,5 juta, atau 2,5%.',
    );
    expect(field('Target (angka yang ingin dicapai)').getAttribute('aria-describedby')).toContain(
      'smart-g1-target-read',
    );
    type('Target (angka yang ingin dicapai)', '150 pesanan');
    expect(echo()).toMatch(/tulis angkanya saja/);
    // The reader's text stays exactly as typed.
    expect(field('Target (angka yang ingin dicapai)').value).toBe('150 pesanan');
  });

  it('reads numbers the English way on the English page', async () => {
    renderSmartGoal('en');
    type('Baseline (the number today)', '1,500');
    await checksLoaded();
    expect(screen.getByText('Read as: 1,500')).toBeTruthy();
    type('Target (the number you want to reach)', '1.5m');
    expect(screen.getByText('Read as: 1,500,000')).toBeTruthy();
    type('Baseline (the number today)', 'IDR 1.5 million');
    expect(document.getElementById('smart-g1-baseline-read')?.textContent).toBe('Read as: Rp1,500,000');
  });

  it('loads the checks when the reader first focuses the empty form, and checks it on "Check"', async () => {
    renderSmartGoal('en');
    expect(document.querySelector('.smart-result')).toBeNull();
    fireEvent.focusIn(field('First partner’s name'));
    await checksLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Check goals' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').length).toBeGreaterThan(5);
  });

  it('lists problems in an error summary after a check, linked to the fields, and catches a past deadline', async () => {
    save(examples.batik);
    renderSmartGoal('en');
    type('Start date', '2020-01-06');
    type('Deadline', '2020-03-01');
    fireEvent.click(screen.getByRole('button', { name: 'Check goals' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('There is a problem');
    const link = within(summary).getByText(/The deadline, 1 March 2020, has passed/);
    expect(link.getAttribute('href')).toBe('#smart-g1-deadline');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(field('Deadline').getAttribute('aria-invalid')).toBe('true');
    expect(field('Deadline').getAttribute('aria-describedby')).toContain('smart-g1-deadline-error');
    // Fixing it clears the message as the reader types.
    type('Start date', '2099-01-04');
    type('Deadline', '2099-03-01');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('groups the problems of an early check by SMART letter, focuses the summary, keeps what was typed', async () => {
    renderSmartGoal('id');
    type('Nama mitra pertama', 'Rina');
    type('Apa yang ingin dicapai?', 'supaya toko lebih dikenal');
    await checksLoaded();
    // Before the check: no field is marked invalid or described by an error.
    for (const input of document.querySelectorAll('.smart-tool :is(input, textarea)')) {
      expect(input.getAttribute('aria-invalid'), input.id).toBeNull();
      expect(input.getAttribute('aria-describedby') ?? '', input.id).not.toContain('-error');
    }
    // Pressing "Check" takes focus from the field: that alone judges nothing (no list of faults
    // may push the button away between press and release); the check itself judges every letter.
    const check = screen.getByRole('button', { name: 'Periksa tujuan' });
    fireEvent.focusOut(field('Apa yang ingin dicapai?'), { relatedTarget: check });
    expect(statuses()).toEqual(Array(5).fill(islandStrings('id')['check.pending']));
    fireEvent.click(check);
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(statuses()).toEqual(Array(5).fill('Perlu diperbaiki'));
    expect(within(summary).getByRole('heading', { level: 2 }).textContent).toBe('Ada yang Perlu Diperbaiki');
    // One small title per part of the form, in its order; the letter's badge is not read out.
    const titles = within(summary).getAllByRole('heading', { level: 3 });
    expect(titles.map((h) => h.textContent)).toEqual([
      'Kedua Mitra',
      'SSpesifik',
      'MTerukur',
      'ADapat Dicapai',
      'RRelevan',
      'TTerikat Waktu',
    ]);
    expect(titles[1]!.querySelector('[aria-hidden="true"]')?.textContent).toBe('S');
    // Under each title, links to that letter's fields only; the first is the first problem of the form.
    const hrefs = (title: HTMLElement) =>
      [...title.nextElementSibling!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs(titles[0]!)).toEqual(['#smart-partnerB']);
    expect(hrefs(titles[1]!)).toEqual(['#smart-g1-what', '#smart-g1-scope']);
    expect(hrefs(titles[2]!)).toEqual([
      '#smart-g1-metric',
      '#smart-g1-unit',
      '#smart-g1-baseline',
      '#smart-g1-target',
      '#smart-g1-source',
    ]);
    expect(hrefs(titles[3]!)).toEqual(['#smart-g1-contributionA', '#smart-g1-contributionB']);
    expect(hrefs(titles[4]!)).toEqual(['#smart-g1-benefitA', '#smart-g1-benefitB']);
    expect(hrefs(titles[5]!)).toEqual(['#smart-g1-start', '#smart-g1-deadline']);
    expect(within(summary).getAllByRole('link')[0]!.textContent).toBe('Tulis nama mitra kedua.');
    // A link moves focus to its field, which now says what is wrong, and still holds the reader's text.
    fireEvent.click(within(summary).getByRole('link', { name: /belum menjelaskan apa yang dicapai/ }));
    const what = field('Apa yang ingin dicapai?');
    expect(document.activeElement).toBe(what);
    expect(what.value).toBe('supaya toko lebih dikenal');
    expect(what.getAttribute('aria-invalid')).toBe('true');
    expect(what.getAttribute('aria-describedby')).toBe('smart-g1-what-hint smart-g1-what-error');
    expect(document.getElementById('smart-g1-what-error')?.textContent).toMatch(/belum menjelaskan apa yang dicapai/);
    expect(field('Nama mitra pertama').value).toBe('Rina');
  });

  it('names the goal in each group of the summary when there are several goals', async () => {
    save({ ...examples.batik, goals: [examples.batik.goals[0]!, { ...examples.vague.goals[0]!, id: 'g2' }] });
    renderSmartGoal('en');
    await checksLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Check goals' }));
    const summary = await screen.findByRole('alert');
    const titles = within(summary).getAllByRole('heading', { level: 3 });
    expect(titles.map((h) => h.textContent?.slice(1)).filter((x) => x?.includes('goal 2'))).toEqual([
      'Specific (goal 2)',
      'Measurable (goal 2)',
      'Achievable (goal 2)',
      'Relevant (goal 2)',
      'Time-bound (goal 2)',
    ]);
  });

  it('gives every field a hint and an error of its own', async () => {
    save(examples.batik);
    renderSmartGoal('id');
    await checksLoaded();
    const hints = [...document.querySelectorAll('.smart-form .field .hint')].map((h) => h.textContent);
    expect(hints.length).toBeGreaterThanOrEqual(12);
    expect(new Set(hints).size).toBe(hints.length);
    const hintOf = (label: string) => document.getElementById(`${field(label).id}-hint`)?.textContent ?? '(no hint)';
    expect(hintOf('Titik awal (angka sekarang)')).toContain('Tulis 0 jika belum ada');
    expect(hintOf('Target (angka yang ingin dicapai)')).not.toContain('Tulis 0');
    expect(hintOf('Target (angka yang ingin dicapai)')).toContain('tenggat');
    expect(hintOf('Kontribusi Dimas')).toContain('Dimas');
    expect(hintOf('Tenggat')).toContain('tiga tahun');
    // Everything empty: after a check, each field's own message, no two alike.
    fireEvent.click(screen.getByRole('button', { name: 'Mulai dari awal' }));
    fireEvent.click(screen.getByRole('button', { name: 'Periksa tujuan' }));
    await screen.findByRole('alert');
    const errors = [...document.querySelectorAll('.smart-tool .field-error')];
    expect(errors.length).toBeGreaterThanOrEqual(15);
    for (const error of errors) {
      const id = error.id.replace(/-error$/, '');
      expect(document.getElementById(id)?.getAttribute('aria-describedby'), id).toContain(error.id);
    }
    const texts = errors.map((e) => e.textContent);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('puts the calendar download right under the milestones table, in plain words', async () => {
    save(examples.batik);
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:calendar';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderSmartGoal('id');
    await checksLoaded();
    const table = document.querySelector('.smart-milestones table')!;
    const button = screen.getByRole('button', { name: 'Unduh jadwal tinjauan untuk kalender' });
    expect(table.nextElementSibling?.contains(button)).toBe(true);
    expect(button.closest('.kit-actions')).toBeNull();
    expect(button.textContent).not.toMatch(/ics|ical|\.ics/i);
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toContain(
      'setiap tinjauan dan tenggat tujuan ini',
    );
    fireEvent.click(button);
    await waitFor(() => expect(created).toHaveLength(1));
    expect(await created[0]!.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Jadwal tinjauan diunduh: 4 acara.'));
    vi.restoreAllMocks();
  });

  it('says so when every goal is SMART', async () => {
    save({
      ...examples.batik,
      goals: examples.batik.goals.map((g) => ({
        ...g,
        timeBound: { ...g.timeBound, start: '2099-01-04', deadline: '2099-03-01' },
      })),
    });
    renderSmartGoal('en');
    await checksLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Check goals' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await screen.findByRole('status')).textContent).toBe('Every goal meets all five SMART letters.');
  });

  it('shows the statement in the other language on request', async () => {
    save(examples.batik);
    renderSmartGoal('id');
    await checksLoaded();
    const toggle = screen.getByRole('button', { name: 'Tampilkan juga dalam bahasa Inggris' });
    const other = document.getElementById(toggle.getAttribute('aria-controls') ?? '')!;
    expect(other.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(other.hidden).toBe(false);
    expect(other.getAttribute('lang')).toBe('en');
    expect(other.textContent).toContain(
      'Shared goal of Rina and Dimas: menjual 150 lembar batik tulis melalui kode promo khusus Dimas.',
    );
    expect(other.textContent).toContain('rises from 0 to 150 lembar by 1 March 2027.');
    expect(screen.getByRole('button', { name: 'Sembunyikan versi bahasa Inggris' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('copies the goal sentence with one button, and links to it from the top of the goal', async () => {
    save(examples.batik);
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
    });
    renderSmartGoal('en');
    await checksLoaded();
    const sentence = document.getElementById('smart-g1-sentence')?.textContent ?? '';
    expect(sentence).toBe(
      'Penjualan melalui kode promo rises from 0 to 150 lembar by 1 March 2027, a target Rina and Dimas review every two weeks.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy the sentence' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Goal sentence copied.'));
    expect(copied).toBe(sentence);
    const jump = screen.getByRole('link', { name: 'See the result of goal 1' });
    expect(document.querySelector(jump.getAttribute('href')!)?.textContent).toContain(sentence);
  });

  it('adds and removes goals, with undo', async () => {
    save(examples.batik);
    renderSmartGoal('en');
    fireEvent.click(screen.getByRole('button', { name: 'Add another goal' }));
    expect(screen.getByRole('heading', { name: 'Goal 2' })).toBeTruthy();
    await waitFor(() => expect(stored()?.goals).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Remove goal 1' }));
    await waitFor(() => expect(stored()?.goals.map((g) => g.id)).toEqual(['g2']));
    expect(screen.getByRole('status').textContent).toBe('Goal 1 removed.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stored()?.goals.map((g) => g.id)).toEqual(['g1', 'g2']));
  });

  it('labels every input and groups radios in a fieldset with a legend', () => {
    save(examples.batik);
    const { container } = renderSmartGoal('id');
    for (const input of container.querySelectorAll('input:not([type=file]), textarea')) {
      const id = input.getAttribute('id');
      const labelled = (id ? container.querySelector(`label[for="${id}"]`) : null) ?? input.closest('label');
      expect(labelled, input.outerHTML).toBeTruthy();
    }
    for (const radio of container.querySelectorAll('input[type=radio]')) {
      expect(radio.closest('fieldset')?.querySelector('legend')?.textContent).toBeTruthy();
    }
  });

  it('writes Indonesian headings in EYD title case', () => {
    const t = islandStrings('id');
    const headings = [
      t['partners.legend'],
      t['check.title'],
      t['statement.title'],
      t['milestones.title'],
      t['statement.otherTitle'],
      t['goal.heading'],
    ];
    expect(headings.flatMap(titleCaseSlips)).toEqual([]);
  });
});
