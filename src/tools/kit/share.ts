import { canCompress, deflate, fnv1a, fromBase64Url, inflate, toBase64Url } from './encoding';
import { MAX_SHARE_CHARS, SHARE_PARAM, sharePayload } from './limits';
import { fail, ok, type Result } from './result';
import { envelope, openEnvelope, type ToolSpec } from './spec';

/**
 * Share links carry the whole state in the URL fragment (after `#`), which browsers never send
 * to a server. Format: `#share=<format><data>.<checksum>`, where format `z` is deflate-raw +
 * base64url and `j` is plain base64url JSON (for browsers without CompressionStream), and the
 * checksum is FNV-1a of the JSON text.
 */
export { MAX_SHARE_CHARS, SHARE_PARAM, sharePayload };

export type ShareError =
  'share-malformed' | 'share-tampered' | 'share-wrong-tool' | 'share-unsupported-version' | 'share-invalid';

/** The fragment (without `#`) that carries `state`. */
export async function encodeShare<S>(spec: ToolSpec<S>, state: S): Promise<string> {
  const json = JSON.stringify(envelope(spec, state));
  const bytes = new TextEncoder().encode(json);
  const data = canCompress() ? `z${toBase64Url(await deflate(bytes))}` : `j${toBase64Url(bytes)}`;
  return `${SHARE_PARAM}=${data}.${fnv1a(json)}`;
}

/**
 * Reads a share link's fragment. `ok(undefined)` when the fragment is not a share link at all.
 * Never throws: anything broken, cut, edited or hostile becomes an error code.
 */
export async function decodeShare<S>(hash: string, spec: ToolSpec<S>): Promise<Result<S | undefined, ShareError>> {
  const payload = sharePayload(hash);
  if (payload === undefined) return ok(undefined);
  try {
    if (payload.length > MAX_SHARE_CHARS) return fail('share-malformed');
    const match = /^([zj])([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/.exec(decodeURIComponent(payload));
    if (!match) return fail('share-malformed');
    // The pattern matched, so every group holds text; `format` is `z` (deflated) or `j` (plain JSON).
    const [, format = '', data = '', checksum = ''] = match;
    const raw = fromBase64Url(data);
    if (!raw) return fail('share-malformed');
    let bytes: Uint8Array;
    if (format === 'z') {
      if (!canCompress()) return fail('share-malformed');
      try {
        bytes = await inflate(raw);
      } catch {
        return fail('share-tampered');
      }
    } else {
      bytes = raw;
    }
    const json = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    if (fnv1a(json) !== checksum) return fail('share-tampered');
    const opened = openEnvelope(JSON.parse(json), spec);
    if (opened.ok) return ok(opened.value);
    return fail(
      opened.error === 'wrong-tool'
        ? 'share-wrong-tool'
        : opened.error === 'unsupported-version'
          ? 'share-unsupported-version'
          : 'share-invalid',
    );
  } catch {
    return fail('share-malformed');
  }
}
