import type { ComponentChildren } from 'preact';
import { join } from './form';

/**
 * A disclosure: a summary line that opens and closes what follows. Its arrow points right when
 * closed and down when open, the same in every tool; the browser tells screen readers whether
 * it is expanded. Without `open` it opens and closes by itself; with `open` and `onToggle` the
 * island keeps the state.
 */
export function Disclosure(props: {
  summary: ComponentChildren;
  children: ComponentChildren;
  open?: boolean | undefined;
  onToggle?: ((open: boolean) => void) | undefined;
  class?: string | undefined;
}) {
  const { onToggle } = props;
  return (
    <details
      class={join('disclosure', props.class)}
      open={props.open}
      onToggle={onToggle && ((event) => onToggle(event.currentTarget.open))}
    >
      <summary>{props.summary}</summary>
      {props.children}
    </details>
  );
}
