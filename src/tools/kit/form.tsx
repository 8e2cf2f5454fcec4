/**
 * The form pieces every tool writes the same way, so an accessibility fix lands once: a text
 * field with hint and error (GOV.UK's pattern) and a group of radios (fieldset and legend,
 * every option a row of at least 44 px). Checkboxes are in checkbox.tsx, the disclosure in
 * disclosure.tsx: a piece lives in its own module when not every tool uses it, so a tool page
 * only downloads the pieces it renders (this module is part of the shared `tool-runtime`).
 *
 * They only render. The island keeps every value in its state and hands it back, so what the
 * reader typed stays on screen, also when a check finds a problem with it. Styles: kit.css.
 */
import type { ComponentChildren } from 'preact';

/** Joins the given ids or classes, skipping empty ones; `undefined` when none is left. */
export const join = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' ') || undefined;

export interface TextFieldProps {
  /** The control's id; its hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  label: ComponentChildren;
  value: string;
  onInput?: (value: string) => void;
  hint?: ComponentChildren;
  /**
   * What is wrong, in the reader's words. Pass it only once the reader has asked for a check,
   * never while they type: only then is the control marked `aria-invalid` and described by
   * the message, as GOV.UK does.
   */
  error?: string | undefined;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number | undefined;
  type?: 'text' | 'date' | 'url';
  maxLength?: number | undefined;
  /** Earliest and latest dates of a date field (`YYYY-MM-DD`). */
  min?: string | undefined;
  max?: string | undefined;
  autocomplete?: string | undefined;
  disabled?: boolean | undefined;
  readOnly?: boolean | undefined;
  /** Selects the whole text on focus (a link or summary to copy by hand). */
  selectOnFocus?: boolean | undefined;
  /** Shown under the control and read with it (how a number was read, how to use a link). */
  after?: ComponentChildren;
  /** The id of `after`'s element that describes the control. */
  afterId?: string | undefined;
  class?: string | undefined;
}

/**
 * A labelled one-line input or textarea, with an optional hint and an error.
 * @example <TextField id="smart-partnerA" label="First partner" value={a} onInput={setA} error={checked ? err : undefined} />
 */
export function TextField(props: TextFieldProps) {
  // What is left after these goes to the control as it is: value, type, maxLength, min, max,
  // autocomplete, disabled, readOnly.
  const { label, hint, error, rows, after, afterId, onInput, selectOnFocus, class: extra, ...control } = props;
  const { id } = control;
  const attributes = {
    ...control,
    'aria-describedby': join(hint !== undefined && `${id}-hint`, error && `${id}-error`, afterId),
    'aria-invalid': error ? ('true' as const) : undefined,
    // The same handlers serve the input and the textarea, which read and select alike.
    onInput: (event: Event) => onInput?.((event.currentTarget as HTMLInputElement).value),
    onFocus: selectOnFocus ? (event: FocusEvent) => (event.currentTarget as HTMLInputElement).select() : undefined,
  };
  const input = rows ? <textarea rows={rows} {...attributes} /> : <input type="text" {...attributes} />;
  return (
    <div class={join('field', error && 'has-error', extra)}>
      <label for={id}>{label}</label>
      {hint !== undefined && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {input}
      {after}
    </div>
  );
}

/** One option of a choice group. */
export interface Choice<V extends string | number> {
  value: V;
  label: ComponentChildren;
  /** A second, lighter line under the label (part of the option's name). */
  hint?: ComponentChildren;
  /** The id of text that explains this option (e.g. what a rating of 1 means). */
  describedBy?: string | undefined;
}

/**
 * How the options sit: `stack` one per row, `inline` side by side (yes/no), `grid` two columns
 * from 40rem, `scale` equal tiles in one row (a 1-5 rating).
 */
export type ChoiceLayout = 'stack' | 'inline' | 'grid' | 'scale';

export interface GroupProps<V extends string | number> {
  /** The inputs' shared `name`; the hint's id is `<name>-hint`. */
  name: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  choices: readonly Choice<V>[];
  layout?: ChoiceLayout;
  disabled?: boolean | undefined;
  class?: string | undefined;
  /** Between the legend (and hint) and the options, e.g. a rating's state and its clear button. */
  before?: ComponentChildren;
  /** After the options, inside the group, e.g. a note about the choice. */
  children?: ComponentChildren;
}

/**
 * The fieldset, legend and hint around a list of options. Each option is a label holding its
 * input, so the whole row (or tile) is the target.
 */
export function choiceGroup<V extends string | number>(
  group: GroupProps<V>,
  type: 'radio' | 'checkbox',
  isChecked: (value: V) => boolean,
  onChange: (value: V, checked: boolean) => void,
) {
  const { name, hint, layout = 'stack' } = group;
  return (
    <fieldset class={join('choices', group.class)} aria-describedby={hint === undefined ? undefined : `${name}-hint`}>
      <legend>{group.legend}</legend>
      {hint !== undefined && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {group.before}
      <div class={`choice-list is-${layout}`}>
        {group.choices.map((choice) => (
          <label
            key={choice.value}
            class={
              layout === 'scale' ? 'choice-tile' : choice.hint === undefined ? 'choice-row' : 'choice-row has-hint'
            }
          >
            <input
              type={type}
              name={name}
              value={choice.value}
              checked={isChecked(choice.value)}
              disabled={group.disabled}
              aria-describedby={choice.describedBy}
              onChange={(event) => onChange(choice.value, event.currentTarget.checked)}
            />
            <span>
              {choice.label}
              {choice.hint !== undefined && <span class="hint">{choice.hint}</span>}
            </span>
          </label>
        ))}
      </div>
      {group.children}
    </fieldset>
  );
}

export interface RadioGroupProps<V extends string | number> extends GroupProps<V> {
  /** The chosen value, `undefined` when none is chosen yet. */
  value: V | undefined;
  onChange: (value: V) => void;
}

/**
 * Radios in a fieldset: the legend asks the question, each option is a 44 px row (or tile).
 * @example <RadioGroup name="g1-cadence" legend="How often will you review?" choices={[{ value: 'monthly', label: 'Monthly' }]} value={c} onChange={setC} />
 */
export function RadioGroup<V extends string | number>(props: RadioGroupProps<V>) {
  return choiceGroup(props, 'radio', (value) => value === props.value, props.onChange);
}
