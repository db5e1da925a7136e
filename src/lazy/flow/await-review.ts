import { backendGateError } from '../../eager/backend/backend-error.js';
import { defaultPollTiming, pollUntilDecided } from './poll-status.js';
import { fetchStatus } from '../../eager/backend/status-client.js';
import type { FlowCore } from '../../eager/controller/flow-core.js';
import { gateError } from '../../eager/machine/errors.js';

/**
 * After the flow, with a server: `GET status-url?scope=S[&inquiry-id=ID]`
 * until it decides, with backoff, then a recoverable `review_timeout`.
 */
export async function awaitReview(core: FlowCore, inquiryId: string | undefined): Promise<void> {
  const { statusUrl, scope, requestInit, reviewTimeout } = core.host;
  if (!statusUrl) return;
  const reviewTiming = { ...defaultPollTiming, timeoutMs: reviewTimeout };
  const signal = core.signal;
  try {
    const reply = await pollUntilDecided(
      (attempt) => fetchStatus(statusUrl, { scope, inquiryId }, requestInit, attempt),
      signal,
      reviewTiming,
    );
    if (core.state !== 'reviewing') return;
    if (reply === 'timeout') {
      core.fail(gateError('review_timeout', `status-url gave no decision within ${reviewTiming.timeoutMs} ms.`), 'review');
    } else {
      core.judge(reply, inquiryId);
    }
  } catch (error) {
    if (!signal.aborted) core.fail(backendGateError(error), 'review');
  }
}
