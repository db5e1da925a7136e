/** Directives that decide whether a page may frame another origin. */
const frameDirectives = new Set(['frame-src', 'child-src', 'default-src']);

/**
 * Calls `blocked` when the page's Content-Security-Policy refuses to frame
 * `origin` (browsers report only the origin of a blocked frame). Returns how
 * to stop listening.
 */
export function onFrameBlocked(origin: string, blocked: () => void): () => void {
  const listen = (event: SecurityPolicyViolationEvent) => {
    if (frameDirectives.has(event.effectiveDirective) && originOf(event.blockedURI) === origin) blocked();
  };
  document.addEventListener('securitypolicyviolation', listen);
  return () => document.removeEventListener('securitypolicyviolation', listen);
}

function originOf(uri: string): string | undefined {
  try {
    return new URL(uri).origin;
  } catch {
    return undefined;
  }
}
