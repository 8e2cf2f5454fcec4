/**
 * Checkboxes: a group ("tick all that apply") and a single row. Like every kit form piece
 * (form.tsx), the label holds the input, so the whole row is the target, at least 44 px tall.
 */
import type { ComponentChildren } from 'preact';
import { choiceGroup, type GroupProps, join } from './form';

export interface CheckboxGroupProps<V extends string | number> extends GroupProps<V> {
  /** The ticked values. */
  values: readonly V[];
  onChange: (value: V, checked: boolean) => void;
}

/** Checkboxes in a fieldset: "tick all that apply". */
export function CheckboxGroup<V extends string | number>(props: CheckboxGroupProps<V>) {
  return choiceGroup(props, 'checkbox', (value) => props.values.includes(value), props.onChange);
}

/** One checkbox on a row of its own; the whole row is the target. */
export function Checkbox(props: {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean | undefined;
  class?: string | undefined;
}) {
  return (
    <label class={join('choice-row', props.class)}>
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}
