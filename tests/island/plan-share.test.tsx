// @vitest-environment happy-dom
/**
 * The plan page's share and print controls (the section in src/pages/[lang]/[plan].astro, its code
 * in src/plan/PlanShare.tsx and the site's print wiring) and what a recipient of a plan link sees.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { format } from '../../src/i18n/dictionary';
import dictionaries from '../../src/plan/i18n';
import PlanView from '../../src/plan/Plan';
import { openShared, share } from '../../src/plan/PlanShare';
import { examples as tickExamples } from '../../src/plan/schema';
import { planShareSpec } from '../../src/plan/transfer';
import { decodeShare, encodeShare } from '../../src/tools/kit/share';
import { examples as fitExamples } from '../../src/tools/partner-fit/schema';
import { examples as smartExamples } from '../../src/tools/smart-goal/schema';
import { planProps } from '../helpers/plan-props';

const props = planProps('en');
const t = dictionaries.en;
const at = '2026-11-28T08:00:00.000Z';
const envelope = (key: string, v: number, state: unknown) => ({ tool: key, v, at, state });
const save = (key: string, v: number, state: unknown) =>
  localStorage.setItem(`mitra:${key}`, JSON.stringify(envelope(key, v, state)));

/** The plan page as its HTML comes: the island with its props, and the share, print and file section. */
function page(): { section: HTMLElement; root: HTMLElement } {
  document.body.innerHTML = `
    <script type="application/json" data-tool-props>${JSON.stringify(props).replace(/</g, '\\u003c')}</script>
    <div class="tool-island" data-tool-island></div>
    <section data-plan-file>
      <h2>${t['share.title']}</h2>
      <button type="button" class="button" data-file="share">${t['share.button']}</button>
      <button type="button" class="button secondary" data-print>${t['share.print']}</button>
      <div data-share-link></div>
      <p class="plan-status" role="status" tabindex="-1" data-file-status></p>
      <div data-file-chooser></div>
    </section>`;
  const root = document.querySelector<HTMLElement>('[data-tool-island]')!;
  render(h(PlanView, props), root);
  return { section: document.querySelector<HTMLElement>('[data-plan-file]')!, root };
}

const status = () => document.querySelector('[data-file-status]')!.textContent;

beforeEach(() => history.replaceState(null, '', '/en/plan/'));
afterEach(() => {
  render(null, document.querySelector('[data-tool-island]') ?? document.body);
  document.body.innerHTML = '';
  localStorage.clear();
  Reflect.deleteProperty(navigator, 'share');
});

describe('Share', () => {
  it('hands the phone’s share sheet a link that holds the whole plan after the #, with a short summary', async () => {
    save('ticks', 2, tickExamples.some);
    save('partner-fit', 1, fitExamples.chosen);
    save('smart-goal', 1, smartExamples.batik);
    const sheet = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: sheet, configurable: true });
    const { section } = page();
    await share(section);
    expect(sheet).toHaveBeenCalledOnce();
    const { url, text } = sheet.mock.calls[0]![0];
    expect(url).toMatch(/^http:\/\/[^#]+\/en\/plan\/#share=[zj]/);
    // Step 2 is done: five ticks and the chosen partner.
    expect(text).toBe(`${format(t['share.summary'], { done: 1, total: 7 })}\n\n${t['share.text']}`);
    expect(status()).toBe(t['share.shared']);
    expect(screen.queryByLabelText(t['share.label'])).toBeNull();
    // The link holds each part as its tool saves it (without the save time).
    const decoded = await decodeShare(new URL(url!).hash, planShareSpec);
    expect(decoded).toEqual({
      ok: true,
      value: {
        parts: {
          ticks: { tool: 'ticks', v: 2, state: tickExamples.some },
          'partner-fit': { tool: 'partner-fit', v: 1, state: fitExamples.chosen },
          'smart-goal': { tool: 'smart-goal', v: 1, state: smartExamples.batik },
        },
      },
    });
  });

  it('without a share sheet copies the link, shows it and offers WhatsApp', async () => {
    save('partner-fit', 1, fitExamples.chosen);
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    onTestFinished(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else Reflect.deleteProperty(navigator, 'clipboard');
    });
    const { section } = page();
    await share(section);
    const field = screen.getByLabelText<HTMLInputElement>(t['share.label']);
    expect(field.value).toMatch(/#share=[zj]/);
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(status()).toBe(t['share.copied']);
    const whatsapp = new URL(screen.getByRole('link', { name: t['share.whatsapp'] }).getAttribute('href')!);
    expect(whatsapp.origin + whatsapp.pathname).toBe('https://wa.me/');
    expect(whatsapp.searchParams.get('text')).toBe(
      `${format(t['share.summary'], { done: 0, total: 7 })}\n\n${t['share.text']}\n${field.value}`,
    );
  });

  it('says there is nothing to share on an empty device, and opens no share sheet', async () => {
    const sheet = vi.fn<(data: ShareData) => Promise<void>>();
    Object.defineProperty(navigator, 'share', { value: sheet, configurable: true });
    const { section } = page();
    await share(section);
    expect(sheet).not.toHaveBeenCalled();
    expect(status()).toBe(t['share.nothing']);
  });
});

