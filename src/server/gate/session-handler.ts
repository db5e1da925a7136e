import type { SessionReply } from '../../protocol/status.js';
import { json } from '../json-response.js';
import type { PersonaClient } from '../persona-client.js';
import { newestFirst, personVerdict, type VerdictRules } from '../verdict.js';
import type { Ledger } from './ledger.js';

/** Inquiries `session` continues rather than starting another: open, or expired (Persona moves a resumed one back to `pending`). */
const resumable = new Set(['created', 'pending', 'expired']);

/**
 * `POST session-url`: work a person waits for, so it asks Persona now
 * (interactive priority): the person's list, then a resume of their newest
 * open or expired inquiry, or a new one. One at a time per person, across
 * instances, so a double click or two tabs never make two open inquiries.
 */
export function sessionHandler(persona: PersonaClient, ledger: Ledger, templateId: string, rules: VerdictRules, now: () => number) {
  const isTemplateVersion = templateId.startsWith('itmplv_');

  async function start(referenceId: string): Promise<{ status: number; body: SessionReply | { error: string } }> {
    const inquiries = await ledger.lookUp(referenceId, 'interactive');
    const standing = personVerdict(inquiries, rules);
    if (standing.status === 'approved') return { status: 409, body: { error: 'already_verified' } };
    if (standing.status === 'blocked') return { status: 403, body: { error: 'blocked' } };
    if (standing.attemptsRemaining === 0) return { status: 409, body: { error: 'no_attempts_left' } };

    let inquiryId = newestFirst(inquiries).find((inquiry) => resumable.has(inquiry.status))?.id;
    if (inquiryId === undefined) {
      const sentAt = now();
      const created = await persona.createInquiry(
        { ...(isTemplateVersion ? { templateVersionId: templateId } : { templateId }), referenceId },
        { priority: 'interactive' },
      );
      await ledger.observe(created, sentAt);
      inquiryId = created.id;
    }
    const sentAt = now();
    const { inquiry, sessionToken } = await persona.resumeInquiry(inquiryId, { priority: 'interactive' });
    await ledger.observe(inquiry, sentAt);
    return { status: 200, body: { inquiryId, sessionToken } };
  }

  // The browser's body (scope, referenceId) is ignored: whose inquiry it is comes from `identify`.
  return async (_request: Request, referenceId: string): Promise<Response> => {
    const { status, body } = await ledger.once(`session:${ledger.keyOf(referenceId)}`, () => start(referenceId));
    return json(status, body);
  };
}
