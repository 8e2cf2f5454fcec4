import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ImportError } from './files';
import { sharePayload } from './limits';
import type { ShareError } from './share';
import type { ToolSpec } from './spec';
import { createStore, type LoadError, type SaveError, type StorageLike } from './storage';

/**
 * Something the reader started could not finish: most often its code, loaded on demand, did not
 * arrive (the reader went offline). See `run`.
 */
export type ActionError = 'action-failed';

/** Lasting problems, shown until dismissed (or, for storage-full, until a save works again). */
export type NoticeCode = LoadError | SaveError | ShareError | ImportError | ActionError;
export interface Notice {
  code: NoticeCode;
  /** For `storage-corrupt`: the unreadable data, so the reader can download it. */
  damaged?: string;
}

/** Short messages after an action. `message` carries a tool's own words for `custom`. */
export type StatusCode = 'imported' | 'reset' | 'replaced' | 'adopted' | 'restored' | 'custom';
export interface Status {
  code: StatusCode;
  message?: string;
  /** True while the change that caused it can be undone. */
  undo: boolean;
  /** Increases with every status, so the same message is announced again. */
  id: number;
}

/**
 * `own`: the reader's work, autosaved. `shared`: someone else's shared result, shown but not
 * saved until the reader decides (their own saved work stays untouched meanwhile).
 */
export type Mode = 'own' | 'shared';

