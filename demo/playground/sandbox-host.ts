// Where the local Persona sandbox answers, as the bare host `persona-host` wants.

/**
 * 1. `?persona-host=…`: tests, or a sandbox elsewhere;
 * 2. `<meta name="persona-sandbox-host">`, written by the dev server (`npm start`),
 *    whose sandbox runs on its own port, cross-origin like Persona's real host;
 * 3. this page's own host: the static build ships the sandbox's `/widget` beside
 *    the demo, so the flow is same-origin there.
 */
export function sandboxHost(): string {
  const fromQuery = new URLSearchParams(location.search).get('persona-host');
  if (fromQuery) return fromQuery;
  const fromServer = document.querySelector<HTMLMetaElement>('meta[name="persona-sandbox-host"]')?.content;
  if (fromServer) return fromServer;
  return sameServerHost();
}

/**
 * Persona's SDK loads `http://` only for hosts that start with `localhost`;
 * any other host gets `https://`. So 127.0.0.1 and [::1] are asked as localhost.
 */
function sameServerHost(): string {
  if (location.hostname !== '127.0.0.1' && location.hostname !== '[::1]') return location.host;
  return location.port ? `localhost:${location.port}` : 'localhost';
}

/** Why the flow cannot load from this page, or undefined when it can. */
export function sandboxUnreachableReason(host: string): string | undefined {
  if (host.startsWith('localhost') || location.protocol === 'https:') return undefined;
  return `Persona's SDK opens the flow at https://${host}/widget, but this page is served over plain http. Open the demo on https, or on localhost.`;
}
