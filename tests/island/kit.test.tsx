// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
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

  it('shows the share, print and more area only once the tool is live', async () => {
    const { renderToString } = await import('preact-render-to-string');
    const html = renderToString(<DemoTool options={{ storage: () => fakeStorage() }} />);
    expect(html).not.toContain(kitDictionaries.en['actions.share']);
    render(<DemoTool options={{ storage: () => fakeStorage() }} />);
    expect(screen.getByRole('button', { name: 'Share' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeTruthy();
    // Everything else waits under "More", in plain words.
    const more = screen.getByText('More').closest('details')!;
    expect(more.open).toBe(false);
    for (const label of [
      'Copy the summary as text',
      'Download the summary as a text file',
      'Some phones cannot open it',
      'Save to a file',
      'Open a file',
      'Start over',
    ])
      expect(more.textContent).toContain(label);
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
    const heading = screen.getByRole('heading', { name: 'You are looking at a shared result' });
    // Focus goes to the notice, so a screen reader reads it first.
    expect(document.activeElement).toBe(heading.closest('section'));
    // Editing the shared result does not touch the saved work.
    fireEvent.click(screen.getByText('Add note'));
    await screen.findByText('note 2');
    expect(stored(storage)).toEqual({ title: 'Mine', notes: [] });
    fireEvent.click(screen.getByRole('button', { name: 'Back to my work' }));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Mine'));
    expect(location.hash).toBe('');
    expect(stored(storage)).toEqual({ title: 'Mine', notes: [] });
    // The notice goes with the shared result.
    expect(screen.queryByRole('heading', { name: 'You are looking at a shared result' })).toBeNull();
  });

  it('replaces the reader’s work with a shared result only when they choose, with undo', async () => {
    const storage = fakeStorage({ [key]: saved({ title: 'Mine', notes: [] }) });
    location.hash = await encodeShare(demoSpec, { title: 'Theirs', notes: [] });
    render(<DemoTool options={{ storage: () => storage }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Make this my work' }));
    await waitFor(() => expect(stored(storage)).toEqual({ title: 'Theirs', notes: [] }));
    fireEvent.click(screen.getByText('Undo'));
    await waitFor(() => expect(stored(storage)).toEqual({ title: 'Mine', notes: [] }));
  });

  it('opens a shared link at once when the reader has no work of their own', async () => {
    const storage = fakeStorage();
    location.hash = await encodeShare(demoSpec, { title: 'Theirs', notes: [] });
    render(<DemoTool options={{ storage: () => storage }} />);
    await waitFor(() => expect(stored(storage)).toEqual({ title: 'Theirs', notes: [] }));
    expect(screen.queryByRole('button', { name: 'Make this my work' })).toBeNull();
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

describe('sharing', () => {
  const share = vi.fn<(data: ShareData) => Promise<void>>();
  afterEach(() => {
    share.mockReset();
    Reflect.deleteProperty(navigator, 'share');
  });

  it('opens the share sheet with the short summary, the sentence about the link and the link', async () => {
    share.mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const storage = fakeStorage({ [key]: saved({ title: 'Kopi Bayu', notes: [] }) });
    render(<DemoTool options={{ storage: () => storage }} lang="id" />);
    fireEvent.click(screen.getByRole('button', { name: 'Bagikan' }));
    await waitFor(() => expect(share).toHaveBeenCalledOnce());
    const data = share.mock.calls[0]![0];
    expect(data.text).toBe(`Demo: Kopi Bayu\n\n${kitDictionaries.id['actions.shareText']}`);
    expect(data.url).toMatch(/^http:\/\/[^#]+\/en\/tools\/demo\/#share=[zj]/);
    expect(await screen.findByText(kitDictionaries.id['status.shared'])).toBeTruthy();
    // No copy box and no WhatsApp link when the phone's own share sheet did the work.
    expect(screen.queryByText(kitDictionaries.id['actions.whatsapp'])).toBeNull();
  });

  it('without a share sheet copies the link, says so and offers a plain WhatsApp link', async () => {
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    onTestFinished(() => {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else Reflect.deleteProperty(navigator, 'clipboard');
    });
    render(<DemoTool options={{ storage: () => fakeStorage({ [key]: saved({ title: 'Kopi', notes: [] }) }) }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    const field = await screen.findByLabelText<HTMLInputElement>('Share link');
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(field.value));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(kitDictionaries.en['status.linkCopied']));
    const whatsapp = screen.getByRole('link', { name: 'Send via WhatsApp' });
    const href = new URL(whatsapp.getAttribute('href')!);
    expect(href.origin + href.pathname).toBe('https://wa.me/');
    expect(href.searchParams.get('text')).toBe(
      `Demo: Kopi\n\n${kitDictionaries.en['actions.shareText']}\n${field.value}`,
    );
  });

  it('falls back to copying when the share sheet refuses, but not when the reader closes it', async () => {
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    share.mockRejectedValueOnce(new DOMException('closed', 'AbortError'));
    render(<DemoTool options={{ storage: () => fakeStorage() }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await waitFor(() => expect(share).toHaveBeenCalledOnce());
    expect(screen.queryByLabelText('Share link')).toBeNull();
    share.mockRejectedValueOnce(new DOMException('too late', 'NotAllowedError'));
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByLabelText('Share link')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Send via WhatsApp' })).toBeTruthy();
  });

  it('says when a link is too long for some apps and offers the file instead', async () => {
    // Text that does not compress (a fixed pseudo-random sequence), as long as the demo allows.
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26));
    const long = Array.from({ length: 20 }, () => Array.from({ length: 200 }, letter).join(''));
    render(<DemoTool options={{ storage: () => fakeStorage({ [key]: saved({ title: 'Panjang', notes: long }) }) }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    const field = await screen.findByLabelText<HTMLInputElement>('Share link');
    expect(field.value.length).toBeGreaterThan(2000);
    const warning = screen.getByText(/This link is long/);
    expect(warning.textContent).toContain(`(${field.value.length} characters)`);
    expect(warning.parentElement!.querySelector('button')!.textContent).toBe('Save to a file');
  });

  it('says nothing about length for a short link', async () => {
    render(<DemoTool options={{ storage: () => fakeStorage() }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    await screen.findByLabelText('Share link');
    expect(screen.queryByText(/This link is long/)).toBeNull();
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
      fireEvent.click(screen.getByText(kitDictionaries.en['actions.downloadJson']));
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
