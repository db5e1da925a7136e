// How the stand-in writes its inquiries, in the JSON:API shapes of Persona's API
// (version 2023-01-05, kebab-case keys): `data.attributes.status`, `reference-id`,
// relationships to the template and the verifications, `included` verifications
// with their checks (`name`, `status`, `reasons`, `requirement`, `metadata`).
import { governmentIdChecks, selfieChecks, type StandInCheck } from './stand-in-checks.js';

/** An inquiry as the stand-in keeps it. */
export interface StandInInquiry {
  readonly id: string;
  status: string;
  readonly referenceId: string | null;
  readonly templateId: string | null;
  readonly templateVersionId: string | null;
  readonly createdAt: string;
  updatedAt: string;
  readonly fields: Readonly<Record<string, unknown>>;
  /** Set when the person submits: the verifications Persona ran. */
  verifications: StandInVerification[];
}

export interface StandInVerification {
  readonly id: string;
  readonly type: 'verification/government-id' | 'verification/selfie';
  readonly status: 'passed' | 'failed';
  readonly checks: ReadonlyArray<{ readonly name: string; readonly status: 'passed' | 'failed'; readonly requirement: string }>;
}

const isSelfie = (name: string) => name.startsWith('selfie_');

/**
 * The verifications of a submission: every default check of each type, the
 * `failing` ones failed (with their requirement). A verification fails when a
 * required check of it failed, as Persona documents.
 */
export function verificationsFor(failing: readonly StandInCheck[], newId: () => string): StandInVerification[] {
  const build = (type: StandInVerification['type'], defaults: ReadonlyArray<readonly [string, string]>) => {
    const ours = failing.filter((check) => isSelfie(check.name) === (type === 'verification/selfie'));
    const failed = new Map(ours.map((check) => [check.name, check.requirement ?? 'required']));
    const names = [...new Set([...defaults.map(([name]) => name), ...failed.keys()])];
    const checks = names.map((name) => ({
      name,
      status: failed.has(name) ? ('failed' as const) : ('passed' as const),
      requirement: failed.get(name) ?? defaults.find(([known]) => known === name)?.[1] ?? 'required',
    }));
    const status = checks.some((check) => check.status === 'failed' && check.requirement === 'required') ? 'failed' : 'passed';
    return { id: newId(), type, status, checks } as const;
  };
  return [build('verification/government-id', governmentIdChecks), build('verification/selfie', selfieChecks)];
}

export function inquiryResource(inquiry: StandInInquiry): Record<string, unknown> {
  return {
    type: 'inquiry',
    id: inquiry.id,
    attributes: {
      status: inquiry.status,
      'reference-id': inquiry.referenceId,
      'created-at': inquiry.createdAt,
      'updated-at': inquiry.updatedAt,
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
  const checks = verification.checks.map(({ name, status, requirement }) => ({ name, status, reasons: [], requirement, metadata: {} }));
  return { type: verification.type, id: verification.id, attributes: { status: verification.status, checks } };
}

/** `{ errors: [{ title }] }`, Persona's error body. */
export function errorBody(title: string): Record<string, unknown> {
  return { errors: [{ title }] };
}