describe('Print', () => {
  it('opens the browser’s print dialog', async () => {
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    onTestFinished(() => {
      Reflect.deleteProperty(window, 'print');
    });
    page();
    vi.resetModules();
    await import('../../src/scripts/print');
    fireEvent.click(screen.getByRole('button', { name: t['share.print'] }));
    expect(print).toHaveBeenCalledOnce();
  });
});

describe('a shared plan link', () => {
  /** A link made on another device that holds a chosen partner and a SMART goal. */
  async function linkFromAnotherDevice() {
    const fragment = await encodeShare(planShareSpec, {
      parts: {
        'partner-fit': { tool: 'partner-fit', v: 1, state: fitExamples.chosen },
        'smart-goal': { tool: 'smart-goal', v: 1, state: smartExamples.batik },
      },
    });
    history.replaceState(null, '', `/en/plan/#${fragment}`);
  }

  it('shows the shared plan under a notice, and changes nothing on this device', async () => {
    save('partner-fit', 1, fitExamples.filled);
    const before = localStorage.getItem('mitra:partner-fit');
    await linkFromAnotherDevice();
    const { root } = page();
    await openShared();
    const notice = await screen.findByRole('region', { name: t['shared.title'] });
    expect(notice.textContent).toContain(t['shared.body']);
    await waitFor(() => expect(document.activeElement).toBe(notice));
    // The shared plan: its partner and its goal, not this device's candidates.
    expect(within(root).getByRole('region', { name: t['partner.title'] }).textContent).toContain(
      'Dapur Kopi Nusantara',
    );
    expect(within(root).getByRole('region', { name: t['goals.title'] }).textContent).toContain(
      'Penjualan melalui kode promo',
    );
    expect(localStorage.getItem('mitra:partner-fit')).toBe(before);
    expect(localStorage.getItem('mitra:smart-goal')).toBeNull();
  });

  it('saves on this device part by part: this device’s work stays unless the reader replaces it', async () => {
    save('partner-fit', 1, fitExamples.filled);
    const before = localStorage.getItem('mitra:partner-fit');
    await linkFromAnotherDevice();
    page();
    await openShared();
    fireEvent.click(await screen.findByRole('button', { name: t['shared.keep'] }));
    const chooser = await screen.findByRole('form', { name: t['shared.chooseTitle'] });
    // This device has candidates: kept by default; it has no goal: taken from the link by default.
    const partner = within(chooser).getByRole('group', { name: props.tools['partner-fit'].name });
    expect(within(partner).getByRole<HTMLInputElement>('radio', { name: t['choose.keep'] }).checked).toBe(true);
    expect(
      within(partner).getByText(
        format(t['shared.inLink'], { what: '2 candidate partners, chosen: Dapur Kopi Nusantara' }),
      ),
    ).toBeTruthy();
    const goals = within(chooser).getByRole('group', { name: props.tools['smart-goal'].name });
    expect(within(goals).getByRole<HTMLInputElement>('radio', { name: t['shared.take'] }).checked).toBe(true);
    fireEvent.click(within(chooser).getByRole('button', { name: t['choose.apply'] }));
    const done = await screen.findByText(format(t['shared.done'], { list: props.tools['smart-goal'].name }));
    expect(done.getAttribute('role')).toBe('status');
    await waitFor(() => expect(document.activeElement).toBe(done));
    expect(localStorage.getItem('mitra:partner-fit')).toBe(before);
    expect(JSON.parse(localStorage.getItem('mitra:smart-goal')!)).toMatchObject({
      tool: 'smart-goal',
      state: smartExamples.batik,
    });
    // The link is left behind: a reload shows this device's plan.
    expect(location.hash).toBe('');
  });

  it('"Back to my plan" leaves the link and shows this device’s plan', async () => {
    save('partner-fit', 1, fitExamples.filled);
    await linkFromAnotherDevice();
    const { root } = page();
    await openShared();
    fireEvent.click(await screen.findByRole('button', { name: t['shared.back'] }));
    expect((await screen.findByText(t['shared.left'])).getAttribute('role')).toBe('status');
    await waitFor(() =>
      expect(within(root).getByRole('region', { name: t['partner.title'] }).textContent).toContain(
        format(t['partner.none'], { n: 3 }),
      ),
    );
    expect(screen.queryByRole('region', { name: t['shared.title'] })).toBeNull();
    expect(location.hash).toBe('');
    expect(localStorage.getItem('mitra:smart-goal')).toBeNull();
  });

  it('says when a link is damaged or cut, and shows this device’s plan unchanged', async () => {
    save('partner-fit', 1, fitExamples.chosen);
    const before = localStorage.getItem('mitra:partner-fit');
    const fragment = await encodeShare(planShareSpec, {
      parts: { 'partner-fit': envelope('partner-fit', 1, fitExamples.chosen) },
    });
    history.replaceState(null, '', `/en/plan/#${fragment.slice(0, -12)}`);
    const { root } = page();
    await openShared();
    expect((await screen.findByRole('alert')).textContent).toBe(t['shared.broken']);
    await waitFor(() =>
      expect(within(root).getByRole('region', { name: t['partner.title'] }).textContent).toContain(
        'Dapur Kopi Nusantara',
      ),
    );
    expect(localStorage.getItem('mitra:partner-fit')).toBe(before);
    expect(location.hash).toBe('');
  });
});
