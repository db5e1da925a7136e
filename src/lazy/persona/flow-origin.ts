/** Hosts where a local stand-in for Persona may run over plain http. */
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The exact origin the flow's frame is loaded from: the only origin the gate
 * accepts Persona's messages from and posts its own to. It must be https; only
 * a sandbox on this machine (loopback) may use http.
 * Throws for any other URL, so such a flow never opens.
 */
export function flowOrigin(frameUrl: string): string {
  const url = new URL(frameUrl);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname))) return url.origin;
  throw new Error(`Persona's flow must load over https, not from ${url.origin}.`);
}
