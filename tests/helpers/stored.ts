/**
 * The state inside an envelope the kit saved (`{ tool, v, at, state }`), or undefined when
 * nothing is saved. Island tests read the reader's saved work with it.
 */
export function storedState<S>(raw: string | null | undefined): S | undefined {
  if (raw === null || raw === undefined) return undefined;
  return (JSON.parse(raw) as { state: S }).state;
}
