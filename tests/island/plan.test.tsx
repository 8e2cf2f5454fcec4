// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { format } from '../../src/i18n/dictionary';
import dictionaries from '../../src/plan/i18n';
import PlanView, { type PlanProps } from '../../src/plan/Plan';
import { examples as tickExamples } from '../../src/plan/schema';
import { examples as mouExamples } from '../../src/tools/mou-checklist/schema';
import { criterionTexts } from '../../src/tools/partner-fit/criteria';
import fitDictionaries from '../../src/tools/partner-fit/i18n';
import { evaluate } from '../../src/tools/partner-fit/model';
import { examples as fitExamples } from '../../src/tools/partner-fit/schema';
import { examples as smartExamples } from '../../src/tools/smart-goal/schema';
import { planProps } from '../helpers/plan-props';

const lang = 'en';
const t = dictionaries[lang];
const fit = fitDictionaries[lang];
const texts = criterionTexts(lang);
const props: PlanProps = planProps(lang);
const at = '2026-11-28T08:00:00.000Z';
const save = (key: string, v: number, state: unknown) =>
  localStorage.setItem(`mitra:${key}`, JSON.stringify({ tool: key, v, at, state }));

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the plan island', () => {
  it('explains an empty plan and links to step 1', async () => {
    render(<PlanView {...props} />);
    expect(await screen.findByRole('heading', { name: t['plan.emptyTitle'] })).toBeTruthy();
    expect(screen.getByRole('link', { name: t['plan.emptyLink'] }).getAttribute('href')).toBe(props.steps[0]!.href);
    expect(screen.getByText(t['partner.absent'])).toBeTruthy();
    expect(screen.getAllByText(format(t['steps.count'], { done: 0, total: 6 })).length).toBeGreaterThan(0);
  });

  it('shows progress, the chosen partner, goals, the MoU and what to do next', async () => {
    save('ticks', 2, tickExamples.some);
    save('partner-fit', 1, { ...fitExamples.filled, chosen: 'c2' });
    save('smart-goal', 1, smartExamples.batik);
    save('mou-checklist', 2, mouExamples.candleAndIllustrator);
    render(<PlanView {...props} />);
    const partner = await screen.findByRole('region', { name: t['partner.title'] });
    // The reader's text stays text.
    expect(partner.textContent).toContain('Roastery <b>Jaya</b> & Co');
    expect(partner.textContent).toContain(fit['band.out']);
    const c2 = evaluate(fitExamples.filled.candidates[1]!, fitExamples.filled.weights);
    expect(c2.dealbreakers.length).toBeGreaterThan(0);
    expect(partner.textContent).toContain(
      format(t['partner.dealbreakers'], { list: c2.dealbreakers.map((c) => texts[c].name).join(', ') }),
    );
    const steps = screen.getByRole('region', { name: t['steps.title'] });
    // Two ticks, and the goal type the SMART builder names (its goal is complete).
    expect(steps.textContent).toContain(format(t['steps.count'], { done: 3, total: props.steps[0]!.actions.length }));
    // Step 2: five ticks, and the choice of a partner is its sixth action.
    expect(steps.textContent).toContain(format(t['steps.complete'], { done: 1, total: 7 }));
    const goals = screen.getByRole('region', { name: t['goals.title'] });
    expect(goals.textContent).toMatch(/Next review: \d+ \w+ 20\d\d|No review ahead\./);
    const mou = screen.getByRole('region', { name: t['mou.title'] });
    expect(mou.textContent).toContain('Toko Lilin');
    expect(mou.textContent).toMatch(/\d+ of \d+ clauses settled/);
    const next = screen.getByRole('region', { name: t['next.title'] });
    // Ticks did the first two actions; the built goal (of type "sales") names the goal type too.
    expect(next.textContent).toContain(`Step 1, ${props.steps[0]!.title}: ${props.steps[0]!.actions[3]}`);
  });

  it('shows damaged work as damaged, and sends the reader to that tool first', async () => {
    save('partner-fit', 1, fitExamples.chosen);
    localStorage.setItem('mitra:mou-checklist', 'not json');
    render(<PlanView {...props} />);
    const mou = await screen.findByRole('region', { name: t['mou.title'] });
    expect(mou.textContent).toContain(t['part.damaged']);
    expect(screen.getByRole('region', { name: t['next.title'] }).textContent).toContain(
      format(t['next.repair'], { tool: 'MoU clause checklist' }),
    );
    // Reading never changes what is saved.
    expect(localStorage.getItem('mitra:mou-checklist')).toBe('not json');
  });

  it('follows a save in another tab', async () => {
    render(<PlanView {...props} />);
    await screen.findByRole('heading', { name: t['plan.emptyTitle'] });
    save('partner-fit', 1, fitExamples.chosen);
    window.dispatchEvent(new StorageEvent('storage', { key: 'mitra:partner-fit' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: t['partner.title'] }).textContent).toContain('Dapur Kopi Nusantara'),
    );
  });
});
