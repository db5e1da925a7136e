// Persona's webhook, as Persona sends it: a JSON:API `event` signed in
// `Persona-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`.

export interface SignPersonaWebhookInput {
  /** The exact body that will be sent. */
  readonly body: string;
  /** One secret, or several (rotation): each adds a `t=…,v1=…` pair, space-separated. */
  readonly secret: string | readonly string[];
  /** Unix seconds; default now. */
  readonly timestamp?: number;
}

const encoder = new TextEncoder();

/** The `Persona-Signature` header value for a body. */
export async function signPersonaWebhook({ body, secret, timestamp }: SignPersonaWebhookInput): Promise<string> {
  const t = String(timestamp ?? Math.floor(Date.now() / 1000));
  const secrets = typeof secret === 'string' ? [secret] : secret;
  const pairs = await Promise.all(secrets.map(async (one) => `t=${t},v1=${await hmacHex(one, `${t}.${body}`)}`));
  return pairs.join(' ');
}

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Where webhooks go: your endpoint's URL, or a handler called in-process. */
export type WebhookTarget = string | URL | ((request: Request) => Promise<Response> | Response);

/** An event body, as Persona wraps the resource it is about. */
export function personaEvent(name: string, payload: { data: unknown; included?: unknown[] }, id: string, createdAt: string): string {
  return JSON.stringify({
    data: { type: 'event', id, attributes: { name, 'created-at': createdAt, payload } },
  });
}

/** Signs `body` and POSTs it to `to`; resolves with the endpoint's answer. */
export async function sendPersonaWebhook(input: {
  to: WebhookTarget;
  body: string;
  secret: string | readonly string[];
  timestamp?: number;
  /** More headers, e.g. Persona's `Persona-Webhook-Attempts-Made`. */
  headers?: Readonly<Record<string, string>>;
}): Promise<Response> {
  const signature = await signPersonaWebhook(input);
  const init = {
    method: 'POST',
    headers: { ...input.headers, 'content-type': 'application/json', 'persona-signature': signature },
    body: input.body,
  };
  if (typeof input.to === 'function') return input.to(new Request('http://localhost/persona-webhook', init));
  return globalThis.fetch(input.to, init);
}
