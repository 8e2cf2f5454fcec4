// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import { encodeShare } from '../../src/tools/kit/share';
import { storageKey } from '../../src/tools/kit/storage';
import { withJsonSchema } from '../../src/tools/kit/spec';
import { DOCX_MIME } from '../../src/tools/mou-checklist/docx';
import dict from '../../src/tools/mou-checklist/i18n';
import { examples, type MouState, stateSchema } from '../../src/tools/mou-checklist/schema';
import { mouChecklist } from '../../src/tools/mou-checklist/tool';
import { loadLibrary } from '../fixtures/content';
import { questionIds } from '../../src/content/mou-questions';
import { hostileNote, version2 } from '../fixtures/mou';
import { storedState } from '../helpers/stored';
import { renderMouChecklist } from '../helpers/tool-islands';

const library = loadLibrary();
const schema = jsonSchemaOf(stateSchema);
const key = storageKey('mou-checklist');
const stored = () => storedState<MouState>(localStorage.getItem(key));
const title = (id: string, lang: Locale = 'id') => library.find((c) => c.id === id)!.text[lang].title;

/** The clause titles listed in one priority group, in order. */
const groupTitles = (priority: string) =>
  [...document.querySelectorAll(`[data-priority="${priority}"] .mou-clause-title`)].map((el) => el.textContent);

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/id/alat/klausul-mou/');
});
afterEach(cleanup);

/** The questions' inputs: radios and checkboxes of the questionnaire. */
const answerInputs = () => [
  ...document.querySelectorAll<HTMLInputElement>(
    '.mou-questions input[type="radio"], .mou-questions input[type="checkbox"]',
  ),
];

/** The entries of the list of unanswered questions, by question id, in order. */
const openEntries = (): Map<string, HTMLElement> =>
  new Map(
    [...document.querySelectorAll<HTMLElement>('.mou-open [data-question]')].map((li) => [
      li.dataset.question ?? '',
      li,
    ]),
  );

