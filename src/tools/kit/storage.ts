import { fail, ok, type Result } from './result';
import { envelope, openEnvelope, type ToolSpec } from './spec';

/** The part of the Web Storage API the kit uses (so tests can hand in a fake). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadError = 'storage-unavailable' | 'storage-corrupt';
export type SaveError = 'storage-unavailable' | 'storage-full';

export interface Saved<S> {
  state: S;
  savedAt: string | undefined;
}

/** Storage key of a tool's autosave: `mitra:<key>`. Damaged data goes to `mitra:<key>:damaged:<time>`. */
export const storageKey = (key: string) => `mitra:${key}`;

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/**
 * The autosave of one tool in localStorage: versioned, validated on load. Data that cannot be
 * read is never deleted: it is moved aside under a `damaged` key (and handed back, so the
 * reader can download it) before the tool starts fresh.
 */
export function createStore<S>(spec: ToolSpec<S>, getStorage: () => StorageLike = () => window.localStorage) {
  const key = storageKey(spec.key);
  const storage = (): StorageLike | undefined => {
    try {
      return getStorage() ?? undefined;
    } catch {
      return undefined; // e.g. SecurityError when the browser blocks storage
    }
  };

  return {
    key,

    /** The saved state, `ok(undefined)` when nothing is saved yet. */
    load(): Result<Saved<S> | undefined, LoadError> & { damaged?: string } {
      const store = storage();
      if (!store) return fail('storage-unavailable');
      let raw: string | null;
      try {
        raw = store.getItem(key);
      } catch {
        return fail('storage-unavailable');
      }
      if (raw === null) return ok(undefined);
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      const opened = openEnvelope(parsed, spec);
      if (opened.ok) {
        const at = (parsed as { at?: unknown }).at;
        return ok({ state: opened.value, savedAt: typeof at === 'string' ? at : undefined });
      }
      // Keep the damaged data aside; only then is the main key free for new work.
      try {
        store.setItem(`${key}:damaged:${new Date().toISOString()}`, raw);
        store.removeItem(key);
      } catch {
        // Could not move it: leave it where it is, untouched.
      }
      return { ...fail('storage-corrupt'), damaged: raw };
    },

    save(state: S, now: Date = new Date()): Result<true, SaveError> {
      const store = storage();
      if (!store) return fail('storage-unavailable');
      try {
        store.setItem(key, JSON.stringify(envelope(spec, state, now)));
        return ok(true);
      } catch (error) {
        return fail(isQuotaError(error) ? 'storage-full' : 'storage-unavailable');
      }
    },

    clear(): void {
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing to do: blocked storage holds nothing of ours.
      }
    },
  };
}

export type Store<S> = ReturnType<typeof createStore<S>>;
