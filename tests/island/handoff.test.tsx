// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import handoffDictionaries from '../../src/plan/handoff-i18n';
import { profileExamples } from '../../src/plan/schema';
import { examples as mouExamples, type MouState } from '../../src/tools/mou-checklist/schema';
import { examples as fitExamples } from '../../src/tools/partner-fit/schema';
import { examples as smartExamples, type SmartState } from '../../src/tools/smart-goal/schema';
import { saveTool } from '../helpers/handoff';
import { storedState } from '../helpers/stored';
import { renderMouChecklist, renderSmartGoal } from '../helpers/tool-islands';

const notice = () => document.querySelector<HTMLElement>('[data-handoff]');
const mou = () => storedState<MouState>(localStorage.getItem('mitra:mou-checklist'));
const smart = () => storedState<SmartState>(localStorage.getItem('mitra:smart-goal'));
const profile = () =>
  JSON.parse(localStorage.getItem('mitra:profile') ?? 'null') as { v: number; state: unknown } | null;
/** Waits until the hand-off has read the device (the notice may still be absent). */
const handoffRead = () => waitFor(() => expect(document.querySelector('[data-handoff-read]')).not.toBeNull());
const input = (label: string) => screen.getByLabelText<HTMLInputElement>(label);

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/id/alat/');
});
afterEach(cleanup);

describe('the hand-off in the MoU checklist', () => {
  it('offers the chosen partner and the own name, and fills both on "Isi"', async () => {
    saveTool('partner-fit', 1, fitExamples.chosen);
    saveTool('smart-goal', 1, smartExamples.batik);
    renderMouChecklist();
    await waitFor(() => expect(notice()).not.toBeNull());
    expect(notice()!.textContent).toContain(
      'Isi nama usaha Anda (Rina) dan nama mitra (Dapur Kopi Nusantara) dari rencana Anda?',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Isi' }));
    await waitFor(() => expect(notice()).toBeNull());
    expect(input('Pihak pertama').value).toBe('Rina');
    expect(input('Pihak kedua').value).toBe('Dapur Kopi Nusantara');
    await waitFor(() => expect(mou()?.parties.second.name).toBe('Dapur Kopi Nusantara'));
    // The own name is kept for the other tools.
    expect(profile()).toMatchObject({ v: 1, state: { business: 'Rina' } });
  });

  it('never overwrites a name the reader typed: it offers only what is empty', async () => {
    saveTool('partner-fit', 1, fitExamples.chosen);
    saveTool('profile', 1, profileExamples.putri);
    saveTool('mou-checklist', 2, {
      ...mouExamples.empty,
      parties: { ...mouExamples.empty.parties, first: { ...mouExamples.empty.parties.first, name: 'Lilin Kita' } },
    });
    renderMouChecklist();
    await waitFor(() => expect(notice()).not.toBeNull());
    expect(notice()!.textContent).toContain('Isi nama mitra dari rencana Anda: Dapur Kopi Nusantara?');
    fireEvent.click(screen.getByRole('button', { name: 'Isi' }));
    await waitFor(() => expect(input('Pihak kedua').value).toBe('Dapur Kopi Nusantara'));
    expect(input('Pihak pertama').value).toBe('Lilin Kita');
  });

  it('keeps the fields empty on "Tidak", and does not offer the same again', async () => {
    saveTool('partner-fit', 1, fitExamples.chosen);
    renderMouChecklist();
    await waitFor(() => expect(notice()).not.toBeNull());
    // The MoU's first party, right below, is where the reader names their business: no second field.
    expect(screen.queryByLabelText('Nama usaha Anda (boleh dikosongkan)')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tidak' }));
    await waitFor(() => expect(notice()).toBeNull());
    expect(input('Pihak pertama').value).toBe('');
    expect(input('Pihak kedua').value).toBe('');
    cleanup();
    renderMouChecklist();
    await handoffRead();
    expect(notice()).toBeNull();
  });

  it('shows no notice when there is nothing to offer', async () => {
    saveTool('partner-fit', 1, fitExamples.filled); // candidates, none chosen
    saveTool('mou-checklist', 2, 'damaged');
    renderMouChecklist();
    await handoffRead();
    expect(notice()).toBeNull();
  });

  it('writes the SMART goals into the KPI clause once they are read', async () => {
    saveTool('smart-goal', 1, smartExamples.batik);
    renderMouChecklist();
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        'Para Pihak menggunakan KPI berikut: Penjualan melalui kode promo dengan target 150 lembar.',
      ),
    );
    expect(document.body.textContent).toContain('evaluasi setiap dua minggu');
  });

  it('keeps the KPI clause as it is without SMART goals', async () => {
    saveTool('partner-fit', 1, fitExamples.chosen); // a plan, but no SMART goal in it
    renderMouChecklist();
    await handoffRead();
    expect(document.body.textContent).toContain('Para Pihak menggunakan KPI berikut: [daftar KPI dan target].');
  });
});

