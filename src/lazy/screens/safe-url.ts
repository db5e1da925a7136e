/**
 * The link to render for a host-supplied URL, or `undefined` when it is not
 * `http(s):` or relative (a `javascript:` support link must never render).
 */
export function safeLinkUrl(value: string | undefined, base = document.baseURI): string | undefined {
  if (!value) return undefined;
  try {
    const { protocol } = new URL(value, base);
    return protocol === 'http:' || protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}
