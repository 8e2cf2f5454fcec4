// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checkbox, CheckboxGroup } from '../../src/tools/kit/checkbox';
import { Disclosure } from '../../src/tools/kit/disclosure';
import { ErrorSummary } from '../../src/tools/kit/error-summary';
import { RadioGroup, TextField } from '../../src/tools/kit/form';

afterEach(cleanup);

/** A field checked only when the reader asks, as the tools do (GOV.UK's pattern). */
function CheckedField({ rows }: { rows?: number }) {
  const [value, setValue] = useState('');
  const [checked, setChecked] = useState(false);
  const error = checked && value.trim().length < 3 ? 'Enter the shop’s name, at least 3 letters' : undefined;
  return (
    <>
      <TextField
        id="shop"
        label="Shop name"
        hint="As on your sign"
        value={value}
        rows={rows}
        onInput={setValue}
        error={error}
      />
      <button type="button" onClick={() => setChecked(true)}>
        Check
      </button>
    </>
  );
}

const describedBy = (el: HTMLElement) => (el.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);

describe('TextField', () => {
  it('labels the control and describes it by its hint', () => {
    render(<CheckedField />);
    const input = screen.getByLabelText<HTMLInputElement>('Shop name');
    expect(input.tagName).toBe('INPUT');
    expect(describedBy(input)).toEqual(['shop-hint']);
    expect(document.getElementById('shop-hint')?.textContent).toBe('As on your sign');
  });

  it('marks a problem only after validation, keeps what the reader typed, and says what is wrong', () => {
    render(<CheckedField />);
    const input = screen.getByLabelText<HTMLInputElement>('Shop name');
    fireEvent.input(input, { target: { value: 'Ko' } });
    // Typing is not scolded: no invalid state, no message, before the reader asks for a check.
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(screen.queryByText(/at least 3 letters/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(input)).toEqual(['shop-hint', 'shop-error']);
    expect(document.getElementById('shop-error')?.textContent).toBe('Enter the shop’s name, at least 3 letters');
    expect(input.value).toBe('Ko');
    expect(input.closest('.field')?.classList.contains('has-error')).toBe(true);

    fireEvent.input(input, { target: { value: 'Kopi Bayu' } });
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(describedBy(input)).toEqual(['shop-hint']);
    expect(document.getElementById('shop-error')).toBeNull();
  });

  it('is a textarea when given rows, with the same label, hint and error', () => {
    render(<CheckedField rows={3} />);
    const area = screen.getByLabelText<HTMLTextAreaElement>('Shop name');
    expect(area.tagName).toBe('TEXTAREA');
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(area)).toEqual(['shop-hint', 'shop-error']);
  });

  it('reads what follows the control with it when asked (e.g. how a number was read)', () => {
    render(
      <TextField
        id="target"
        label="Target"
        value="1,5 juta"
        after={<p id="target-read">Read as: Rp1,500,000</p>}
        afterId="target-read"
      />,
    );
    const input = screen.getByLabelText('Target');
    expect(describedBy(input)).toEqual(['target-read']);
    expect(screen.getByText('Read as: Rp1,500,000')).toBeTruthy();
  });
});

describe('RadioGroup', () => {
  const choices = [
    { value: 'weekly', label: 'Every week' },
    { value: 'monthly', label: 'Every month', hint: 'Most partners meet monthly' },
  ] as const;

  it('is a group named by its legend and described by its hint; each option is labelled', () => {
    render(
      <RadioGroup
        name="cadence"
        legend="How often?"
        hint="Pick one"
        choices={choices}
        value="monthly"
        onChange={vi.fn()}
      />,
    );
    const group = screen.getByRole('group', { name: 'How often?' });
    expect(group.tagName).toBe('FIELDSET');
    expect(describedBy(group)).toEqual(['cadence-hint']);
    const monthly = within(group).getByRole<HTMLInputElement>('radio', { name: /Every month/ });
    expect(monthly.checked).toBe(true);
    expect(within(group).getByRole<HTMLInputElement>('radio', { name: 'Every week' }).checked).toBe(false);
    // The option's second line belongs to its name.
    expect(monthly.closest('label')?.textContent).toContain('Most partners meet monthly');
  });

  it('makes the whole row the target: the label holds the input', () => {
    const onChange = vi.fn();
    render(<RadioGroup name="cadence" legend="How often?" choices={choices} value={undefined} onChange={onChange} />);
    const row = screen.getByRole('radio', { name: 'Every week' }).closest('label')!;
    expect(row.classList.contains('choice-row')).toBe(true);
    fireEvent.click(row);
    expect(onChange.mock.lastCall?.[0]).toBe('weekly');
  });

  it('draws a scale as tiles and passes numbers through', () => {
    const onChange = vi.fn();
    render(
      <RadioGroup
        name="rating"
        legend="Values"
        layout="scale"
        choices={[1, 2, 3].map((n) => ({ value: n, label: n, describedBy: n === 1 ? 'anchor-1' : undefined }))}
        value={2}
        onChange={onChange}
      />,
    );
    const one = screen.getByRole<HTMLInputElement>('radio', { name: '1' });
    expect(one.closest('label')?.className).toBe('choice-tile');
    expect(one.getAttribute('aria-describedby')).toBe('anchor-1');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: '2' }).checked).toBe(true);
    fireEvent.click(one);
    expect(onChange.mock.lastCall?.[0]).toBe(1);
  });
});

