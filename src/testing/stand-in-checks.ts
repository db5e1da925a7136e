// The checks the stand-in reports, written from Persona's catalogue of detections
// (docs.withpersona.com "Verification Checks" and the detection table of the
// Dashboard) and Persona's changelog of 2025-03-03 ("New defaults for Government ID
// / Selfie Verification Template"), not from the server entry's table: each with
// the `requirement` a default template gives it. A required check that fails
// fails its verification; a not_required one is reported and changes nothing.
import type { BlockReason, DeclineReason } from '../protocol/reasons.js';

export type CheckRequirement = 'required' | 'not_required';

/** A check a scripted decision fails: its name, and `required` unless said otherwise. */
export interface StandInCheck {
  readonly name: string;
  readonly requirement?: CheckRequirement;
}

export const governmentIdChecks: ReadonlyArray<readonly [string, CheckRequirement]> = [
  ['id_age_comparison', 'required'],
  ['id_barcode_detection', 'not_required'],
  ['id_barcode_inconsistency_detection', 'not_required'],
  ['id_blur_detection', 'not_required'],
  ['id_color_inconsistency_detection', 'required'],
  ['id_compromised_detection', 'required'],
  ['id_disallowed_country_detection', 'required'],
  ['id_disallowed_type_detection', 'required'],
  ['id_double_side_detection', 'required'],
  ['id_electronic_replica_detection', 'required'],
  ['id_entity_detection', 'required'],
  ['id_expired_detection', 'required'],
  ['id_fabrication_detection', 'required'],
  ['id_glare_detection', 'not_required'],
  ['id_paper_detection', 'not_required'],
  ['id_portrait_clarity_detection', 'not_required'],
  ['id_tamper_detection', 'required'],
  ['id_unprocessable_submission_detection', 'required'],
];

export const selfieChecks: ReadonlyArray<readonly [string, CheckRequirement]> = [
  ['selfie_face_covering_detection', 'required'],
  ['selfie_glare_detection', 'not_required'],
  ['selfie_id_comparison', 'required'],
  ['selfie_liveness_detection', 'required'],
  ['selfie_multiple_faces_detection', 'required'],
  ['selfie_pose_detection', 'required'],
  ['selfie_pose_repeat_detection', 'required'],
  ['selfie_suspicious_entity_detection', 'required'],
];

/** The check a scripted reason fails (what Persona would report for that kind of submission). */
export const checkForReason: Readonly<Record<DeclineReason | BlockReason, string | undefined>> = {
  blurry_photo: 'id_blur_detection',
  glare: 'id_glare_detection',
  document_expired: 'id_expired_detection',
  document_not_accepted: 'id_disallowed_type_detection',
  face_mismatch: 'selfie_id_comparison',
  selfie_failed: 'selfie_pose_detection',
  technical: 'id_unprocessable_submission_detection',
  unsupported_region: 'id_disallowed_country_detection',
  underage: 'id_age_comparison',
  policy: undefined,
};
