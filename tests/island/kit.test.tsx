// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import kitDictionaries from '../../src/tools/kit/i18n';
import { encodeShare } from '../../src/tools/kit/share';
import { storageKey } from '../../src/tools/kit/storage';
import { type DemoState, demoSpec, fakeStorage } from '../fixtures/demo-tool';
import { DemoTool } from '../fixtures/DemoTool';
import { storedState } from '../helpers/stored';

const key = storageKey('demo');
const saved = (state: object) => JSON.stringify({ tool: 'demo', v: 2, at: '2026-11-28T08:00:00.000Z', state });
const stored = (storage: ReturnType<typeof fakeStorage>) => storedState<DemoState>(storage.data.get(key));

beforeEach(() => history.replaceState(null, '', '/en/tools/demo/'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the kit in an island', () => {
  it('loads saved work and autosaves every change', async () => {
    const storage = fakeStorage({ [key]: saved({ title: 'Kopi Bayu', notes: ['a'] }) });
    render(<DemoTool options={{ storage: () => storage }} />);
    const title = screen.getByLabelText<HTMLInputElement>('Title');
    expect(title.value).toBe('Kopi Bayu');
    fireEvent.input(title, { target: { value: 'Kopi Bayu & Dapur' } });
    await waitFor(() => expect(stored(storage)).toEqual({ title: 'Kopi Bayu & Dapur', notes: ['a'] }));
    expect(screen.getByText('Your work is saved automatically, on this device only.')).toBeTruthy();
  });

  it('shows the save, share and print bar only once the tool is live', async () => {
    const { renderToString } = await import('preact-render-to-string');
    const html = renderToString(<DemoTool options={{ storage: () => fakeStorage() }} />);
    expect(html).not.toContain('Copy summary');
    render(<DemoTool options={{ storage: () => fakeStorage() }} />);
    expect(screen.getByText('Copy summary')).toBeTruthy();
  });

  it('keeps working in memory, and says so, when storage is blocked', async () => {
    const storage = fakeStorage();
    storage.failWith = 'security';
    render(<DemoTool options={{ storage: () => storage }} />);
    fireEvent.click(screen.getByText('Add note'));
    expect(await screen.findByText('note 1')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('does not allow saving');
    expect(screen.getByText(/not saved on this device/)).toBeTruthy();
  });

  it('keeps damaged saved data aside and offers it for download', () => {
    const storage = fakeStorage({ [key]: '{broken' });
    render(<DemoTool options={{ storage: () => storage }} lang="id" />);
    expect(screen.getByRole('alert').textContent).toContain('Data lama tidak dihapus');
    expect(screen.getByText('Unduh data lama')).toBeTruthy();
    expect([...storage.data.values()]).toContain('{broken');
  });

  it('shows a shared link without replacing the reader’s own work, until asked', async () => {
    const storage = fakeStorage({ [key]: saved({ title: 'Mine', notes: [] }) });
    location.hash = await encodeShare(demoSpec, { title: 'Theirs', notes: ['x'] });
    render(<DemoTool options={{ storage: () => storage }} />);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Theirs'));
    expect(screen.getByRole('heading', { name: 'You are looking at a shared result' })).toBeTruthy();
    // Editing the shared result does not touch the saved work.
    fireEvent.click(screen.getByText('Add note'));
    await screen.findByText('note 2');
    expect(stored(storage)).toEqual({ title: 'Mine', notes: [] });
    fireEvent.click(screen.getByText('Back to my work'));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Mine'));
    expect(location.hash).toBe('');
    expect(stored(storage)).toEqual({ title: 'Mine', notes: [] });
  });

  it('replaces the reader’s work with a shared result only when they choose, with undo', async () => {
    const storage = fakeStorage({ [key]: saved({ title: 'Mine', notes: [] }) });
    location.hash = await encodeShare(demoSpec, { title: 'Theirs', notes: [] });
    render(<DemoTool options={{ storage: () => storage }} />);
    fireEvent.click(await screen.findByText('Make this my work'));
    await waitFor(() => expect(stored(storage)).toEqual({ title: 'Theirs', notes: [] }));
    fireEvent.click(screen.getByText('Undo'));
    await waitFor(() => expect(stored(storage)).toEqual({ title: 'Mine', notes: [] }));
  });

  it('opens a shared link at once when the reader has no work of their own', async () => {
    const storage = fakeStorage();
    location.hash = await encodeShare(demoSpec, { title: 'Theirs', notes: [] });
    render(<DemoTool options={{ storage: () => storage }} />);
    await waitFor(() => expect(stored(storage)).toEqual({ title: 'Theirs', notes: [] }));
    expect(screen.queryByText('Make this my work')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('The shared result was opened and saved on this device.');
  });

  it('refuses a tampered link with a message and leaves saved work intact', async () => {
    const storage = fakeStorage({ [key]: saved({ title: 'Mine', notes: ['keep me'] }) });
    const fragment = await encodeShare(demoSpec, { title: 'Theirs', notes: [] });
    location.hash = fragment.replace(/\.[0-9a-f]{8}$/, '.12345678');
    render(<DemoTool options={{ storage: () => storage }} lang="id" />);
    expect((await screen.findByRole('alert')).textContent).toContain('sudah diubah setelah dibuat');
    expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Mine');
    expect(stored(storage)).toEqual({ title: 'Mine', notes: ['keep me'] });
  });

  it('undoes a removal and a reset', async () => {
    const storage = fakeStorage({ [key]: saved({ title: 'T', notes: ['a', 'b'] }) });
    render(<DemoTool options={{ storage: () => storage }} />);
    fireEvent.click(screen.getByText('Remove a'));
    expect(screen.getByRole('status').textContent).toBe('Removed a');
    fireEvent.click(screen.getByText('Undo'));
    await waitFor(() => expect(stored(storage)).toEqual({ title: 'T', notes: ['a', 'b'] }));
    // The Undo button is gone; keyboard focus lands on the message, not at the top of the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('status')));
    expect(screen.getByRole('status').textContent).toBe('Restored.');
    fireEvent.click(screen.getByText('Start over'));
    await waitFor(() => expect(stored(storage)).toEqual({ title: '', notes: [] }));
    fireEvent.click(screen.getByText('Undo'));
    await waitFor(() => expect(stored(storage)).toEqual({ title: 'T', notes: ['a', 'b'] }));
  });

  it('imports a good file with undo, and refuses a bad one without losing anything', async () => {
    const storage = fakeStorage({ [key]: saved({ title: 'Mine', notes: [] }) });
    const { container } = render(<DemoTool options={{ storage: () => storage }} />);
    const input = container.querySelector('input[type=file]')!;
    const pick = async (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(() => {
        fireEvent.change(input);
      });
    };
    await pick(new File(['{"tool":"smart-goal","v":1,"state":{}}'], 'other.json'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('another Mitra tool'));
    expect(stored(storage)).toEqual({ title: 'Mine', notes: [] });
    await pick(
      new File([JSON.stringify({ tool: 'demo', v: 2, state: { title: 'Imported', notes: [] } })], 'demo.json'),
    );
    await waitFor(() => expect(stored(storage)).toEqual({ title: 'Imported', notes: [] }));
    fireEvent.click(screen.getByText('Undo'));
    await waitFor(() => expect(stored(storage)).toEqual({ title: 'Mine', notes: [] }));
  });
});

describe('work that loads code on demand', () => {
  /** What Chromium rejects a dynamic import with when the reader is offline. */
  const offline = () => new TypeError('Failed to fetch dynamically imported module: /_astro/markdown.js');

  it('turns a failed load into a notice in the reader’s language, and keeps the work', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const storage = fakeStorage({ [key]: saved({ title: 'Mine', notes: ['a'] }) });
    render(<DemoTool options={{ storage: () => storage }} lang="id" summary={() => Promise.reject(offline())} />);
    fireEvent.click(screen.getByText(kitDictionaries.id['actions.copySummary']));
    expect((await screen.findByRole('alert')).querySelector('p')?.textContent).toBe(
      kitDictionaries.id['notice.action-failed'],
    );
    expect(logged).toHaveBeenCalledWith(expect.any(TypeError));
    expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Mine');
    expect(stored(storage)).toEqual({ title: 'Mine', notes: ['a'] });
    // The notice can be dismissed like any other.
    fireEvent.click(screen.getByText(kitDictionaries.id['notice.dismiss']));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('does the same when the kit’s own on-demand module cannot load', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.doMock('../../src/tools/kit/files', () => Promise.reject(offline()));
    try {
      render(<DemoTool options={{ storage: () => fakeStorage() }} />);
      fireEvent.click(screen.getByText('Download JSON'));
      expect((await screen.findByRole('alert')).querySelector('p')?.textContent).toBe(
        kitDictionaries.en['notice.action-failed'],
      );
    } finally {
      vi.doUnmock('../../src/tools/kit/files');
    }
  });
});

describe('autosave when the page goes away', () => {
  it('saves the latest change when the page is hidden, before the effect would have run', async () => {
    const storage = fakeStorage();
    render(<DemoTool options={{ storage: () => storage }} />);
    const title = screen.getByLabelText<HTMLInputElement>('Title');
    // Make the effect-based save fail, so only the page-hide save can store the value.
    storage.failWith = 'quota';
    fireEvent.input(title, { target: { value: 'typed just before closing' } });
    await waitFor(() => expect(title.value).toBe('typed just before closing'));
    storage.failWith = undefined;
    window.dispatchEvent(new Event('pagehide'));
    expect(stored(storage)).toEqual({ title: 'typed just before closing', notes: [] });
  });
});
