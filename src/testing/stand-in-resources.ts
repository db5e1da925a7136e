// How the stand-in writes its inquiries, in the JSON:API shapes of Persona's API
// (version 2023-01-05, kebab-case keys): `data.attributes.status`, `reference-id`,
// relationships to the template and the verifications, `included` verifications
// with their checks.
import { checkFor } from '../server/check-reasons.js';
import type { BlockReason, DeclineReason } from '../protocol/reasons.js';

/** An inquiry as the stand-in keeps it. */
export interface StandInInquiry {
  readonly id: string;
  status: string;
  readonly referenceId: string | null;
  readonly templateId: string | null;
  readonly templateVersionId: string | null;
  readonly createdAt: string;
  readonly fields: Readonly<Record<string, unknown>>;
  /** Set when the person submits: the verifications Persona ran. */
  verifications: StandInVerification[];
}

export interface StandInVerification {
  readonly id: string;
  readonly type: 'verification/government-id' | 'verification/selfie';
  readonly status: 'passed' | 'failed';
  readonly failedCheck: string | undefined;
}

const governmentIdChecks = ['id_blur_detection', 'id_glare_detection', 'id_expired', 'id_disallowed_country', 'id_age_comparison'];
const selfieChecks = ['selfie_id_comparison', 'selfie_liveness_detection'];

/** The verifications of a submission: both pass, or the one holding the reason's check fails. */
export function verificationsFor(passed: boolean, reason: DeclineReason | BlockReason | undefined, newId: () => string): StandInVerification[] {
  const failedCheck = passed || reason === undefined ? undefined : checkFor[reason];
  const selfieFails = failedCheck !== undefined && failedCheck.startsWith('selfie_');
  return [
    {
      id: newId(),
      type: 'verification/government-id',
      status: !passed && !selfieFails ? 'failed' : 'passed',
      failedCheck: selfieFails ? undefined : failedCheck,
    },
    { id: newId(), type: 'verification/selfie', status: selfieFails ? 'failed' : 'passed', failedCheck: selfieFails ? failedCheck : undefined },
  ];
}

export function inquiryResource(inquiry: StandInInquiry): Record<string, unknown> {
  return {
    type: 'inquiry',
    id: inquiry.id,
    attributes: {
      status: inquiry.status,
      'reference-id': inquiry.referenceId,
      'created-at': inquiry.createdAt,
      fields: inquiry.fields,
    },
    relationships: {
      'inquiry-template': { data: inquiry.templateId && { type: 'inquiry-template', id: inquiry.templateId } },
      'inquiry-template-version': {
        data: inquiry.templateVersionId && { type: 'inquiry-template-version', id: inquiry.templateVersionId },
      },
      verifications: { data: inquiry.verifications.map(({ id, type }) => ({ type, id })) },
    },
  };
}

export function verificationResource(verification: StandInVerification): Record<string, unknown> {
  const names = verification.type === 'verification/selfie' ? selfieChecks : governmentIdChecks;
  const checks = [...new Set([...names, ...(verification.failedCheck ? [verification.failedCheck] : [])])].map((name) => ({
    name,
    status: name === verification.failedCheck ? 'failed' : 'passed',
    reasons: [],
    requirement: 'required',
    metadata: {},
  }));
  return { type: verification.type, id: verification.id, attributes: { status: verification.status, checks } };
}

/** `{ errors: [{ title }] }`, Persona's error body. */
export function errorBody(title: string): Record<string, unknown> {
  return { errors: [{ title }] };
}
