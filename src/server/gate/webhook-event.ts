import { inquiryFrom, type Inquiry } from '../inquiry.js';
import { inquiryIdPattern } from './status-handler.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a verified event says, as far as the gate cares. */
export type WebhookEvent =
  /** An event about something else (an account, a report, a malformed payload): answered 2xx and left alone. */
  | { readonly about: 'other' }
  | {
      readonly about: 'inquiry';
      readonly id: string;
      /** The event's `created-at` in ms: its place in the inquiry's history (Persona's webhook best practices). */
      readonly createdAt: number | undefined;
      /** The inquiry as the payload states it, when its shape is the API version this code reads; else `undefined`. */
      readonly inquiry: Inquiry | undefined;
    };

/** Persona's event: `{ data: { type: 'event', attributes: { name, created-at, payload: { data, included } } } }`. */
export function webhookEvent(body: unknown): WebhookEvent {
  const attributes = isObject(body) && isObject(body['data']) ? body['data']['attributes'] : undefined;
  const payload = isObject(attributes) ? attributes['payload'] : undefined;
  const resource = isObject(payload) ? payload['data'] : undefined;
  if (!isObject(resource) || resource['type'] !== 'inquiry') return { about: 'other' };
  const id = resource['id'];
  if (typeof id !== 'string' || !inquiryIdPattern.test(id)) return { about: 'other' };
  const createdAt = Date.parse(String(isObject(attributes) ? attributes['created-at'] : ''));
  let inquiry: Inquiry | undefined;
  try {
    inquiry = inquiryFrom(resource, isObject(payload) ? payload['included'] : undefined, 'webhook');
  } catch {
    // Another payload version or key inflection: the handler reads the inquiry from the API instead.
  }
  return { about: 'inquiry', id, createdAt: Number.isNaN(createdAt) ? undefined : createdAt, inquiry };
}
