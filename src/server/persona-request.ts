import { PersonaApiError } from './persona-api-error.js';
import { retryDelay, type RetryPolicy } from './retry-delay.js';

/** Everything one request to Persona needs; the key lives only in `headers`. */
export interface PersonaTransport {
  readonly baseUrl: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly policy: RetryPolicy;
}

/**
 * One call to Persona's API: the JSON body of a 2xx answer. Retries 429, 5xx, a
 * failed fetch and a timeout (bounded by the policy); a POST carries one
 * `Idempotency-Key` for all its attempts, so a retried create never makes two
 * inquiries. Throws {@link PersonaApiError}, whose message never holds the key.
 */
export async function personaRequest(
  transport: PersonaTransport,
  method: 'GET' | 'POST',
  pathAndQuery: string,
  body?: unknown,
): Promise<unknown> {
  const url = new URL(pathAndQuery, transport.baseUrl);
  const what = `Persona API ${method} ${url.pathname}`;
  const headers: Record<string, string> = { ...transport.headers };
  if (method === 'POST') {
    headers['idempotency-key'] = globalThis.crypto.randomUUID();
    headers['content-type'] = 'application/json';
  }
  const payload = body === undefined ? undefined : JSON.stringify(body);

  for (let attempt = 0; ; attempt++) {
    let failure: PersonaApiError;
    let retryAfter: string | null = null;
    try {
      const response = await transport.fetch(url, {
        method,
        headers,
        ...(payload !== undefined && { body: payload }),
        signal: AbortSignal.timeout(transport.timeoutMs),
        redirect: 'error',
      });
      if (response.ok) return await readJson(response, what);
      await response.body?.cancel();
      failure = new PersonaApiError('http', `${what} answered HTTP ${response.status}.`, { status: response.status });
      if (response.status !== 429 && response.status < 500) throw failure;
      retryAfter = response.headers.get('retry-after');
    } catch (error) {
      if (error instanceof PersonaApiError) {
        if (error.kind !== 'http' || (error.status !== 429 && (error.status ?? 0) < 500)) throw error;
        failure = error;
      } else {
        failure = fromFetchError(error, what, transport.timeoutMs);
      }
    }
    const delay = attempt < transport.policy.maxRetries ? retryDelay(attempt + 1, retryAfter, transport.policy) : undefined;
    if (delay === undefined) throw withAttempts(failure, attempt + 1);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

async function readJson(response: Response, what: string): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new PersonaApiError('bad_response', `${what} answered with a body that is not JSON.`);
  }
}

/** A failed fetch or a timeout. Only the error's name is kept: some runtimes put the request in the message. */
function fromFetchError(error: unknown, what: string, timeoutMs: number): PersonaApiError {
  const name = error instanceof Error ? error.name : 'Error';
  if (name === 'TimeoutError') return new PersonaApiError('timeout', `${what} did not answer within ${timeoutMs} ms.`);
  return new PersonaApiError('network', `${what} failed (${name}).`);
}

function withAttempts(error: PersonaApiError, attempts: number): PersonaApiError {
  if (attempts === 1) return error;
  return new PersonaApiError(error.kind, `${error.message.replace(/\.$/, '')} (after ${attempts} attempts).`, {
    ...(error.status !== undefined && { status: error.status }),
  });
}
