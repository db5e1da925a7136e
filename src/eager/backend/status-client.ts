import { ServerStatuses, type ServerStatus, type StatusReply } from '../../protocol/status.js';
import { BackendError } from './backend-error.js';
import { requestJson } from './request-json.js';

export type { StatusReply };

/** `GET status-url?scope=S[&inquiry-id=ID]`. */
export async function fetchStatus(
  statusUrl: string,
  query: { scope: string; inquiryId?: string | undefined },
  hostInit: RequestInit | undefined,
  signal: AbortSignal,
): Promise<StatusReply> {
  const url = new URL(statusUrl, document.baseURI);
  url.searchParams.set('scope', query.scope);
  if (query.inquiryId) url.searchParams.set('inquiry-id', query.inquiryId);
  return parseStatus(await requestJson(url, { method: 'GET' }, hostInit, signal), url.pathname);
}

/** Checks the shape of a status answer; anything else is `bad_response`. */
export function parseStatus(body: unknown, source = 'status-url'): StatusReply {
  const bad = (why: string) => new BackendError('bad_response', `${source}: ${why}`);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw bad('not a JSON object.');
  const { status, attemptsRemaining, reason, retryAfterMs } = body as Record<string, unknown>;
  if (!ServerStatuses.includes(status as ServerStatus)) throw bad(`unknown status ${JSON.stringify(status)}.`);
  if (attemptsRemaining !== undefined && !isCount(attemptsRemaining)) {
    throw bad('bad attemptsRemaining.');
  }
  if (reason !== undefined && typeof reason !== 'string') throw bad('bad reason.');
  if (retryAfterMs !== undefined && !isCount(retryAfterMs)) throw bad('bad retryAfterMs.');
  return {
    status: status as ServerStatus,
    ...(attemptsRemaining !== undefined && { attemptsRemaining: attemptsRemaining as number }),
    ...(reason !== undefined && { reason }),
    ...(retryAfterMs !== undefined && { retryAfterMs: retryAfterMs as number }),
  };
}

/** A count JSON can carry exactly (not 1e300, not -1). */
function isCount(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
