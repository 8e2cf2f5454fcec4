import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy source that allows one inline script: its SHA-256, as Astro's
 * `Astro.csp.insertScriptHash` takes it. Server-side only.
 * @example scriptHash('') // => 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='
 */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}
