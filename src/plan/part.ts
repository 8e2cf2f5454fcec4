/**
 * One part of what this device saved (a tool's work, the step ticks, the reader's profile),
 * opened through its spec. Its own small module so that code loaded on demand by a tool page
 * (the hand-off, handoff.ts) can open parts without the plan model and the tools' models.
 */
import { openEnvelope, type ToolSpec } from '../tools/kit/spec';

/** How a saved part came back: with its data, not saved at all, or unreadable. */
export type Part<T> = { status: 'present'; value: T } | { status: 'absent' } | { status: 'damaged' };

/**
 * Opens one saved part through its spec. Never throws: text that is not JSON, a wrong tool, an
 * unknown version or a state the schema refuses all come back as `damaged`.
 * @example openPart(null, spec) // => { status: 'absent' }
 */
export function openPart<S>(raw: string | null, spec: ToolSpec<S>): Part<S> {
  if (raw === null) return { status: 'absent' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'damaged' };
  }
  const opened = openEnvelope(parsed, spec);
  return opened.ok ? { status: 'present', value: opened.value } : { status: 'damaged' };
}
