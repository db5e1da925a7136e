import { inquiryDocument, inquiryFrom, type Inquiry } from './inquiry.js';
import { PersonaApiError } from './persona-api-error.js';
import { systemClock, type PersonaClock } from './persona-clock.js';
import { personaRequest, type PersonaCall, type PersonaTransport } from './persona-request.js';
import { RateBudget, type PersonaBudget, type PersonaPriority } from './rate-budget.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry-delay.js';

export type { PersonaBudget, PersonaClock, PersonaPriority };

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
  /**
   * The longest a call may wait, in all, for Persona's rate-limit window to reopen
   * (or for retries); default 10000 ms. A call that would wait longer fails at
   * once with a `rate_limited` {@link PersonaApiError}. Per call: {@link PersonaCallOptions}.
   */
  readonly maxWaitMs?: number;
  /** Share of Persona's limit kept for `interactive` work; background work waits below it. Default 0.2. */
  readonly interactiveReserve?: number;
  /** Time, for tests: default the system clock and `setTimeout`. */
  readonly clock?: PersonaClock;
}

/** The last argument of every client method. */
export interface PersonaCallOptions {
  /** Default `interactive` (a person waits); `background` waits, or fails fast, when the budget runs low. */
  readonly priority?: PersonaPriority;
  /** Stops the call, its retries and its waits; it then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** This call's {@link PersonaClientOptions.maxWaitMs}. */
  readonly maxWaitMs?: number;
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
  /**
   * `POST /api/v1/inquiries`, with an `Idempotency-Key`: kept when a retry follows a
   * failed fetch or a timeout (Persona may have created it), new after an answered 5xx or 429.
   */
  createInquiry(input: CreateInquiryInput, call?: PersonaCallOptions): Promise<Inquiry>;
  /** `GET /api/v1/inquiries/{id}?include=verifications`. */
  retrieveInquiry(inquiryId: string, call?: PersonaCallOptions): Promise<Inquiry>;
  /** `GET /api/v1/inquiries?filter[reference-id]=…`, every page. */
  listInquiries(referenceId: string, call?: PersonaCallOptions): Promise<Inquiry[]>;
  /** `POST /api/v1/inquiries/{id}/resume`: a session token (`meta.session-token`) to continue it. */
  resumeInquiry(inquiryId: string, call?: PersonaCallOptions): Promise<{ inquiry: Inquiry; sessionToken: string }>;
  /** Persona's rate-limit window as learnt from the last answers; `undefined` before one said, or after its reset. */
  budget(): PersonaBudget | undefined;
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
  const clock = options.clock ?? systemClock;
  const reserve = options.interactiveReserve ?? 0.2;
  if (!(reserve >= 0 && reserve < 1)) throw new TypeError('createPersonaClient: interactiveReserve must be at least 0 and below 1.');
  const budget = new RateBudget(clock, reserve);
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  const callOf = (call: PersonaCallOptions | undefined): PersonaCall => ({
    priority: call?.priority === 'background' ? 'background' : 'interactive',
    maxWaitMs: call?.maxWaitMs ?? maxWaitMs,
    signal: call?.signal,
  });
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
    clock,
    budget,
  };

  return {
    async createInquiry({ templateId, templateVersionId, referenceId, fields }, call) {
      if (!templateId === !templateVersionId) {
        throw new TypeError('createInquiry: pass templateId or templateVersionId, not both.');
      }
      const attributes = {
        ...(templateId ? { 'inquiry-template-id': templateId } : { 'inquiry-template-version-id': templateVersionId }),
        'reference-id': referenceId,
        ...(fields && { fields }),
      };
      const body = await personaRequest(transport, 'POST', '/api/v1/inquiries', { data: { attributes } }, callOf(call));
      return inquiryDocument(body, 'POST /api/v1/inquiries');
    },

    async retrieveInquiry(inquiryId, call) {
      const path = `/api/v1/inquiries/${encodeURIComponent(inquiryId)}`;
      const body = await personaRequest(transport, 'GET', `${path}?include=verifications`, undefined, callOf(call));
      return inquiryDocument(body, `GET ${path}`);
    },

    async listInquiries(referenceId, call) {
      const query = new URLSearchParams({ 'filter[reference-id]': referenceId, 'page[size]': '100' });
      let next: string | undefined = `/api/v1/inquiries?${query}`;
      const inquiries: Inquiry[] = [];
      for (let page = 0; next && page < maxPages; page++) {
        const body = await personaRequest(transport, 'GET', next, undefined, callOf(call));
        const { data, included, links } = (body ?? {}) as Record<string, unknown>;
        if (!Array.isArray(data)) throw new PersonaApiError('bad_response', 'Persona API GET /api/v1/inquiries: data is not a list.');
        inquiries.push(...data.map((resource) => inquiryFrom(resource, included, 'GET /api/v1/inquiries')));
        next = nextPage(links, baseUrl);
      }
      return inquiries;
    },

    async resumeInquiry(inquiryId, call) {
      const path = `/api/v1/inquiries/${encodeURIComponent(inquiryId)}/resume`;
      const body = await personaRequest(transport, 'POST', path, {}, callOf(call));
      const token = ((body as { meta?: Record<string, unknown> })?.meta ?? {})['session-token'];
      if (typeof token !== 'string' || token === '') {
        throw new PersonaApiError('bad_response', `Persona API POST ${path}: no meta.session-token.`);
      }
      return { inquiry: inquiryDocument(body, `POST ${path}`), sessionToken: token };
    },

    budget: () => budget.snapshot(),
  };
}

/** `links.next`, only when it stays on Persona's own origin (a path or a same-origin URL). */
function nextPage(links: unknown, baseUrl: URL): string | undefined {
  const next = (links as Record<string, unknown> | null | undefined)?.['next'];
  if (typeof next !== 'string' || next === '') return undefined;
  const url = new URL(next, baseUrl);
  return url.origin === baseUrl.origin ? `${url.pathname}${url.search}` : undefined;
}