describe('the hand-off in the SMART goal builder', () => {
  it('offers the names from the plan and fills the partners on "Fill in"', async () => {
    saveTool('partner-fit', 1, fitExamples.chosen);
    saveTool('mou-checklist', 2, mouExamples.candleAndIllustrator);
    renderSmartGoal('en');
    await waitFor(() => expect(notice()).not.toBeNull());
    expect(notice()!.textContent).toContain(
      'Fill in your business name (Toko Lilin Putri) and your partner’s name (Dapur Kopi Nusantara) from your plan?',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Fill in' }));
    await waitFor(() => expect(smart()?.partners).toEqual({ a: 'Toko Lilin Putri', b: 'Dapur Kopi Nusantara' }));
    expect(notice()).toBeNull();
  });

  it('asks the own name once, fills it in and keeps it', async () => {
    saveTool('partner-fit', 1, fitExamples.chosen);
    renderSmartGoal('en');
    await waitFor(() => expect(notice()).not.toBeNull());
    fireEvent.input(screen.getByLabelText('Your business name (optional)'), { target: { value: 'Toko Lilin Putri' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fill in' }));
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLInputElement>('First partner’s name').value).toBe('Toko Lilin Putri'),
    );
    expect(screen.getByLabelText<HTMLInputElement>('Second partner’s name').value).toBe('Dapur Kopi Nusantara');
    expect(profile()).toMatchObject({ state: { business: 'Toko Lilin Putri' } });
  });

  it('keeps the partners empty on "No, thanks", and remembers the answer', async () => {
    saveTool('partner-fit', 1, fitExamples.chosen);
    saveTool('profile', 1, { business: 'Toko Lilin Putri', answered: {} });
    renderSmartGoal('en');
    await waitFor(() => expect(notice()).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'No, thanks' }));
    await waitFor(() => expect(notice()).toBeNull());
    expect(screen.getByLabelText<HTMLInputElement>('First partner’s name').value).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('Second partner’s name').value).toBe('');
    expect(profile()).toMatchObject({
      state: { business: 'Toko Lilin Putri', answered: { 'smart-goal': 'Toko Lilin Putri\nDapur Kopi Nusantara' } },
    });
  });

  it('moves a damaged profile aside before keeping the answer', async () => {
    saveTool('partner-fit', 1, fitExamples.chosen);
    localStorage.setItem('mitra:profile', '{not json');
    renderSmartGoal();
    await waitFor(() => expect(notice()).not.toBeNull());
    expect(notice()!.textContent).toContain(handoffDictionaries.id.label);
    fireEvent.click(screen.getByRole('button', { name: 'Tidak' }));
    await waitFor(() => expect(notice()).toBeNull());
    const aside = Object.keys(localStorage).filter((k) => k.startsWith('mitra:profile:damaged:'));
    expect(aside.map((k) => localStorage.getItem(k))).toEqual(['{not json']);
    expect(profile()).toMatchObject({ v: 1 });
  });
});
