import { BackendError } from './backend-error.js';

/** How long one backend request may take before it counts as a network failure. */
const requestTimeoutMs = 15_000;

/**
 * Sends one JSON request with the host's `requestInit` merged in, and returns
 * the parsed body of a 200 answer. Everything else becomes a `BackendError`;
 * an abort from `signal` (the gate was removed) is rethrown as is.
 */
export async function requestJson(
  url: URL,
  init: RequestInit & { body?: string },
  hostInit: RequestInit | undefined,
  signal: AbortSignal,
): Promise<unknown> {
  const headers = new Headers(hostInit?.headers);
  headers.set('accept', 'application/json');
  if (init.body !== undefined) headers.set('content-type', 'application/json');

  let response: Response;
  try {
    response = await fetch(url, {
      ...hostInit,
      ...init,
      headers,
      signal: AbortSignal.any([signal, AbortSignal.timeout(requestTimeoutMs)]),
    });
  } catch (cause) {
    if (signal.aborted) throw cause;
    if (navigator.onLine === false) {
      throw new BackendError('offline', `${url.pathname}: the browser is offline.`, { cause });
    }
    throw new BackendError('network', `${url.pathname}: the request failed (${describe(cause)}).`, { cause });
  }

  // Only a 200 declared as JSON is an answer: not an HTML error page, not a text that happens to hold JSON.
  const type = response.headers.get('content-type');
  if (response.status !== 200 || !/\bjson\b/i.test(type ?? '')) {
    throw new BackendError('bad_response', `${url.pathname} answered HTTP ${response.status} ${type}; expected 200 JSON.`);
  }
  try {
    return await response.json();
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new BackendError('bad_response', `${url.pathname} answered with a body that is not JSON.`, { cause });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : String(error);
}
