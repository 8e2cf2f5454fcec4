import { fail, type Result } from './result';
import { MAX_IMPORT_BYTES } from './limits';
import { envelope, openEnvelope, type ToolSpec } from './spec';

export type ImportError =
  | 'import-too-large'
  | 'import-unreadable'
  | 'import-not-json'
  | 'import-wrong-tool'
  | 'import-unsupported-version'
  | 'import-invalid';

export { MAX_IMPORT_BYTES };

/**
 * A file name that says what and when: `mitra-partner-fit-2026-11-28.json`.
 * @example exportFileName('partner-fit', 'json', new Date('2026-11-28')) // => 'mitra-partner-fit-2026-11-28.json'
 */
export function exportFileName(key: string, extension: string, date: Date = new Date()): string {
  return `mitra-${key}-${date.toISOString().slice(0, 10)}.${extension}`;
}

/** The JSON text of an export: the state in the kit's envelope, with the export time. */
export function toJsonText<S>(spec: ToolSpec<S>, state: S, now: Date = new Date()): string {
  return `${JSON.stringify(envelope(spec, state, now), null, 2)}\n`;
}

/** Parses the text of an imported file. Never throws. */
export function parseJsonText<S>(text: string, spec: ToolSpec<S>): Result<S, ImportError> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('import-not-json');
  }
  const opened = openEnvelope(data, spec);
  if (opened.ok) return opened;
  return fail(
    opened.error === 'wrong-tool'
      ? 'import-wrong-tool'
      : opened.error === 'unsupported-version'
        ? 'import-unsupported-version'
        : 'import-invalid',
  );
}

/** Reads a file the reader picked. Checks the size before reading a byte. Never throws. */
export async function readJsonFile<S>(
  file: Blob,
  spec: ToolSpec<S>,
  maxBytes = MAX_IMPORT_BYTES,
): Promise<Result<S, ImportError>> {
  if (file.size > maxBytes) return fail('import-too-large');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail('import-unreadable');
  }
  return parseJsonText(text, spec);
}

/** Hands the reader a file to save (a download). Browser only. */
export function downloadFile(name: string, content: string | Blob, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
