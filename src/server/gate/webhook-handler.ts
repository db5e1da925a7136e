import { json, methodNotAllowed } from '../json-response.js';
import type { Inquiry } from '../inquiry.js';
import type { PersonaClient } from '../persona-client.js';
import { verifyPersonaSignature } from '../persona-signature.js';
import { failureAnswer } from './answers.js';
import type { GateHandler } from './gate-options.js';
import type { Ledger } from './ledger.js';
import { webhookEvent } from './webhook-event.js';

/** Webhook bodies larger than this are not Persona's. */
const maxWebhookBytes = 1_000_000;

/**
 * Persona's webhook. 4xx only for what Persona would never send (a bad
 * signature, an oversized body, one that is not JSON): every validly signed
 * event gets 2xx, including events about other objects, other templates or
 * unknown inquiries, so Persona does not deliver it again. A verified event
 * writes what Persona said into the record, in its place by `created-at`: a
 * duplicate or an older event changes nothing. 5xx only when the event could
 * not be recorded (the store, or Persona, failed), so Persona delivers it again.
 */
export function webhookHandler(
  persona: PersonaClient,
  ledger: Ledger,
  secrets: readonly string[],
  now: () => number,
  report: (error: unknown) => void,
): GateHandler {
  /** An inquiry read from the API, when the payload was not enough: at least as new as the event that asked for it. */
  async function read(id: string, eventAt: number | undefined): Promise<{ inquiry: Inquiry; asOf: number }> {
    const asOf = Math.max(now(), eventAt ?? -Infinity);
    return { inquiry: await persona.retrieveInquiry(id, { priority: 'background' }), asOf };
  }

  return async (request) => {
    try {
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > maxWebhookBytes) return json(413, { error: 'too_large' });
      const rawBody = await request.text();
      if (rawBody.length > maxWebhookBytes) return json(413, { error: 'too_large' });
      const header = request.headers.get('persona-signature');
      if (!(await verifyPersonaSignature({ rawBody, header, secrets }))) return json(401, { error: 'invalid_signature' });
      let body: unknown;
      try {
        body = JSON.parse(rawBody);
      } catch {
        return json(400, { error: 'not_json' });
      }

      const event = webhookEvent(body);
      if (event.about !== 'inquiry') return json(200, { received: true });
      let observed = event.inquiry && { inquiry: event.inquiry, asOf: event.createdAt ?? now() };
      // Another template's inquiry: not this gate's business (the payload names its template).
      if (observed && !ledger.ofThisGate(observed.inquiry)) return json(200, { received: true });
      // A payload this code cannot read, or without the reference id: Persona's API has it.
      if (!observed || observed.inquiry.referenceId === null) observed = await read(event.id, event.createdAt);
      const { status, failedChecks } = observed.inquiry;
      // Why a decline happened lives in its checks; a payload without them is completed by one read.
      if ((status === 'failed' || status === 'declined') && failedChecks.length === 0 && event.inquiry) observed = await read(event.id, event.createdAt);
      await ledger.observe(observed.inquiry, observed.asOf);
      return json(200, { received: true });
    } catch (error) {
      report(error);
      return failureAnswer(error);
    }
  };
}
