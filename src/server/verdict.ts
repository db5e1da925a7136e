import type { StatusReply } from '../protocol/status.js';
import { reasonOf } from './check-reasons.js';
import type { Inquiry } from './inquiry.js';

export interface VerdictRules {
  readonly maxAttempts: number;
  /** `completed` means approved unless the template's decisioning approves later. */
  readonly waitForDecision: boolean;
}

/** How soon the gate asks again while Persona is still working or a person reviews. */
const processingRetryMs = 2_000;
const reviewRetryMs = 10_000;

const isDeclined = (inquiry: Inquiry) => inquiry.status === 'failed' || inquiry.status === 'declined';

/** Attempts left: `maxAttempts` minus the person's own failed or declined inquiries. */
export function attemptsRemaining(inquiries: readonly Inquiry[], rules: VerdictRules): number {
  return Math.max(0, rules.maxAttempts - inquiries.filter(isDeclined).length);
}

/** Newest first, by Persona's `created-at`. */
export function newestFirst(inquiries: readonly Inquiry[]): Inquiry[] {
  return [...inquiries].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** `GET status-url?scope=S`: where this person stands, from all their inquiries. */
export function personVerdict(inquiries: readonly Inquiry[], rules: VerdictRules): StatusReply {
  const approved = (inquiry: Inquiry) =>
    inquiry.status === 'approved' || (inquiry.status === 'completed' && !rules.waitForDecision);
  if (inquiries.some(approved)) return { status: 'approved' };
  for (const inquiry of inquiries.filter(isDeclined)) {
    const said = reasonOf(inquiry.failedChecks);
    if (said.blocked) return { status: 'blocked', reason: said.reason };
  }
  const latest = newestFirst(inquiries)[0];
  if (latest?.status === 'needs_review' || latest?.status === 'completed') {
    return { status: 'pending', retryAfterMs: reviewRetryMs };
  }
  if (latest && isDeclined(latest)) return declined(latest, inquiries, rules);
  return { status: 'unverified', attemptsRemaining: attemptsRemaining(inquiries, rules) };
}

/** `GET status-url?scope=S&inquiry-id=ID`: the outcome of the inquiry the person just finished. */
export function inquiryVerdict(inquiry: Inquiry, inquiries: readonly Inquiry[], rules: VerdictRules): StatusReply {
  switch (inquiry.status) {
    case 'approved':
      return { status: 'approved' };
    case 'completed':
      return rules.waitForDecision ? { status: 'pending', retryAfterMs: reviewRetryMs } : { status: 'approved' };
    case 'pending':
      // Submitted, and Persona is still running its checks.
      return { status: 'pending', retryAfterMs: processingRetryMs };
    case 'needs_review':
      return { status: 'pending', retryAfterMs: reviewRetryMs };
    case 'failed':
    case 'declined': {
      const said = reasonOf(inquiry.failedChecks);
      return said.blocked ? { status: 'blocked', reason: said.reason } : declined(inquiry, inquiries, rules);
    }
    default:
      // created (nothing submitted, whatever the page said), expired, or a status this code does not know.
      return { status: 'unverified', attemptsRemaining: attemptsRemaining(inquiries, rules) };
  }
}

function declined(inquiry: Inquiry, inquiries: readonly Inquiry[], rules: VerdictRules): StatusReply {
  const { reason } = reasonOf(inquiry.failedChecks);
  return {
    status: 'declined',
    ...(reason !== undefined && { reason }),
    attemptsRemaining: attemptsRemaining(inquiries, rules),
  };
}
