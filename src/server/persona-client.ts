import { inquiryDocument, inquiryFrom, type Inquiry } from './inquiry.js';
import { PersonaApiError } from './persona-api-error.js';
import { personaRequest, type PersonaTransport } from './persona-request.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry-delay.js';

/**
 * The Persona API version every request pins in `Persona-Version`, so a change
 * of the account's default version cannot change the shapes this code reads.
 * Its documented shapes: `data.attributes.status`, `reference-id`, `created-at`,
 * `relationships.verifications` with `included` checks, `meta.session-token`.
 */
export const personaApiVersion = '2023-01-05';

export interface PersonaClientOptions {
  /** A server-side API key (`persona_production_…` / `persona_sandbox_…`). Never sent to a browser. */
  readonly apiKey: string;
  /** Default `https://api.withpersona.com`; a stand-in's address in tests. */
  readonly baseUrl?: string;
  /** Default {@link personaApiVersion}. */
  readonly apiVersion?: string;
  /** Default `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
  /** Per attempt, default 10000 ms. */
  readonly timeoutMs?: number;
  /** Retries after 429, 5xx, a failed fetch or a timeout; default 2. */
  readonly maxRetries?: number;
}

export interface CreateInquiryInput {
  /** `itmpl_…`; or pin a version with `templateVersionId` (`itmplv_…`). */
  readonly templateId?: string;
  readonly templateVersionId?: string;
  /** Your id for the person. */
  readonly referenceId: string;
  /** Prefilled inquiry fields, as Persona names them (`name-first`, …). */
  readonly fields?: Readonly<Record<string, unknown>>;
}

export interface PersonaClient {
  /** `POST /api/v1/inquiries`, with an `Idempotency-Key` that its retries reuse. */
  createInquiry(input: CreateInquiryInput): Promise<Inquiry>;
  /** `GET /api/v1/inquiries/{id}?include=verifications`. */
  retrieveInquiry(inquiryId: string): Promise<Inquiry>;
  /** `GET /api/v1/inquiries?filter[reference-id]=…`, every page. */
  listInquiries(referenceId: string): Promise<Inquiry[]>;
  /** `POST /api/v1/inquiries/{id}/resume`: a session token (`meta.session-token`) to continue it. */
  resumeInquiry(inquiryId: string): Promise<{ inquiry: Inquiry; sessionToken: string }>;
}

/** Pages of a list this client follows before it stops (100 inquiries a page). */
const maxPages = 10;

/** Persona's REST API, with retries, timeouts and errors that never carry the key. */
export function createPersonaClient(options: PersonaClientOptions): PersonaClient {
  if (typeof options?.apiKey !== 'string' || options.apiKey.trim() === '') {
    throw new TypeError('createPersonaClient: apiKey must be a non-empty string.');
  }
  const baseUrl = new URL(options.baseUrl ?? 'https://api.withpersona.com');
  const policy: RetryPolicy = { ...defaultRetryPolicy, maxRetries: options.maxRetries ?? defaultRetryPolicy.maxRetries };
  const transport: PersonaTransport = {
    baseUrl,
    headers: {
      authorization: `Bearer ${options.apiKey}`,
      'persona-version': options.apiVersion ?? personaApiVersion,
      'key-inflection': 'kebab',
      accept: 'application/json',
    },
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? 10_000,
    policy,
  };

  return {
    async createInquiry({ templateId, templateVersionId, referenceId, fields }) {
      if (!templateId === !templateVersionId) {
        throw new TypeError('createInquiry: pass templateId or templateVersionId, not both.');
      }
      const attributes = {
        ...(templateId ? { 'inquiry-template-id': templateId } : { 'inquiry-template-version-id': templateVersionId }),
        'reference-id': referenceId,
        ...(fields && { fields }),
      };
      const body = await personaRequest(transport, 'POST', '/api/v1/inquiries', { data: { attributes } });
      return inquiryDocument(body, 'POST /api/v1/inquiries');
    },

    async retrieveInquiry(inquiryId) {
      const path = `/api/v1/inquiries/${encodeURIComponent(inquiryId)}`;
      const body = await personaRequest(transport, 'GET', `${path}?include=verifications`);
      return inquiryDocument(body, `GET ${path}`);
    },

    async listInquiries(referenceId) {
      const query = new URLSearchParams({ 'filter[reference-id]': referenceId, 'page[size]': '100' });
      let next: string | undefined = `/api/v1/inquiries?${query}`;
      const inquiries: Inquiry[] = [];
      for (let page = 0; next && page < maxPages; page++) {
        const body = await personaRequest(transport, 'GET', next);
        const { data, included, links } = (body ?? {}) as Record<string, unknown>;
        if (!Array.isArray(data)) throw new PersonaApiError('bad_response', 'Persona API GET /api/v1/inquiries: data is not a list.');
        inquiries.push(...data.map((resource) => inquiryFrom(resource, included, 'GET /api/v1/inquiries')));
        next = nextPage(links, baseUrl);
      }
      return inquiries;
    },

    async resumeInquiry(inquiryId) {
      const path = `/api/v1/inquiries/${encodeURIComponent(inquiryId)}/resume`;
      const body = await personaRequest(transport, 'POST', path, {});
      const token = ((body as { meta?: Record<string, unknown> })?.meta ?? {})['session-token'];
      if (typeof token !== 'string' || token === '') {
        throw new PersonaApiError('bad_response', `Persona API POST ${path}: no meta.session-token.`);
      }
      return { inquiry: inquiryDocument(body, `POST ${path}`), sessionToken: token };
    },
  };
}

/** `links.next`, only when it stays on Persona's own origin (a path or a same-origin URL). */
function nextPage(links: unknown, baseUrl: URL): string | undefined {
  const next = (links as Record<string, unknown> | null | undefined)?.['next'];
  if (typeof next !== 'string' || next === '') return undefined;
  const url = new URL(next, baseUrl);
  return url.origin === baseUrl.origin ? `${url.pathname}${url.search}` : undefined;
}
