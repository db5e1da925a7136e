// Persona's webhook delivery, as its "Webhooks best practices" page describes it:
// up to 5 attempts, at about 0, 3, 18, 83 and 258 s, until the endpoint answers
// 2xx. Each attempt is signed afresh and says how far along it is in
// `Persona-Webhook-Attempts-Made`, `-Attempts-Left` and `-First-Attempted-At`
// (headers of Persona's webhook reference).
import { sendPersonaWebhook, type WebhookTarget } from './webhook-sender.js';

/** Seconds after the first attempt, as Persona documents them. */
export const personaRedeliverySchedule = [0, 3, 18, 83, 258] as const;

export interface WebhookDeliveryOptions {
  readonly to: WebhookTarget;
  readonly secret: string | readonly string[];
  /**
   * Milliseconds from the first attempt to each attempt; default Persona's
   * schedule. Tests compress it, e.g. `[0, 3, 18, 83, 258]` (ms) or all zeros.
   */
  readonly scheduleMs?: readonly number[];
}

/** One attempt, as the stand-in records it. */
export interface WebhookAttempt {
  readonly eventId: string;
  readonly name: string;
  readonly attempt: number;
  /** The endpoint's status, or 0 when it could not be reached. */
  readonly status: number;
}

/**
 * Delivers one event until a 2xx or the schedule ends. Resolves after the first
 * attempt; later ones run in the background, in `pending` until done.
 */
export function deliverWebhook(
  options: WebhookDeliveryOptions,
  event: { id: string; name: string; body: string },
  record: (attempt: WebhookAttempt) => void,
  pending: Set<Promise<unknown>>,
): Promise<void> {
  const schedule = options.scheduleMs ?? personaRedeliverySchedule.map((seconds) => seconds * 1000);
  const firstAt = Date.now();
  const attempt = async (index: number): Promise<boolean> => {
    const headers = {
      'persona-webhook-attempts-made': String(index + 1),
      'persona-webhook-attempts-left': String(schedule.length - index - 1),
      'persona-webhook-first-attempted-at': String(Math.floor(firstAt / 1000)),
    };
    const status = await sendPersonaWebhook({ to: options.to, secret: options.secret, body: event.body, headers }).then(
      (response) => response.status,
      () => 0,
    );
    record({ eventId: event.id, name: event.name, attempt: index + 1, status });
    return status >= 200 && status < 300;
  };
  const redeliver = async () => {
    for (let index = 1; index < schedule.length; index++) {
      await later(schedule[index]! - schedule[index - 1]!);
      if (await attempt(index)) return;
    }
  };
  return attempt(0).then((delivered) => {
    if (delivered || schedule.length < 2) return;
    const rest = redeliver();
    pending.add(rest);
    void rest.finally(() => pending.delete(rest));
  });
}

function later(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