describe('the MoU checklist island', () => {
  it('starts with no question answered and lists the clauses every MoU needs, core first, with progress', async () => {
    renderMouChecklist();
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Pihak pertama').disabled).toBe(false));
    expect(answerInputs().length).toBeGreaterThan(20);
    expect(answerInputs().filter((i) => i.checked)).toEqual([]);
    expect(groupTitles('essential')).toEqual(
      ['scope-goals', 'roles', 'duration', 'profit-loss', 'ip', 'confidentiality', 'termination', 'disputes'].map(
        (id) => title(id),
      ),
    );
    expect(groupTitles('conditional')).toEqual([]);
    expect(screen.getByText('0 dari 14 klausul sudah disepakati')).toBeTruthy();
    // On paper, every answer reads "Belum dijawab".
    const printed = [...document.querySelectorAll('.mou-print-answers li')].map((li) => li.textContent);
    expect(printed).toHaveLength(questionIds.length);
    for (const line of printed) expect(line).toMatch(/Belum dijawab$/);
  });

  it('names, above the list, what each unanswered question could add, linked to the question', async () => {
    renderMouChecklist();
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Pihak pertama').disabled).toBe(false));
    const box = document.querySelector<HTMLElement>('.mou-open')!;
    expect(box.textContent).toContain('9 dari 9 pertanyaan belum dijawab.');
    const entries = openEntries();
    expect([...entries.keys()]).toEqual(questionIds);
    expect(entries.get('customerData')!.textContent).toBe(
      `${dict.id['q.customerData']} Dapat menambah: ${title('personal-data')}.`,
    );
    expect(entries.get('exclusivity')!.textContent).toContain(title('exclusivity'));
    expect(entries.get('foreignParty')!.textContent).toContain(`${title('language-law')}, ${title('arbitration')}`);
    expect(entries.get('binding')!.textContent).toContain(dict.id['open.binding']);
    // Each entry links to its question.
    const link = entries.get('money')!.querySelector('a')!;
    const target = document.getElementById(link.getAttribute('href')!.slice(1))!;
    expect(within(target).getByRole('group', { name: dict.id['q.money'] })).toBeTruthy();
    // Answering takes the question off the list; answering all removes the box.
    fireEvent.click(within(screen.getByRole('group', { name: dict.id['q.customerData'] })).getByLabelText('Tidak'));
    await waitFor(() => expect(openEntries().has('customerData')).toBe(false));
    expect(document.querySelector('.mou-open')!.textContent).toContain('8 dari 9');
  });

  it('shows no list of open questions once every question is answered', async () => {
    localStorage.setItem(key, JSON.stringify({ tool: 'mou-checklist', v: 3, state: examples.candleAndIllustrator }));
    renderMouChecklist();
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>('Pihak pertama').value).toBe('Toko Lilin Putri'),
    );
    expect(document.querySelector('.mou-open')).toBeNull();
  });

  it('opens saved work of version 2 with its answers, and asks only the new question', async () => {
    localStorage.setItem(key, version2.stored);
    renderMouChecklist('en');
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('First party').value).toBe('CV Kopi Nusantara'));
    const checked = (q: 'q.money' | 'q.foreignParty' | 'q.term') =>
      within(screen.getByRole('group', { name: dict.en[q] }))
        .getAllByRole('radio')
        .filter((r) => (r as HTMLInputElement).checked)
        .map((r) => (r as HTMLInputElement).value);
    expect(checked('q.money')).toEqual(['yes']);
    expect(checked('q.foreignParty')).toEqual(['yes']);
    expect(checked('q.term')).toEqual(['open']);
    expect(groupTitles('conditional')).toEqual(
      expect.arrayContaining([title('personal-data', 'en'), title('exclusivity', 'en')]),
    );
    expect([...openEntries().keys()]).toEqual(['binding']);
  });

  it('updates the list as answers change, announces it, and keeps ticks and notes', async () => {
    renderMouChecklist();
    const foreign = within(screen.getByRole('group', { name: dict.id['q.foreignParty'] }));
    fireEvent.click(foreign.getByLabelText('Ya'));
    await waitFor(() => expect(groupTitles('conditional')).toContain(title('language-law')));
    expect(document.body.textContent).toContain(`Ditambahkan: ${title('language-law')}, ${title('arbitration')}.`);
    expect(screen.getByText(dict.id['docx.bilingualForced'])).toBeTruthy();

    fireEvent.click(screen.getByLabelText(`Disepakati: ${title('language-law')}`));
    fireEvent.input(screen.getByLabelText(`Catatan Anda: ${title('language-law')}`), {
      target: { value: 'Bahasa Inggris berlaku' },
    });
    await waitFor(() => expect(screen.getByText('1 dari 16 klausul sudah disepakati')).toBeTruthy());

    fireEvent.click(foreign.getByLabelText('Tidak'));
    await waitFor(() => expect(groupTitles('conditional')).not.toContain(title('language-law')));
    expect(document.body.textContent).toContain(
      `Dihapus dari daftar: ${title('language-law')}, ${title('arbitration')}.`,
    );
    expect(screen.getByText('0 dari 14 klausul sudah disepakati')).toBeTruthy();

    fireEvent.click(foreign.getByLabelText('Ya'));
    const tick = await screen.findByLabelText<HTMLInputElement>(`Disepakati: ${title('language-law')}`);
    expect(tick.checked).toBe(true);
    expect(screen.getByLabelText<HTMLTextAreaElement>(`Catatan Anda: ${title('language-law')}`).value).toBe(
      'Bahasa Inggris berlaku',
    );
  });

  it('adds the clauses a kind of collaboration needs', async () => {
    renderMouChecklist('en');
    fireEvent.click(screen.getByLabelText('Reselling or distribution'));
    await waitFor(() =>
      expect(groupTitles('conditional')).toEqual(['ordering-delivery', 'quality-returns'].map((id) => title(id, 'en'))),
    );
  });

  it('asks in a field what an “other” kind is, and uses the words in the sample wording', async () => {
    renderMouChecklist('en');
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('First party').disabled).toBe(false));
    expect(screen.queryByLabelText(dict.en['q.otherKind'])).toBeNull();
    fireEvent.click(screen.getByLabelText('Other'));
    const field = await screen.findByLabelText<HTMLInputElement>(dict.en['q.otherKind']);
    fireEvent.input(field, { target: { value: 'sharing a market stall' } });
    await waitFor(() => expect(stored()?.otherKind).toBe('sharing a market stall'));
    expect(document.querySelector('[data-clause="scope-goals"] .mou-wording')!.textContent).toContain(
      'agree to cooperate in sharing a market stall for',
    );
    expect(document.querySelector('.mou-print-answers')!.textContent).toContain('Other (sharing a market stall)');
  });

  it('says on the English page that the outline holds the Indonesian text beside the English', async () => {
    renderMouChecklist('en');
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('First party').disabled).toBe(false));
    expect(screen.getByText(dict.en['docx.bilingualPage'])).toBeTruthy();
    expect(screen.queryByLabelText(dict.en['docx.english'])).toBeNull();
    expect(screen.getByRole('button', { name: dict.en['docx.download'] }).dataset.bilingual).toBe('yes');
  });

  it('puts the signers’ names and positions under the signatures on paper, one blank where none was typed', async () => {
    localStorage.setItem(key, JSON.stringify({ tool: 'mou-checklist', v: 3, state: examples.candleAndIllustrator }));
    renderMouChecklist();
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>('Pihak pertama').value).toBe('Toko Lilin Putri'),
    );
    const sign = (which: string) =>
      [...document.querySelectorAll(`.mou-sign [data-sign="${which}"] p`)].map((p) => p.textContent);
    expect(sign('first')).toEqual([
      'PIHAK PERTAMA',
      'Toko Lilin Putri',
      'Meterai Rp10.000',
      'Putri Wulandari',
      'Pemilik',
    ]);
    expect(sign('second')).toEqual(['PIHAK KEDUA', 'Bima Ilustrasi', 'Meterai Rp10.000', 'Bima Saputra', '[jabatan]']);
    // A name typed now shows at once.
    const second = document.querySelector<HTMLElement>('[data-party="second"]')!;
    fireEvent.input(within(second).getByLabelText('Jabatan penanda tangan'), { target: { value: 'Ilustrator' } });
    await waitFor(() => expect(sign('second').at(-1)).toBe('Ilustrator'));
    cleanup();
    localStorage.clear();
    renderMouChecklist();
    expect(sign('first').filter((t) => t === '[nama dan jabatan]')).toHaveLength(1);
    expect(sign('second').filter((t) => t === '[nama dan jabatan]')).toHaveLength(1);
    expect(document.querySelector('.mou-sign')!.textContent).not.toContain('Nama dan jabatan');
  });

  it('asks for an electronic stamp on the file, not a paper one, once the MoU is to be signed electronically', async () => {
    renderMouChecklist();
    const question = await screen.findByRole('group', { name: dict.id['q.signingOnline'] });
    const stamps = () => [...document.querySelectorAll('.mou-sign-stamp')].map((p) => p.textContent);
    expect(stamps()).toEqual([dict.id['doc.stamp'], dict.id['doc.stamp']]);
    fireEvent.click(within(question).getByRole('radio', { name: 'Ya' }));
    await waitFor(() => expect(stamps()).toEqual([dict.id['doc.eStamp'], dict.id['doc.eStamp']]));
  });

  it('autosaves, and a new page load restores parties, answers, ticks and notes', async () => {
    renderMouChecklist();
    fireEvent.input(screen.getByLabelText('Pihak pertama'), { target: { value: 'Toko Lilin Putri' } });
    fireEvent.click(screen.getByLabelText(`Disepakati: ${title('roles')}`));
    fireEvent.click(
      within(screen.getByRole('group', { name: dict.id['q.term'] })).getByLabelText(dict.id['term.open']),
    );
    await waitFor(() => expect(stored()?.answers.term).toBe('open'));
    expect(stored()?.parties.first.name).toBe('Toko Lilin Putri');
    cleanup();
    renderMouChecklist();
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>('Pihak pertama').value).toBe('Toko Lilin Putri'),
    );
    expect(screen.getByLabelText<HTMLInputElement>(`Disepakati: ${title('roles')}`).checked).toBe(true);
    expect(groupTitles('conditional')).toContain(title('open-ended-review'));
  });

  it('opens a share link with the whole checklist', async () => {
    location.hash = await encodeShare(withJsonSchema(mouChecklist, schema), examples.foreignReseller);
    renderMouChecklist('en');
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('First party').value).toBe('CV Kopi Nusantara'));
    expect(groupTitles('conditional')).toContain(title('exclusivity', 'en'));
    expect(screen.getByLabelText<HTMLInputElement>(`Settled: ${title('language-law', 'en')}`).checked).toBe(true);
  });

  it('shows the reader’s note as text, never as markup', async () => {
    localStorage.setItem(
      key,
      JSON.stringify({
        tool: 'mou-checklist',
        v: 3,
        state: { ...examples.empty, clauses: [{ id: 'ip', settled: false, note: hostileNote }] },
      }),
    );
    renderMouChecklist();
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLTextAreaElement>(`Catatan Anda: ${title('ip')}`).value).toBe(hostileNote),
    );
    expect(document.querySelector('.mou-clause b')).toBeNull();
    expect(document.querySelector('.mou-print-note')?.textContent).toContain(hostileNote);
  });

  it('offers each clause’s explanation, both wordings and legal basis in a disclosure', () => {
    renderMouChecklist('en');
    const item = document.querySelector('[data-clause="stamp-duty"]')!;
    const details = item.querySelector('details')!;
    expect(details.querySelector('summary')?.textContent).toContain(title('stamp-duty', 'en'));
    const clause = library.find((c) => c.id === 'stamp-duty')!;
    expect(details.textContent).toContain(clause.text.en.why);
    expect(details.textContent).toContain(clause.text.en.wording);
    expect(details.querySelector('[lang="id"]')?.textContent).toBe(clause.text.id.wording);
    expect(details.textContent).toContain('Law No. 10 of 2020 on Stamp Duty');
  });

  it('builds the .docx only when asked, and hands it over as a Word file', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:outline';
    });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    renderMouChecklist();
    fireEvent.input(screen.getByLabelText('Pihak pertama'), { target: { value: 'Toko Lilin' } });
    fireEvent.click(await screen.findByText(dict.id['docx.download']));
    await waitFor(() => expect(created).toHaveLength(1), { timeout: 10_000 });
    expect(created[0]!.type).toBe(DOCX_MIME);
    expect(created[0]!.size).toBeGreaterThan(5_000);
    expect(clicks).toEqual(['kerangka-mou-toko-lilin.docx']);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(dict.id['docx.ready']));
    vi.restoreAllMocks();
  });

  it('keeps a party block per party and shows the sentence the outline opens with', async () => {
    renderMouChecklist();
    const first = document.querySelector<HTMLElement>('[data-party="first"]')!;
    fireEvent.input(within(first).getByLabelText('Pihak pertama'), { target: { value: 'Toko Lilin Putri' } });
    // The details fold away until the reader opens them, in a group named after the party.
    const group = within(first).getByRole('group', { name: 'Pihak pertama', hidden: true });
    fireEvent.input(within(group).getByLabelText('Alamat'), { target: { value: 'Jl. Kaliurang 12, Sleman' } });
    fireEvent.input(within(group).getByLabelText('NIB atau NIK'), { target: { value: '9120001234567' } });
    fireEvent.input(within(group).getByLabelText('Nama penanda tangan'), { target: { value: 'Putri Wulandari' } });
    fireEvent.input(within(group).getByLabelText('Jabatan penanda tangan'), { target: { value: 'Pemilik' } });
    const preview = first.querySelector('.mou-party-preview')!;
    expect(preview.textContent).toContain(
      'Putri Wulandari, Pemilik, dalam hal ini bertindak untuk dan atas nama Toko Lilin Putri, beralamat di Jl. Kaliurang 12, Sleman, NIB 9120001234567, selanjutnya disebut PIHAK PERTAMA;',
    );
    // What is still unknown of the second party shows as blanks.
    const second = document.querySelector('[data-party="second"] .mou-party-preview')!;
    expect([...second.querySelectorAll('.mou-blank')].map((b) => b.textContent)).toContain('[nama penanda tangan]');
    await waitFor(() => expect(stored()?.parties.first.registration).toBe('9120001234567'));
    expect(stored()?.parties.first.signer).toBe('Putri Wulandari');
  });

  it('fills the sample wording with the names and the kind of collaboration; blanks stay marked', async () => {
    localStorage.setItem(key, JSON.stringify({ tool: 'mou-checklist', v: 3, state: examples.candleAndIllustrator }));
    renderMouChecklist('en');
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('First party').value).toBe('Toko Lilin Putri'));
    const wording = document.querySelector('[data-clause="scope-goals"] .mou-wording')!;
    expect(wording.textContent).toContain(
      'The First Party (Toko Lilin Putri) and the Second Party (Bima Ilustrasi) agree to cooperate in joint marketing and joint product development for [products/services].',
    );
    expect([...wording.querySelectorAll('.mou-blank')].map((b) => b.textContent)).toContain('[products/services]');
    // The Indonesian wording beside it is filled in too.
    expect(document.querySelector('[data-clause="scope-goals"] .mou-other [lang="id"]')?.textContent).toContain(
      'sepakat bekerja sama dalam pemasaran bersama dan pengembangan produk bersama untuk [produk/jasa]',
    );
  });

  it('copies a clause’s filled sample wording with one button and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    localStorage.setItem(key, JSON.stringify({ tool: 'mou-checklist', v: 3, state: examples.candleAndIllustrator }));
    renderMouChecklist();
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>('Pihak pertama').value).toBe('Toko Lilin Putri'),
    );
    document.querySelector('[data-clause="duration"] details')!.setAttribute('open', '');
    // (happy-dom lays the visually hidden span out as a block, hence the optional space)
    const button = await screen.findByRole('button', {
      name: new RegExp(`^${dict.id['clause.copy']}\\s?: ${title('duration')}$`),
    });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0]).toEqual([
      expect.stringMatching(/^Kerja sama ini berlaku sejak \[tanggal mulai\] sampai dengan \[tanggal berakhir\]\./),
    ]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(dict.id['clause.copied']));
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });

  it('keeps the progress and a download together in a bar at the end of the list', async () => {
    localStorage.setItem(key, JSON.stringify({ tool: 'mou-checklist', v: 3, state: examples.candleAndIllustrator }));
    renderMouChecklist();
    const bar = document.querySelector<HTMLElement>('.mou-list .mou-bar')!;
    expect(bar.classList.contains('no-print')).toBe(true);
    await waitFor(() => expect(within(bar).getByText(/^2 dari \d+ klausul sudah disepakati$/)).toBeTruthy());
    expect(within(bar).getByRole('progressbar')).toBeTruthy();
    expect(within(bar).getByRole('button', { name: dict.id['bar.download'] })).toBeTruthy();
  });
});