describe('checkboxes', () => {
  it('ticks the given values and reports each change', () => {
    const onChange = vi.fn();
    render(
      <CheckboxGroup
        name="kinds"
        legend="What kind of collaboration?"
        layout="grid"
        choices={[
          { value: 'reselling', label: 'Reselling' },
          { value: 'content', label: 'Content' },
        ]}
        values={['content']}
        onChange={onChange}
      />,
    );
    const group = screen.getByRole('group', { name: 'What kind of collaboration?' });
    expect(within(group).getByRole<HTMLInputElement>('checkbox', { name: 'Content' }).checked).toBe(true);
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Reselling' }));
    expect(onChange).toHaveBeenCalledWith('reselling', true);
  });

  it('a single checkbox is a whole row with its label', () => {
    const onChange = vi.fn();
    render(<Checkbox label="Settled" checked={false} onChange={onChange} class="mou-tick" />);
    const box = screen.getByRole('checkbox', { name: 'Settled' });
    expect(box.closest('label')?.className).toBe('choice-row mou-tick');
    fireEvent.click(screen.getByText('Settled'));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});

describe('Disclosure', () => {
  it('is a details element with its summary first, closed until opened', () => {
    render(
      <Disclosure summary="Sample wording in English" class="mou-other">
        <p>The Parties agree…</p>
      </Disclosure>,
    );
    const summary = screen.getByText('Sample wording in English');
    const details = summary.closest('details')!;
    expect(summary.tagName).toBe('SUMMARY');
    expect(details.firstElementChild).toBe(summary);
    expect(details.className).toBe('disclosure mou-other');
    expect(details.open).toBe(false);
    // A summary is reachable by keyboard by itself (no tabindex needed).
    expect(summary.hasAttribute('tabindex')).toBe(false);
  });

  it('can be kept open or closed by the island, which hears every toggle', () => {
    const onToggle = vi.fn();
    const { rerender } = render(
      <Disclosure summary="Notes" open onToggle={onToggle}>
        <p>Pays on time</p>
      </Disclosure>,
    );
    const details = screen.getByText('Notes').closest('details')!;
    expect(details.open).toBe(true);
    details.open = false;
    fireEvent(details, new Event('toggle'));
    expect(onToggle).toHaveBeenLastCalledWith(false);
    rerender(
      <Disclosure summary="Notes" open={false} onToggle={onToggle}>
        <p>Pays on time</p>
      </Disclosure>,
    );
    expect(details.open).toBe(false);
  });
});

describe('ErrorSummary', () => {
  const errors = [
    { field: 'name', message: 'Enter a name', group: 'who' },
    { field: 'date', message: 'Enter a date', group: 'when' },
    { field: 'time', message: 'Enter a time', group: 'when' },
  ];

  it('lists the problems under one title per group, in their order, and takes focus when asked', () => {
    const { rerender } = render(
      <ErrorSummary title="There is a problem" errors={errors} groupTitle={(g) => `Part ${g}`} />,
    );
    const summary = screen.getByRole('alert');
    // Shown, but not focused, until the reader asks for a check.
    expect(document.activeElement).not.toBe(summary);
    expect(
      within(summary)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Part who', 'Part when']);
    expect(
      within(summary)
        .getAllByRole('list')
        .map((l) => within(l).getAllByRole('link').length),
    ).toEqual([1, 2]);
    rerender(<ErrorSummary title="There is a problem" errors={errors} groupTitle={(g) => `Part ${g}`} focusKey={1} />);
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });

  it('is one plain list without groupTitle, and nothing without errors', () => {
    const { rerender } = render(<ErrorSummary title="There is a problem" errors={errors} />);
    expect(within(screen.getByRole('alert')).queryAllByRole('heading', { level: 3 })).toEqual([]);
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#name', '#date', '#time']);
    rerender(<ErrorSummary title="There is a problem" errors={[]} focusKey={2} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
