import type { BlockReason, DeclineReason } from '../protocol/reasons.js';

/**
 * Persona's verification checks, as the gate's words for them. The first
 * failed check found here names the reason; a failed check not listed here
 * leaves the reason out (the gate then gives general advice).
 */
const blockingChecks: Readonly<Record<string, BlockReason>> = {
  id_disallowed_country: 'unsupported_region',
  id_age_comparison: 'underage',
};

const declineChecks: Readonly<Record<string, DeclineReason>> = {
  id_blur_detection: 'blurry_photo',
  id_glare_detection: 'glare',
  id_expired: 'document_expired',
  id_disallowed_type: 'document_not_accepted',
  id_paper_detection: 'document_not_accepted',
  id_electronic_replica_detection: 'document_not_accepted',
  id_screenshot_detection: 'document_not_accepted',
  selfie_id_comparison: 'face_mismatch',
  selfie_liveness_detection: 'selfie_failed',
  selfie_glare_detection: 'selfie_failed',
  selfie_pose_detection: 'selfie_failed',
  id_unprocessable_submission_detection: 'technical',
  selfie_unprocessable_submission_detection: 'technical',
};

/** What failed checks say, blocking reasons first: an underage person gets no retry advice. */
export function reasonOf(failedChecks: readonly string[]):
  | { blocked: true; reason: BlockReason }
  | { blocked: false; reason: DeclineReason | undefined } {
  for (const check of failedChecks) {
    if (Object.hasOwn(blockingChecks, check)) return { blocked: true, reason: blockingChecks[check]! };
  }
  const known = failedChecks.find((check) => Object.hasOwn(declineChecks, check));
  return { blocked: false, reason: known === undefined ? undefined : declineChecks[known] };
}

/** The checks the stand-in fails for each reason (its inverse of the tables above). */
export const checkFor: Readonly<Record<DeclineReason | BlockReason, string | undefined>> = {
  blurry_photo: 'id_blur_detection',
  glare: 'id_glare_detection',
  document_expired: 'id_expired',
  document_not_accepted: 'id_electronic_replica_detection',
  face_mismatch: 'selfie_id_comparison',
  selfie_failed: 'selfie_liveness_detection',
  technical: 'id_unprocessable_submission_detection',
  unsupported_region: 'id_disallowed_country',
  underage: 'id_age_comparison',
  policy: undefined,
};
