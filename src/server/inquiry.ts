import { PersonaApiError } from './persona-api-error.js';

/** Persona's inquiry statuses (an unknown one is kept as it came). */
export type PersonaInquiryStatus =
  | 'created'
  | 'pending'
  | 'completed'
  | 'failed'
  | 'expired'
  | 'needs_review'
  | 'approved'
  | 'declined';

/** The part of a Persona inquiry the gate's server needs; no personal data. */
export interface Inquiry {
  readonly id: string;
  readonly status: PersonaInquiryStatus | (string & {});
  readonly referenceId: string | null;
  readonly templateId: string | null;
  readonly createdAt: string;
  /**
   * Names of the `required` checks that failed in the inquiry's failed
   * verifications (`included` verifications), e.g. `id_glare_detection`, in
   * Persona's order. A check that failed but was `not_required` did not fail the
   * inquiry and is left out. Empty when Persona did not send checks (lists do not).
   */
  readonly failedChecks: readonly string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One JSON:API inquiry resource, with the document's `included` resources. */
export function inquiryFrom(resource: unknown, included: unknown, source: string): Inquiry {
  const bad = (why: string) => new PersonaApiError('bad_response', `Persona API ${source}: ${why}`);
  if (!isObject(resource) || resource['type'] !== 'inquiry') throw bad('expected an inquiry resource.');
  const { id, attributes, relationships } = resource;
  if (typeof id !== 'string' || id === '') throw bad('the inquiry has no id.');
  if (!isObject(attributes) || typeof attributes['status'] !== 'string') throw bad('the inquiry has no status.');
  const referenceId = attributes['reference-id'];
  const createdAt = attributes['created-at'];
  return {
    id,
    status: attributes['status'],
    referenceId: typeof referenceId === 'string' ? referenceId : null,
    templateId: templateIdOf(relationships),
    createdAt: typeof createdAt === 'string' ? createdAt : '',
    failedChecks: failedChecksOf(relationships, included),
  };
}

/** `data` of a single-inquiry document. */
export function inquiryDocument(body: unknown, source: string): Inquiry {
  if (!isObject(body)) throw new PersonaApiError('bad_response', `Persona API ${source}: the body is not a JSON object.`);
  return inquiryFrom(body['data'], body['included'], source);
}

function templateIdOf(relationships: unknown): string | null {
  if (!isObject(relationships)) return null;
  for (const name of ['inquiry-template', 'template']) {
    const link = relationships[name];
    if (isObject(link) && isObject(link['data']) && typeof link['data']['id'] === 'string') return link['data']['id'];
  }
  return null;
}

/** Failed, required checks of this inquiry's failed verifications, in the order Persona lists them. */
function failedChecksOf(relationships: unknown, included: unknown): string[] {
  if (!isObject(relationships) || !Array.isArray(included)) return [];
  const verifications = relationships['verifications'];
  const ids = new Set(
    isObject(verifications) && Array.isArray(verifications['data'])
      ? verifications['data'].filter(isObject).map((link) => link['id'])
      : [],
  );
  const failed: string[] = [];
  for (const resource of included.filter(isObject)) {
    if (!ids.has(resource['id']) || !String(resource['type']).startsWith('verification')) continue;
    const attributes = resource['attributes'];
    if (!isObject(attributes) || attributes['status'] !== 'failed' || !Array.isArray(attributes['checks'])) continue;
    for (const check of attributes['checks'].filter(isObject)) {
      const counts = check['status'] === 'failed' && check['requirement'] === 'required';
      if (counts && typeof check['name'] === 'string') failed.push(check['name']);
    }
  }
  return failed;
}
