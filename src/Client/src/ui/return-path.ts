/**
 * The path to go back to after signing in, from an untrusted `?return=` value: only a path on `origin` passes.
 * Browsers read `\` as `/` and drop tabs and newlines inside a URL, so `/\evil.example` or `/<tab>/evil.example` would
 * leave the site; such values, their percent-encoded forms (`/%5Cevil`) and any scheme (`javascript:`) give null.
 */
export function safeReturnPath(raw: string | null | undefined, origin: string): string | null {
  if (!raw || !looksLikeLocalPath(raw)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (!looksLikeLocalPath(decoded)) return null;
  const url = new URL(raw, origin);
  return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
}

/** One leading slash, then no second slash or backslash right after it, and no backslash or control character anywhere. */
function looksLikeLocalPath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !/[\\\u0000-\u001f\u007f]/.test(value);
}
