import type { SessionReply } from '../../protocol/status.js';
import { BackendError } from '../../eager/backend/backend-error.js';
import { requestJson } from '../../eager/backend/request-json.js';

/** An inquiry the host's server created for this person. */
export type ServerSession = SessionReply;

/** `POST session-url` with `{ scope, referenceId? }`. */
export async function createSession(
  sessionUrl: string,
  body: { scope: string; referenceId?: string | undefined },
  hostInit: RequestInit | undefined,
  signal: AbortSignal,
): Promise<ServerSession> {
  const url = new URL(sessionUrl, document.baseURI);
  const payload = JSON.stringify(body.referenceId ? body : { scope: body.scope });
  const answer = await requestJson(url, { method: 'POST', body: payload }, hostInit, signal);
  const { inquiryId, sessionToken } = (answer ?? {}) as Record<string, unknown>;
  if (typeof inquiryId !== 'string' || inquiryId === '') {
    throw new BackendError('bad_response', `${url.pathname}: the answer has no inquiryId.`);
  }
  if (sessionToken !== undefined && typeof sessionToken !== 'string') {
    throw new BackendError('bad_response', `${url.pathname}: sessionToken must be a string.`);
  }
  return sessionToken ? { inquiryId, sessionToken } : { inquiryId };
}
