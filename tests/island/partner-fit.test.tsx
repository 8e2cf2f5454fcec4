// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import kitDictionaries from '../../src/tools/kit/i18n';
import { jsonSchemaOf } from '../../src/tools/kit/schema-json';
import { storageKey } from '../../src/tools/kit/storage';
import { criterionIds, criterionTexts, type CriterionId } from '../../src/tools/partner-fit/criteria';
import dictionaries, { islandStrings } from '../../src/tools/partner-fit/i18n';
import PartnerFit from '../../src/tools/partner-fit/PartnerFit';
import { examples, type PartnerFitState, stateSchema, type Weights } from '../../src/tools/partner-fit/schema';
import { titleCaseSlips } from '../helpers/title-case';
import { storedState } from '../helpers/stored';

const { filled, tied } = examples;
const key = storageKey('partner-fit');
const schema = jsonSchemaOf(stateSchema);
const texts = { en: criterionTexts('en'), id: criterionTexts('id') };
const guide = {
  partner: { href: '/en/guide/right-partner/', title: 'step 2: Find the right partner' },
  goals: { href: '/en/guide/shared-goals/', title: 'step 1: Set shared goals' },
  communication: { href: '/en/guide/open-communication/', title: 'step 3: Communicate openly' },
};

function show(lang: 'en' | 'id' = 'en') {
  return render(
    <PartnerFit
      lang={lang}
      title={dictionaries[lang]['tool.name']}
      t={islandStrings(lang)}
      kit={kitDictionaries[lang]}
      texts={texts[lang]}
      guide={guide}
      schema={schema}
    />,
  );
}

const save = (state: PartnerFitState) =>
  localStorage.setItem(key, JSON.stringify({ tool: 'partner-fit', v: 1, at: '2026-11-28T08:00:00.000Z', state }));
const saved = () => storedState<PartnerFitState>(localStorage.getItem(key));

/** Clicks the rating `n` of one criterion for one candidate, through its radio group. */
function rateOne(criterion: CriterionId, name: string, n: number) {
  const group = screen.getByRole('group', { name: `${texts.en[criterion].name}: rating for ${name}` });
  fireEvent.click(within(group).getByRole('radio', { name: String(n) }));
}

const results = () => screen.getByRole('region', { name: 'Results' });
const ranking = () => within(results()).getByRole('list', { name: 'Ranking' });
/** A candidate's line in the ranking. */
const line = (name: string) =>
  within(ranking())
    .getAllByRole('listitem')
    .find((li) => li.querySelector('.fit-rank-name')?.textContent === name)!;
/** The ranking's lines as [rank, name, (leader mark,) score and category]. */
const rankingRows = () =>
  within(ranking())
    .getAllByRole('listitem')
    .map((row) =>
      ['.fit-rank-no', '.fit-rank-name', '.fit-rank-score'].map((sel) => row.querySelector(sel)?.textContent?.trim()),
    );
/** Opens "Strengths, weak spots and advice" and waits for its code; returns a candidate's card. */
async function openDetails() {
  const details = within(results()).getByText('Strengths, weak spots and advice').closest('details')!;
  details.open = true;
  fireEvent(details, new Event('toggle'));
  await waitFor(() => expect(details.querySelector('.fit-result-list')).toBeTruthy());
  return (name: string) => within(details).getByRole('heading', { name, level: 3 }).closest('li')!;
}

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/en/tools/partner-fit/');
});
afterEach(cleanup);

