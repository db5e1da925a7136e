// The host's backend as msw handlers, one named scenario each. Used by the tests and the demo.
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { BlockReasons, DeclineReasons, type BlockReason, type DeclineReason } from '../../src/protocol/reasons.js';
import type { IdVerificationGate } from '../../src/index.js';

export const statusUrl = '/api/idv/status';
export const sessionUrl = '/api/idv/session';

export type ScenarioName =
  | 'already-verified'
  | 'approve'
  | 'approve-after-review'
  | `decline-${DeclineReason}-then-approve`
  | 'exhausted'
  | `blocked-${BlockReason}`
  | 'pending-forever'
  | 'flaky-server'
  | 'server-down'
  | 'malformed-reply';

export const scenarioNames: readonly ScenarioName[] = [
  'already-verified',
  'approve',
  'approve-after-review',
  ...DeclineReasons.map((reason) => `decline-${reason}-then-approve` as const),
  'exhausted',
  ...BlockReasons.map((reason) => `blocked-${reason}` as const),
  'pending-forever',
  'flaky-server',
  'server-down',
  'malformed-reply',
];

export interface ScenarioOptions {
  /** What a `pending` answer asks the gate to wait (ms); short in tests. */
  readonly retryAfterMs?: number;
  /** Attempts the server allows. */
  readonly attempts?: number;
}

/** What a scenario's server has seen, for assertions. */
export interface ServerLog {
  readonly statusRequests: URL[];
  readonly sessionRequests: Array<{ body: unknown; headers: Headers }>;
}

type Verdict = { status: string; attemptsRemaining?: number; reason?: string; retryAfterMs?: number };

/**
 * msw handlers for one scenario. Each call starts a fresh server: its own
 * counters and inquiries, so tests do not leak into each other.
 */
export function scenario(name: ScenarioName, options: ScenarioOptions = {}): { handlers: HttpHandler[]; log: ServerLog } {
  const retryAfterMs = options.retryAfterMs ?? 1500;
  const attempts = options.attempts ?? 3;
  const log: ServerLog = { statusRequests: [], sessionRequests: [] };
  let sessions = 0;
  let declines = 0;
  const polls = new Map<string, number>();
  /** Each finished inquiry is judged once; later polls get the same verdict. */
  const verdicts = new Map<string, Verdict>();

  const judge = (): Verdict => {
    if (name === 'approve') return { status: 'approved' };
    if (name === 'exhausted' || name.startsWith('decline-')) {
      // decline-*-then-approve declines the first inquiry only; exhausted declines every one.
      if (name !== 'exhausted' && declines >= 1) return { status: 'approved' };
      declines += 1;
      const reason = name === 'exhausted' ? 'blurry_photo' : name.slice('decline-'.length, -'-then-approve'.length);
      return { status: 'declined', reason, attemptsRemaining: Math.max(0, attempts - declines) };
    }
    return { status: 'unverified' };
  };

  /** The server's answer about one inquiry the person finished. */
  const afterFlow = (inquiryId: string): Verdict => {
    const seen = (polls.get(inquiryId) ?? 0) + 1;
    polls.set(inquiryId, seen);
    if (name === 'pending-forever') return { status: 'pending', retryAfterMs };
    if (name === 'approve-after-review') return seen < 3 ? { status: 'pending', retryAfterMs } : { status: 'approved' };
    const verdict = verdicts.get(inquiryId) ?? judge();
    verdicts.set(inquiryId, verdict);
    return verdict;
  };

  const onConnect = (): Verdict => {
    if (name === 'already-verified') return { status: 'approved' };
    if (name.startsWith('blocked-')) return { status: 'blocked', reason: name.slice('blocked-'.length) };
    return { status: 'unverified', attemptsRemaining: attempts };
  };

  let requests = 0;
  const handlers: HttpHandler[] = [
    http.get(statusUrl, async ({ request }) => {
      const url = new URL(request.url);
      log.statusRequests.push(url);
      requests += 1;
      if (name === 'server-down') return HttpResponse.error();
      if (name === 'malformed-reply') return new HttpResponse('<html>Bad gateway</html>', { status: 200 });
      if (name === 'flaky-server' && requests === 1) {
        await delay(50);
        return new HttpResponse(null, { status: 503 });
      }
      // A request a gate of an earlier test sent just before it left the page can reach
      // msw after this test began (the browser dropped the answer): it must not count.
      if (!gateOnPage(url.searchParams.get('scope'))) return HttpResponse.error();
      const inquiryId = url.searchParams.get('inquiry-id');
      return HttpResponse.json(inquiryId ? afterFlow(inquiryId) : onConnect());
    }),
    http.post(sessionUrl, async ({ request }) => {
      log.sessionRequests.push({ body: await request.json(), headers: request.headers });
      if (name === 'server-down') return HttpResponse.error();
      sessions += 1;
      return HttpResponse.json({ inquiryId: `inq_server_${sessions}`, sessionToken: `sess_server_${sessions}` });
    }),
  ];
  return { handlers, log };
}

/** Whether a gate of `scope` is on the page (the sender of a request is, unless it left). */
function gateOnPage(scope: string | null): boolean {
  return [...document.querySelectorAll<IdVerificationGate>('id-verification-gate')].some(
    (gate) => gate.isConnected && gate.scope === scope,
  );
}
