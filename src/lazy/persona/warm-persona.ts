import type { PersonaSdk } from './load-persona.js';

/** Persona hosts this page has already warmed: once per page each. */
const warmed = new Set<string>();

/**
 * Gets the browser ready for Persona's flow without starting one: a
 * `preconnect` hint to Persona's host, and Persona's own `Client.preload()`,
 * which loads the flow's static assets into the cache through a hidden
 * `/preload` frame that removes itself once loaded. Neither creates an inquiry,
 * and neither injects a style element (the frame is styled through the CSSOM),
 * so a strict `style-src 'self'` holds; the page's `frame-src` must allow
 * Persona's host, as for the flow itself.
 */
export function warmPersona(sdk: PersonaSdk, host: string | undefined): void {
  const origin = personaOrigin(host);
  if (!origin || warmed.has(origin)) return;
  warmed.add(origin);
  const hint = document.createElement('link');
  hint.rel = 'preconnect';
  hint.href = origin;
  document.head.append(hint);
  void sdk.Client.preload(host);
}

/** The origin Persona's SDK loads the flow from for a `customHost` (production when undefined). */
export function personaOrigin(host: string | undefined): string | undefined {
  if (!host) return 'https://inquiry.withpersona.com';
  try {
    return new URL(`${host.startsWith('localhost') ? 'http' : 'https'}://${host}`).origin;
  } catch {
    return undefined;
  }
}