describe('the partner-fit island', () => {
  it('offers every criterion as a radio group with a legend, for each candidate', () => {
    show();
    for (const id of criterionIds) {
      for (const name of ['Candidate 1', 'Candidate 2']) {
        const group = screen.getByRole('group', { name: `${texts.en[id].name}: rating for ${name}` });
        expect(group.tagName).toBe('FIELDSET');
        expect(within(group).getAllByRole('radio')).toHaveLength(5);
      }
    }
    // The anchors of 1, 3 and 5 describe those radios.
    const first = screen.getByRole('group', { name: `${texts.en.values.name}: rating for Candidate 1` });
    expect(within(first).getByRole('radio', { name: '1' }).getAttribute('aria-describedby')).toBe(
      'fit-anchor-values-1',
    );
  });

  it('scores two candidates, gives a category only when complete, and ranks them', async () => {
    show();
    fireEvent.input(screen.getByLabelText('Name of candidate 1'), { target: { value: 'Dapur Kopi' } });
    fireEvent.input(screen.getByLabelText('Name of candidate 2'), { target: { value: 'Roastery Jaya' } });
    rateOne('values', 'Dapur Kopi', 5);
    expect(rankingRows()).toEqual([
      ['–', 'Dapur Kopi', '100 out of 100 (provisional) · 1 of 7 rated'],
      ['–', 'Roastery Jaya', 'No score yet · 0 of 7 rated'],
    ]);
    expect(screen.getByText('The ranking appears once a candidate has all seven criteria rated.')).toBeTruthy();

    for (const id of criterionIds) {
      rateOne(id, 'Dapur Kopi', 4);
      rateOne(id, 'Roastery Jaya', 3);
    }
    expect(rankingRows()).toEqual([
      ['1', 'Dapur Kopi', '★ Best fit75 out of 100 · Strong fit'],
      ['2', 'Roastery Jaya', '50 out of 100 · Promising'],
    ]);
    expect(screen.queryByText('The ranking appears once a candidate has all seven criteria rated.')).toBeNull();
    await waitFor(() => expect(saved()?.candidates[1]?.ratings.goals).toBe(3));
  });

  it('announces the rated candidate’s result politely', () => {
    show();
    rateOne('reputation', 'Candidate 2', 2);
    const live = document.querySelector('p.visually-hidden[aria-live="polite"]')!;
    expect(live.textContent).toBe(
      'Candidate 2: provisional score 25 out of 100, 1 of 7 criteria rated. There is a deal-breaker.',
    );
  });

  it('shows ties as ties', () => {
    save(tied);
    show();
    // Both are first and both are marked as the best fit: a tie, not a winner by list order.
    expect(rankingRows()).toEqual([
      ['1 (tie)', 'Kreator A', '★ Best fit75 out of 100 · Strong fit'],
      ['1 (tie)', 'Kreator B', '★ Best fit75 out of 100 · Strong fit'],
    ]);
    expect(screen.getByText('Kreator A and Kreator B are tied on 75.')).toBeTruthy();
  });

  it('flags a dealbreaker whatever the score, says which in the ranking, with the guide’s advice below', async () => {
    save(filled);
    show();
    // Its category is "Not recommended" whatever its score (67 would be "promising"), and it comes
    // after the candidate without a dealbreaker, hatched bar and all, saying why.
    expect(rankingRows()[0]).toEqual(['1', 'Dapur Kopi Nusantara', '★ Best fit85 out of 100 · Strong fit']);
    expect(rankingRows()[1]).toEqual(['2', 'Roastery <b>Jaya</b> & Co', '67 out of 100 · ✕ Not recommended']);
    const roastery = line('Roastery <b>Jaya</b> & Co');
    expect(roastery.querySelector('.fit-rank-why')?.textContent).toBe(
      'Deal-breaker: Complementary audience, not a direct competitor (rated 2)',
    );
    expect(roastery.querySelector('svg.fit-bar')?.classList.contains('is-out')).toBe(true);
    expect(line('Dapur Kopi Nusantara').querySelector('svg.fit-bar')?.classList.contains('is-out')).toBe(false);
    expect(within(results()).queryByText('Promising')).toBeNull();

    const card = await openDetails();
    const advice = card('Roastery <b>Jaya</b> & Co');
    expect(within(advice).getByText(texts.en.audience.advice)).toBeTruthy();
    expect(advice.textContent).toContain(`${texts.en.audience.name} (rated 2, deal-breaker)`);
    const links = within(advice).getAllByRole('link', { name: 'Read step 2: Find the right partner' });
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/en/guide/right-partner/', '/en/guide/right-partner/']);
    // The tool's own rule, said as the tool's.
    expect(within(advice).getByText(/^This tool’s rule: an agreement cannot make up for a deal-breaker/)).toBeTruthy();
  });

  it('draws a bar per candidate, as long as its score, hidden from screen readers', () => {
    save(filled);
    show();
    const rows = within(ranking()).getAllByRole('listitem');
    // Two ranked (85, 67) and the half-rated one after them, with its provisional score.
    expect(rows).toHaveLength(3);
    expect(rankingRows()[2]).toEqual(['–', 'Toko Oleh-Oleh Sari', '75 out of 100 (provisional) · 4 of 7 rated']);
    const widths = rows.map((row) => Number(row.querySelector('.fit-bar-fill')?.getAttribute('width')));
    expect(widths.map(Math.round)).toEqual([84, 66, 74]);
    for (const row of rows) expect(row.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(rows[2]!.querySelector('svg')?.classList.contains('is-provisional')).toBe(true);
  });

  it('shows the top three strengths only, behind the disclosure', async () => {
    save(filled);
    show();
    const dapur = (await openDetails())('Dapur Kopi Nusantara');
    const strengths = within(dapur).getByRole('heading', { name: 'Strengths', level: 4 }).nextElementSibling!;
    // Seven criteria at 4 or 5: the three 5s, the best first (guide order among equals).
    expect(Array.from(strengths.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      `${texts.en.values.name} (rated 5)`,
      `${texts.en.complementary.name} (rated 5)`,
      `${texts.en.goals.name} (rated 5)`,
    ]);
  });

  it('shows every rating in a grid with a number, a shape and a colour', () => {
    save(filled);
    show();
    const grid = within(results()).getByRole('group', { name: 'Ratings by criterion' });
    const table = within(grid).getByRole('table');
    const header = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(header).toEqual(['Criterion', 'Dapur Kopi Nusantara', 'Roastery <b>Jaya</b> & Co', 'Toko Oleh-Oleh Sari']);
    const audience = within(table)
      .getByRole('rowheader', { name: new RegExp(texts.en.audience.name) })
      .closest('tr')!;
    const cells = Array.from(audience.querySelectorAll('td'));
    // The reader's note goes on paper with the rating.
    const note = cells[1]!.querySelector('.fit-print-note.print-only');
    expect(note?.textContent).toBe('Menjual biji kopi ke kafe yang sama dengan saya.');
    note?.remove();
    expect(cells.map((td) => td.textContent)).toEqual(['4 ▲, strength', '2 ✕, deal-breaker', '5 ▲, strength']);
    expect(cells.map((td) => td.className)).toEqual([
      'fit-mark mark-strong',
      'fit-mark mark-dealbreaker',
      'fit-mark mark-strong',
    ]);
    // The shape is for the eye; a screen reader hears the number and the word.
    expect(cells[1]!.querySelector('[aria-hidden="true"]')?.textContent).toBe('✕');
    const capacity = within(table)
      .getByRole('rowheader', { name: new RegExp(texts.en.capacity.name) })
      .closest('tr')!;
    expect(Array.from(capacity.querySelectorAll('td')).map((td) => td.textContent)).toEqual([
      '4 ▲, strength',
      '5 ▲, strength',
      '–',
    ]);
  });

  it('keeps the form short: guidance one tap away, the chosen rating’s meaning under the scale', () => {
    show();
    const item = screen.getByRole('heading', { name: texts.en.values.name, level: 3 }).closest('li')!;
    const guide = item.querySelector<HTMLDetailsElement>('details.fit-guide')!;
    expect(guide.open).toBe(false);
    expect(guide.querySelector('summary')?.textContent).toBe('How to rate · Very important');
    // The questions and anchors are in it (still describing the radios), and the weight.
    expect(within(guide as HTMLElement).getByText(texts.en.values.questions[0]!)).toBeTruthy();
    expect(guide.querySelector('#fit-weight-values')).toBeTruthy();
    // A rating is one tap, and its meaning shows under it.
    rateOne('values', 'Candidate 1', 5);
    const cell = screen.getByRole('group', { name: `${texts.en.values.name}: rating for Candidate 1` });
    expect(cell.querySelector('.fit-meaning')?.textContent).toBe(texts.en.values.anchors[5]);
    rateOne('values', 'Candidate 1', 2);
    expect(cell.querySelector('.fit-meaning')?.textContent).toBe('Between what 1 and 3 mean.');
    // Remove is a quiet text button, not a filled one.
    const remove = screen.getByRole('button', { name: 'Remove Candidate 1' });
    expect(remove.classList.contains('button')).toBe(false);
  });

  it('shows reader text as text, never as markup', () => {
    save(filled);
    const { container } = show();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getAllByText('Roastery <b>Jaya</b> & Co').length).toBeGreaterThan(0);
  });

  it('lets the reader weigh a criterion, which changes every score', () => {
    save(filled);
    show();
    expect(line('Dapur Kopi Nusantara').textContent).toContain('85 out of 100');
    fireEvent.change(screen.getByLabelText('Importance (for every candidate)', { selector: '#fit-weight-goals' }), {
      target: { value: '0' },
    });
    // Σw·(r−1) / 4Σw: 61/72 → 85; without goals (weight 2, rated 5): 53/64 → 83.
    expect(line('Dapur Kopi Nusantara').textContent).toContain('83 out of 100');
  });

  it('says why there is no score when every criterion is set to “not counted”', () => {
    save({ ...filled, weights: Object.fromEntries(criterionIds.map((id) => [id, 0])) as Weights });
    show();
    expect(rankingRows()).toEqual([
      ['–', 'Dapur Kopi Nusantara', 'Every criterion is set to “not counted”, so there is no score. · 7 of 7 rated'],
      [
        '–',
        'Roastery <b>Jaya</b> & Co',
        'Every criterion is set to “not counted”, so there is no score. · ✕ Not recommended',
      ],
      ['–', 'Toko Oleh-Oleh Sari', 'No score yet · 4 of 7 rated'],
    ]);
  });

  it('adds, renames and removes candidates, with undo', async () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: 'Add a candidate' }));
    const third = screen.getByLabelText('Name of candidate 3');
    await waitFor(() => expect(document.activeElement).toBe(third));
    fireEvent.input(third, { target: { value: 'Toko Sari' } });
    rateOne('goals', 'Toko Sari', 5);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Toko Sari' }));
    expect(screen.queryByLabelText('Name of candidate 3')).toBeNull();
    expect(screen.getByText('Toko Sari removed.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByLabelText<HTMLInputElement>('Name of candidate 3').value).toBe('Toko Sari');
    expect(line('Toko Sari').textContent).toContain('100 out of 100 (provisional)');
  });

  it('undoing the removal of the chosen candidate brings its "chosen" mark back', () => {
    save({ ...filled, chosen: filled.candidates[0]!.id });
    show();
    const name = filled.candidates[0]!.name;
    expect(within(line(name)).getByText('✓ Your chosen partner: shown in your partnership plan.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Remove ${name}` }));
    expect(saved()?.chosen).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(line(name)).getByText('✓ Your chosen partner: shown in your partnership plan.')).toBeTruthy();
    expect(
      within(line(name))
        .getByRole('button', { name: `Choose this partner (${name})` })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    expect(saved()?.chosen).toBe(filled.candidates[0]!.id);
  });

  it('holds at most eight candidates and says so', () => {
    show();
    for (let i = 0; i < 6; i++) fireEvent.click(screen.getByRole('button', { name: 'Add a candidate' }));
    expect(screen.queryByRole('button', { name: 'Add a candidate' })).toBeNull();
    expect(
      screen.getByText('You are comparing 8 candidates, the most this tool holds. Remove one to add another.'),
    ).toBeTruthy();
  });

  it('clears a rating and keeps notes', async () => {
    show();
    rateOne('capacity', 'Candidate 1', 4);
    fireEvent.click(screen.getByRole('button', { name: 'Clear the Capacity and capability rating for Candidate 1' }));
    expect(line('Candidate 1').textContent).toContain('No score yet');
    // The note opens from its toggle beside the scale.
    const cell = screen.getByRole('group', { name: `${texts.en.capacity.name}: rating for Candidate 1` });
    const toggle = within(cell).getByRole('button', { name: 'Notes' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const note = document.getElementById('fit-c1-capacity-note') as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'Stok 200 kg per minggu' } });
    await waitFor(() => expect(saved()?.candidates[0]?.notes.capacity).toBe('Stok 200 kg per minggu'));
  });

  it('switches the candidate shown on a narrow screen with one row of buttons, ✕ on one that is out', () => {
    save(filled);
    show();
    const switchers = screen.getAllByRole('group', { name: 'Candidate you are rating' });
    expect(switchers).toHaveLength(1);
    const buttons = within(switchers[0]!).getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false']);
    // Every name in full; the out candidate marked with ✕, and named "not recommended" for screen readers.
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Dapur Kopi Nusantara85/100',
      '✕ Roastery <b>Jaya</b> & Co67/100, Not recommended',
      'Toko Oleh-Oleh Sari75/100',
    ]);
    expect(buttons[1]!.querySelector('.fit-x')?.getAttribute('aria-hidden')).toBe('true');
    expect(buttons[1]!.querySelector('.visually-hidden')?.textContent).toBe(', Not recommended');
    expect(buttons.filter((b) => b.textContent?.includes('✕'))).toHaveLength(1);
    fireEvent.click(buttons[2]!);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true']);
    const cells = document.querySelectorAll('.fit-crit:first-child .fit-cell');
    expect(Array.from(cells).map((c) => c.classList.contains('is-current'))).toEqual([false, false, true]);
  });

  it('keeps damaged saved work aside and says so', () => {
    localStorage.setItem(key, '{"tool":"partner-fit","v":1,"state":{"candidates":"oops"}}');
    show();
    expect(screen.getByRole('alert').textContent).toContain('could not be read');
    const keys = Object.keys(localStorage);
    expect(keys.some((k) => k.startsWith(`${key}:damaged:`))).toBe(true);
  });

  it('leads with the answer at the top once something is rated, the results one tap away', () => {
    show();
    expect(screen.queryByRole('link', { name: 'See the results' })).toBeNull();
    cleanup();
    save(filled);
    show();
    const jump = screen.getByRole('link', { name: 'See the results' });
    expect(jump.parentElement?.textContent).toBe('★ Best fit: Dapur Kopi Nusantara (85 out of 100). See the results');
    const target = document.getElementById(jump.getAttribute('href')!.slice(1));
    expect(target?.textContent).toBe('Results');
    // It comes before the form, so a reader opening saved work does not scroll past it first.
    const form = screen.getByRole('heading', { name: 'Candidates' });
    expect(jump.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the result once: one panel, ranking first, the details and the explanation behind disclosures', async () => {
    save(filled);
    show();
    expect(screen.getAllByRole('region', { name: /Results|Ranking|Ratings by criterion/ })).toHaveLength(1);
    const panel = results();
    // In the panel's order: the ranking, the grid, then the two disclosures, both closed.
    const parts = [
      within(panel).getByRole('list', { name: 'Ranking' }),
      within(panel).getByRole('table'),
      ...Array.from(panel.querySelectorAll('details')),
    ];
    for (let i = 1; i < parts.length; i++)
      expect(parts[i - 1]!.compareDocumentPosition(parts[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const [details, how] = Array.from(panel.querySelectorAll('details'));
    expect([details?.open, how?.open]).toEqual([false, false]);
    expect(how?.querySelector('summary')?.textContent).toBe('How the score is made');
    expect(how?.querySelectorAll('#fit-how-score p')).toHaveLength(6);
    // Each candidate's name appears once in the ranking; the per-candidate cards load only when opened.
    expect(within(ranking()).getAllByText('Dapur Kopi Nusantara')).toHaveLength(1);
    expect(panel.querySelector('.fit-result-list')).toBeNull();
    const card = await openDetails();
    expect(card('Dapur Kopi Nusantara')).toBeTruthy();
    expect(panel.querySelectorAll('.fit-result')).toHaveLength(3);
  });

  it('asks before choosing a candidate with a deal-breaker, says which, and Cancel changes nothing', async () => {
    save(filled);
    show();
    const before = localStorage.getItem(key);
    const pick = within(line('Roastery <b>Jaya</b> & Co')).getByRole('button', {
      name: 'Choose this partner (Roastery <b>Jaya</b> & Co)',
    });
    pick.focus();
    fireEvent.click(pick);
    const dialog = await screen.findByRole('dialog', { name: 'Choose Roastery <b>Jaya</b> & Co anyway?' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.textContent).toContain(
      'Roastery <b>Jaya</b> & Co has a deal-breaker, so this tool rates it “Not recommended”:',
    );
    expect(within(dialog).getByRole('listitem').textContent).toBe(
      'Complementary audience, not a direct competitor (rated 2)',
    );
    // Its description (read with its name) is the reason and the tool's rule.
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toContain(
      'This tool’s rule: an agreement cannot make up for a deal-breaker',
    );
    // Cancel is where focus starts (the choice that changes nothing).
    expect(within(dialog).getByRole('button', { name: 'Cancel' }).hasAttribute('autofocus')).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(pick.getAttribute('aria-pressed')).toBe('false');
    expect(document.activeElement).toBe(pick);
    expect(localStorage.getItem(key)).toBe(before);
    expect(saved()?.chosen).toBeUndefined();
  });

  it('chooses a candidate with a deal-breaker once confirmed, and one without at once', async () => {
    save(filled);
    show();
    const roastery = 'Roastery <b>Jaya</b> & Co';
    fireEvent.click(within(line(roastery)).getByRole('button', { name: `Choose this partner (${roastery})` }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Choose anyway' }));
    await waitFor(() => expect(saved()?.chosen).toBe('c2'));
    expect(screen.queryByRole('dialog')).toBeNull();
    const pick = within(line(roastery)).getByRole('button', { name: `Choose this partner (${roastery})` });
    expect(pick.getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(pick);
    // Pressing it again clears the choice without asking.
    fireEvent.click(pick);
    await waitFor(() => expect(saved()?.chosen).toBeUndefined());
    // A candidate without a deal-breaker is chosen at once.
    fireEvent.click(
      within(line('Dapur Kopi Nusantara')).getByRole('button', { name: 'Choose this partner (Dapur Kopi Nusantara)' }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(saved()?.chosen).toBe('c1'));
  });

  it('speaks Indonesian', () => {
    save(filled);
    show('id');
    expect(screen.getByRole('heading', { name: 'Calon Mitra' })).toBeTruthy();
    const hasil = screen.getByRole('region', { name: 'Hasil' });
    expect(within(hasil).getAllByText('Sangat cocok').length).toBeGreaterThan(0);
    expect(hasil.textContent).toContain('75 dari 100 (sementara) · 4 dari 7 dinilai');
    expect(hasil.textContent).toContain('Penyebab gugur: Audiens yang Melengkapi, Bukan Pesaing Langsung (dinilai 2)');
    expect(within(hasil).getAllByRole('button', { name: /^Pilih mitra ini/ })).toHaveLength(3);
  });
});

describe('the partner-fit words', () => {
  it('write Indonesian headings in EYD title case', () => {
    const headings = [
      'tool.name',
      'page.howTitle',
      'cand.title',
      'crit.title',
      'res.title',
      'rank.title',
      'print.table',
    ] as const;
    expect(headings.flatMap((k) => titleCaseSlips(dictionaries.id[k]))).toEqual([]);
  });
});
