export interface VerifyPersonaSignatureInput {
  /** The request body exactly as received, before any JSON parsing. */
  readonly rawBody: string | ArrayBuffer | Uint8Array;
  /** The `Persona-Signature` header: `t=<unix seconds>,v1=<hex HMAC>`; several such pairs, space-separated, while a secret rotates. */
  readonly header: string | null | undefined;
  /** Your webhook secret(s) (`wbhsec_…`); pass the old and the new one while rotating. */
  readonly secrets: string | readonly string[];
  /** How far the signed time may be from now; default 300 s. */
  readonly toleranceSeconds?: number;
  /** Now, in ms since the epoch (or a Date); for tests. */
  readonly now?: number | Date;
}

/** Longer headers are not Persona's: refuse them before doing any work. */
const maxHeaderLength = 4096;
const encoder = new TextEncoder();

/**
 * `true` only for a `Persona-Signature` that one of `secrets` made over
 * `${t}.${rawBody}` with HMAC-SHA256, signed within the tolerance. Malformed
 * input of any kind is `false`, never an exception. The comparison is Web
 * Crypto's `verify`, which does not leak how much of a signature matched.
 */
export async function verifyPersonaSignature(input: VerifyPersonaSignatureInput): Promise<boolean> {
  const { rawBody, header, toleranceSeconds = 300, now = Date.now() } = input ?? {};
  const secrets = (typeof input?.secrets === 'string' ? [input.secrets] : [...(input?.secrets ?? [])]).filter(
    (secret): secret is string => typeof secret === 'string' && secret !== '',
  );
  if (typeof header !== 'string' || header.length > maxHeaderLength || secrets.length === 0) return false;
  const body = bytesOf(rawBody);
  if (!body) return false;
  const nowSeconds = (typeof now === 'number' ? now : now.getTime()) / 1000;

  const keys = await Promise.all(secrets.map(hmacKey));
  for (const { timestamp, signatures } of signedPairs(header)) {
    if (!(Math.abs(nowSeconds - Number(timestamp)) <= toleranceSeconds)) continue;
    const signed = concat(encoder.encode(`${timestamp}.`), body);
    for (const signature of signatures) {
      for (const key of keys) {
        if (await globalThis.crypto.subtle.verify('HMAC', key, signature, signed)) return true;
      }
    }
  }
  return false;
}

/** Each `t=…,v1=…[,v1=…]` group of the header; groups without a valid `t` are dropped. */
function signedPairs(header: string): Array<{ timestamp: string; signatures: Uint8Array<ArrayBuffer>[] }> {
  return header
    .trim()
    .split(/\s+/)
    .map((group) => {
      let timestamp = '';
      const signatures: Uint8Array<ArrayBuffer>[] = [];
      for (const part of group.split(',')) {
        const [key, value = '', extra] = part.split('=');
        if (extra !== undefined) continue;
        if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = value;
        if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(hexBytes(value));
      }
      return { timestamp, signatures };
    })
    .filter((pair) => pair.timestamp !== '' && pair.signatures.length > 0);
}

function hmacKey(secret: string): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'verify',
  ]);
}

function bytesOf(body: unknown): Uint8Array | undefined {
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return undefined;
}

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
