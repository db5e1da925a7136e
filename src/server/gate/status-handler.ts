import { json } from '../json-response.js';
import type { ObservedInquiry } from '../store/gate-store.js';
import { inquiryVerdict, personVerdict, type VerdictRules } from '../verdict.js';
import type { Ledger } from './ledger.js';

/** Persona inquiry ids: `inq_` and letters or digits. Anything else never reaches Persona's URL. */
export const inquiryIdPattern = /^inq_[A-Za-z0-9_-]{1,64}$/;

/**
 * `GET status-url`: answered from the record. Persona is asked only about an
 * inquiry in flight that no webhook mentioned for 10 s, an inquiry id the record
 * does not hold, or a person the store cannot vouch for. When that read fails, a
 * person whose standing is known still gets it.
 */
export function statusHandler(ledger: Ledger, rules: VerdictRules) {
  /** Still up to Persona: the person's answer would be `pending`, or they just left the flow. */
  const inFlight = (inquiry: ObservedInquiry) =>
    inquiry.status === 'created' ||
    inquiry.status === 'pending' ||
    inquiry.status === 'needs_review' ||
    (inquiry.status === 'completed' && rules.waitForDecision);

  /** `standing`: on connect, and for the host's own API. */
  async function standing(referenceId: string, { refresh }: { refresh: boolean }) {
    const inquiries = await ledger.known(referenceId);
    if (inquiries === undefined) return { status: 'unverified' as const, attemptsRemaining: rules.maxAttempts };
    const verdict = personVerdict(inquiries, rules);
    if (!refresh || verdict.status !== 'pending') return verdict;
    const awaited = inquiries.filter(inFlight).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    const fresh = awaited && (await ledger.refresh(referenceId, awaited));
    return fresh ? personVerdict(fresh, rules) : verdict;
  }

  /** After the flow: the outcome of the inquiry the person just finished. */
  async function outcome(referenceId: string, inquiryId: string): Promise<Response> {
    let inquiries = await ledger.known(referenceId);
    let inquiry = inquiries?.find((candidate) => candidate.id === inquiryId);
    if (!inquiry) {
      inquiries = (await ledger.lookUpUnknown(referenceId)) ?? inquiries;
      inquiry = inquiries?.find((candidate) => candidate.id === inquiryId);
    }
    // Not among this person's inquiries: someone else's, or none at all. Same answer for both.
    if (!inquiry || !inquiries) return json(403, { error: 'not_your_inquiry' });
    if (inFlight(inquiry)) {
      // `created` while the browser says the flow ended: the start and end events may be late; ask now.
      const fresh = await ledger.refresh(referenceId, inquiry, { force: inquiry.status === 'created' });
      const refreshed = fresh?.find((candidate) => candidate.id === inquiryId);
      if (fresh && refreshed) [inquiries, inquiry] = [fresh, refreshed];
    }
    return json(200, inquiryVerdict(inquiry, inquiries, rules));
  }

  const handle = async (request: Request, referenceId: string): Promise<Response> => {
    const inquiryId = new URL(request.url).searchParams.get('inquiry-id');
    if (inquiryId === null) return json(200, await standing(referenceId, { refresh: true }));
    if (!inquiryIdPattern.test(inquiryId)) return json(400, { error: 'invalid_inquiry_id' });
    return outcome(referenceId, inquiryId);
  };
  return { handle, standing };
}