export interface ToolOptions {
  /** Storage to use (tests hand in a fake); `window.localStorage` by default. */
  storage?: () => StorageLike;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function clearShareFragment(): void {
  if (sharePayload(location.hash) !== undefined)
    history.replaceState(history.state, '', location.pathname + location.search);
}

/**
 * Everything a tool island needs to hold the reader's work safely: load, autosave, share links,
 * JSON import and export, reset and one-step undo. The island renders `state` and calls
 * `update`; the rest is wired to the kit's components (`ToolActions`, `KitNotices`, …).
 *
 * @example
 * const tool = useTool(partnerFitSpec);
 * tool.update((s) => rate(s, candidateId, 'values', 4));
 * tool.update((s) => removeCandidate(s, id), { undo: strings['status.removed'] });
 */
export function useTool<S>(spec: ToolSpec<S>, options: ToolOptions = {}) {
  const store = useMemo(() => createStore(spec, options.storage), [spec, options.storage]);
  const [state, setState] = useState<S>(spec.initial);
  const [mode, setMode] = useState<Mode>('own');
  const [hydrated, setHydrated] = useState(false);
  const [persistent, setPersistent] = useState(true);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [status, setStatus] = useState<Status | null>(null);
  /** The reader's own work while a shared result is on screen. */
  const own = useRef<S | undefined>(undefined);
  /** What `undo` restores, with the mode it belongs to. */
  const undoTo = useRef<{ state: S; mode: Mode } | null>(null);
  const statusId = useRef(0);
  const modeRef = useRef<Mode>(mode);
  modeRef.current = mode;

  const addNotice = useCallback((notice: Notice) => {
    setNotices((list) => [...list.filter((n) => n.code !== notice.code), notice]);
  }, []);
  const dismiss = useCallback((code: NoticeCode) => setNotices((list) => list.filter((n) => n.code !== code)), []);
  const say = useCallback((code: StatusCode, undo = false, message?: string) => {
    statusId.current += 1;
    setStatus({ code, undo, id: statusId.current, ...(message === undefined ? {} : { message }) });
  }, []);

  /** The reader's saved work, if any can be read. */
  const loadSaved = useCallback((): S | undefined => {
    const loaded = store.load();
    return loaded.ok ? loaded.value?.state : undefined;
  }, [store]);

  /** Opens the share link in the address bar, if there is one. `saved` is the reader's own work. */
  const openShareLink = useCallback(
    async (saved: S | undefined) => {
      if (sharePayload(location.hash) === undefined) return;
      // Share links are rare: their decoder loads only when the address holds one.
      const { decodeShare } = await import('./share');
      const decoded = await decodeShare(location.hash, spec);
      if (!decoded.ok) {
        addNotice({ code: decoded.error });
        clearShareFragment();
        return;
      }
      const shared = decoded.value;
      if (shared === undefined) return;
      if (saved === undefined || same(saved, shared) || same(saved, spec.initial())) {
        // Nothing of the reader's own would be replaced: open it as their work.
        own.current = undefined;
        setState(shared);
        setMode('own');
        clearShareFragment();
        say('adopted');
      } else {
        own.current = saved;
        setState(shared);
        setMode('shared');
      }
    },
    [spec, addNotice, say],
  );

  // Load before the first paint after hydration, so saved work replaces the empty form at once.
  useLayoutEffect(() => {
    const loaded = store.load();
    let saved: S | undefined;
    if (loaded.ok) {
      saved = loaded.value?.state;
    } else {
      addNotice(
        loaded.damaged === undefined ? { code: loaded.error } : { code: loaded.error, damaged: loaded.damaged },
      );
      if (loaded.error === 'storage-unavailable') setPersistent(false);
    }
    if (saved !== undefined) setState(saved);
    setHydrated(true);
    void openShareLink(saved);
    // A share link pasted into the address bar of an open tool page.
    const onHashChange = () => void openShareLink(modeRef.current === 'shared' ? own.current : loadSaved());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [store, openShareLink, loadSaved, addNotice]);

  // Effects run after the browser paints, so a reader who types and closes or reloads the page
  // at once could lose the last change: save the latest state when the page is hidden too.
  const latest = useRef({ state, mode, hydrated });
  latest.current = { state, mode, hydrated };
  useEffect(() => {
    const flush = () => {
      const now = latest.current;
      if (now.hydrated && now.mode === 'own') store.save(now.state);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store]);

  // Autosave the reader's own work (never a shared result they have not accepted).
  useEffect(() => {
    if (!hydrated || mode !== 'own') return;
    const saved = store.save(state);
    if (saved.ok) {
      setPersistent(true);
      setNotices((list) => list.filter((n) => n.code !== 'storage-full'));
    } else {
      setPersistent(false);
      addNotice({ code: saved.error });
    }
  }, [state, mode, hydrated, store, addNotice]);

  /** Changes the work. With `undo`, the change can be undone and the message is shown. */
  const update = useCallback(
    (change: (current: S) => S, opts: { undo?: string } = {}) => {
      setState((current) => {
        const next = change(current);
        if (opts.undo !== undefined) undoTo.current = { state: current, mode };
        return next;
      });
      if (opts.undo !== undefined) say('custom', true, opts.undo);
      else if (undoTo.current) {
        // A new edit makes the old snapshot stale: undoing now would throw the edit away.
        undoTo.current = null;
        setStatus((s) => (s?.undo ? { ...s, undo: false } : s));
      }
    },
    [mode, say],
  );

  const undo = useCallback(() => {
    const target = undoTo.current;
    if (!target) return;
    undoTo.current = null;
    setState(target.state);
    setMode(target.mode);
    say('restored');
  }, [say]);

  const keepShared = useCallback(() => {
    if (own.current !== undefined) undoTo.current = { state: own.current, mode: 'own' };
    own.current = undefined;
    setMode('own');
    clearShareFragment();
    say('replaced', undoTo.current !== null);
  }, [say]);

  const backToOwn = useCallback(() => {
    if (own.current !== undefined) setState(own.current);
    own.current = undefined;
    setMode('own');
    clearShareFragment();
  }, []);

  const reset = useCallback(() => {
    setState((current) => {
      undoTo.current = { state: current, mode };
      return spec.initial();
    });
    say('reset', true);
  }, [spec, mode, say]);

  const importFile = useCallback(
    async (file: Blob) => {
      const { readJsonFile } = await import('./files');
      const read = await readJsonFile(file, spec);
      if (!read.ok) {
        addNotice({ code: read.error });
        return false;
      }
      setState((current) => {
        undoTo.current = { state: current, mode };
        return read.value;
      });
      if (mode === 'shared') {
        own.current = undefined;
        setMode('own');
        clearShareFragment();
      }
      say('imported', true);
      return true;
    },
    [spec, mode, addNotice, say],
  );

  const shareUrl = useCallback(async () => {
    const { encodeShare } = await import('./share');
    const fragment = await encodeShare(spec, state);
    return `${location.origin}${location.pathname}#${fragment}`;
  }, [spec, state]);

  /**
   * Runs work started from an event handler, typically work that loads code on demand (share
   * links, files, the .docx builder): `onClick={() => tool.run(share)}`. A handler cannot await,
   * so a failure (the chunk cannot load because the reader is offline, or a bug) would otherwise
   * be an unhandled rejection the reader never sees. Here it becomes the `action-failed` notice
   * in the reader's language; their work is untouched.
   */
  const run = useCallback(
    (work: () => Promise<unknown>): void => {
      const fail = (error: unknown) => {
        // Kept for whoever looks at the console; the reader sees the notice.
        console.error(error);
        addNotice({ code: 'action-failed' });
      };
      try {
        work().catch(fail);
      } catch (error) {
        fail(error);
      }
    },
    [addNotice],
  );

  const exportJson = useCallback(async () => {
    const { downloadFile, exportFileName, toJsonText } = await import('./files');
    downloadFile(exportFileName(spec.key, 'json'), toJsonText(spec, state), 'application/json');
  }, [spec, state]);

  return {
    spec,
    state,
    mode,
    hydrated,
    /** False when the work lives only in memory (storage blocked or full). */
    persistent,
    notices,
    status,
    update,
    undo,
    dismiss,
    keepShared,
    backToOwn,
    reset,
    importFile,
    shareUrl,
    exportJson,
    run,
    /** Shows a tool's own short message (announced politely). */
    announce: (message: string) => say('custom', false, message),
    clearStatus: () => setStatus(null),
  };
}

export type Tool<S> = ReturnType<typeof useTool<S>>;
