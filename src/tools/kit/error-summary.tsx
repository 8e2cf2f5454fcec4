/**
 * GOV.UK's error summary, a module of its own: only a tool that checks a form renders it (the
 * SMART builder), so the other tool pages do not download it (see the kit README).
 */
import { type ComponentChildren, Fragment } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

export interface FieldError {
  /** The id of the field the message is about. */
  field: string;
  message: string;
  /** Errors of one group that follow each other are listed under one title (see `groupTitle`). */
  group?: string;
}

/**
 * GOV.UK-style error summary: a heading and a list of links to the fields with a problem, in the
 * order of the form; with `groupTitle`, a long list comes in groups under small titles (the
 * SMART builder's letters). It takes focus when `focusKey` changes (e.g. the reader asked for a
 * check), not on every keystroke.
 */
export function ErrorSummary({
  title,
  errors,
  focusKey,
  groupTitle,
}: {
  title: string;
  errors: readonly FieldError[];
  focusKey?: number;
  groupTitle?: (group: string) => ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => {
    // Focus only when the reader asks (focusKey changes), not when the list changes as they type.
    // Its top into view: a list taller than a phone's screen would otherwise show its middle,
    // without the title or the first problem.
    if (focusKey && errors.length > 0) {
      ref.current?.focus({ preventScroll: true });
      ref.current?.scrollIntoView({ block: 'start' });
    }
  }, [focusKey]);
  if (errors.length === 0) return null;
  const groups: FieldError[][] = [];
  for (const error of errors) {
    const last = groups.at(-1);
    if (groupTitle && last && last[0]!.group === error.group) last.push(error);
    else groups.push([error]);
  }
  return (
    <div class="error-summary focus-ring" ref={ref} tabIndex={-1} aria-labelledby={id} role="alert">
      <h2 id={id}>{title}</h2>
      {groups.map((group) => (
        <Fragment key={group[0]!.field}>
          {groupTitle && group[0]!.group !== undefined && <h3>{groupTitle(group[0]!.group)}</h3>}
          <ul>
            {group.map((error) => (
              <li key={`${error.field}:${error.message}`}>
                <a
                  href={`#${error.field}`}
                  onClick={(event) => {
                    const field = document.getElementById(error.field);
                    if (!field) return;
                    event.preventDefault();
                    field.focus();
                    (field.closest('fieldset, .field') ?? field).scrollIntoView({ block: 'center' });
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </div>
  );
}
