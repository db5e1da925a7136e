// The public shapes of the Persona API stand-in (`id-verification-gate/testing`).
import type { BlockReason, DeclineReason } from '../protocol/reasons.js';
import type { StandInCheck } from './stand-in-checks.js';
import type { StandInRateLimit } from './stand-in-rate-limit.js';
import type { ServedOverHttp } from './serve-over-http.js';
import type { WebhookAttempt, WebhookDeliveryOptions } from './webhook-deliveries.js';

/**
 * What Persona decides about a submitted inquiry. A decline names the kind of
 * submission (`reason`: the stand-in fails the check Persona would), or the
 * failed checks themselves, in order, each `required` unless said otherwise.
 */
export type StandInDecision =
  | { readonly status: 'approved' | 'completed' | 'needs_review' | 'pending' }
  | {
      readonly status: 'declined' | 'failed';
      readonly reason?: DeclineReason | BlockReason;
      readonly failedChecks?: readonly StandInCheck[];
    };

/** How the API itself misbehaves for the next requests. */
export type StandInFailure =
  | { readonly status: number; readonly retryAfter?: string }
  | 'garbage'
  | 'network'
  | 'hang'
  /** Persona does the work and stores the answer for the request's idempotency key; the answer is lost on the way. */
  | 'lost';

export interface PersonaApiStandInOptions {
  /** The key requests must carry as `Authorization: Bearer …`; default `persona_sandbox_stand_in`. */
  readonly apiKey?: string;
  /**
   * Where the stand-in sends signed webhooks on every status change; an answer
   * other than 2xx is redelivered on Persona's schedule (`scheduleMs` compresses it).
   */
  readonly webhook?: WebhookDeliveryOptions;
  /** Persona's environment rate limit (default 300 requests per 60 s, from the first request); `false`: none. */
  readonly rateLimit?: StandInRateLimit | false;
  /** The stand-in's clock for the rate-limit window; default `Date.now`. */
  readonly now?: () => number;
}

export interface RecordedRequest {
  readonly method: string;
  /** Path and query. */
  readonly url: string;
  /** Every header but `authorization`, which is recorded only as whether it was right. */
  readonly headers: Readonly<Record<string, string>>;
  readonly authorized: boolean;
  readonly body: unknown;
}

export interface PersonaApiStandIn {
  /** Give this to `createPersonaClient({ baseUrl })`. */
  readonly baseUrl: string;
  readonly apiKey: string;
  /** An in-process `fetch` that answers as Persona's API: `createPersonaClient({ fetch })`. */
  readonly fetch: typeof fetch;
  /** The same API as a `(Request) => Promise<Response>` handler, to mount on a server. */
  handle(request: Request): Promise<Response>;
  /** Serves it over HTTP on localhost (Node): give `url` to `createPersonaClient({ baseUrl })`. */
  listen(options?: { port?: number }): Promise<ServedOverHttp>;
  /** What Persona decides for this person's next submissions, in order (default: complete → approved, fail → failed). */
  script(referenceId: string, ...decisions: StandInDecision[]): void;
  /** The person reaches the flow (created → pending), as Persona's flow does. */
  start(inquiryId: string): Promise<void>;
  /** The person finishes the flow: `complete` (submitted) or `fail`; Persona decides, webhooks go out. */
  submit(inquiryId: string, outcome: 'complete' | 'fail'): Promise<string>;
  /** Persona (a workflow, a reviewer, expiry) changes the inquiry's status. */
  decide(inquiryId: string, decision: StandInDecision | { readonly status: 'expired' }): Promise<void>;
  /** The next `times` API requests fail this way. */
  failNext(failure: StandInFailure, times?: number): void;
  /** The inquiries it holds, oldest first. */
  inquiries(referenceId?: string): ReadonlyArray<{ readonly id: string; readonly status: string; readonly referenceId: string | null }>;
  /** Every API request it answered (or failed on purpose). */
  readonly requests: readonly RecordedRequest[];
  /** Every webhook delivery attempt, in order, with the endpoint's status (0: unreachable). */
  readonly webhookAttempts: readonly WebhookAttempt[];
  /** Webhook deliveries still under way: await before checking what an endpoint did. */
  settled(): Promise<void>;
}

