import type { BlockReason, DeclineReason } from '../protocol/reasons.js';

/**
 * Persona's verification checks of the government-ID and selfie verifications,
 * as the gate's words for them: the one table (docs/persona-as-documented.md
 * shows it). Names are from Persona's catalogue of detections; the category is
 * Persona's split of checks into "user action required" (a poor submission,
 * which Persona's own flow hints at) and "fraud" (false or altered information).
 * A person gets advice only for user-action checks; a fraud check, or one not
 * listed, gets the gate's general words. Two checks say the person cannot be
 * verified here at all: a disallowed country and an age below the template's.
 */
type CheckMeaning =
  | { readonly category: 'user_action_required'; readonly advice: DeclineReason }
  | { readonly category: 'user_action_required'; readonly blocks: BlockReason }
  | { readonly category: 'fraud' };

const fraud = { category: 'fraud' } as const;
const advice = (reason: DeclineReason) => ({ category: 'user_action_required', advice: reason }) as const;

export const checkCatalogue: Readonly<Record<string, CheckMeaning>> = {
  // Government ID: a submission the person can fix.
  id_blur_detection: advice('blurry_photo'),
  id_portrait_clarity_detection: advice('blurry_photo'),
  id_glare_detection: advice('glare'),
  id_expired_detection: advice('document_expired'),
  id_disallowed_type_detection: advice('document_not_accepted'),
  id_paper_detection: advice('document_not_accepted'),
  id_electronic_replica_detection: advice('document_not_accepted'),
  id_entity_detection: advice('document_not_accepted'),
  id_unprocessable_submission_detection: advice('technical'),
  // Government ID: who may be verified here.
  id_disallowed_country_detection: { category: 'user_action_required', blocks: 'unsupported_region' },
  id_age_comparison: { category: 'user_action_required', blocks: 'underage' },
  // Selfie: a capture the person can redo.
  selfie_glare_detection: advice('selfie_failed'),
  selfie_pose_detection: advice('selfie_failed'),
  selfie_face_covering_detection: advice('selfie_failed'),
  selfie_glasses_detection: advice('selfie_failed'),
  selfie_image_quality_detection: advice('selfie_failed'),
  selfie_portrait_quality_detection: advice('selfie_failed'),
  selfie_video_quality_detection: advice('selfie_failed'),
  // Fraud: general words only, so a person trying to fool the check learns nothing from it.
  selfie_id_comparison: fraud,
  id_selfie_comparison: fraud,
  selfie_liveness_detection: fraud,
  selfie_pose_repeat_detection: fraud,
  selfie_multiple_faces_detection: fraud,
  selfie_suspicious_entity_detection: fraud,
  selfie_public_figure_detection: fraud,
  selfie_repeat_detection: fraud,
  id_tamper_detection: fraud,
  id_physical_tamper_detection: fraud,
  id_fabrication_detection: fraud,
  id_compromised_detection: fraud,
  id_color_inconsistency_detection: fraud,
  id_barcode_inconsistency_detection: fraud,
  id_mrz_inconsistency_detection: fraud,
  id_extraction_inconsistency_detection: fraud,
  id_age_inconsistency_detection: fraud,
  id_repeat_detection: fraud,
  id_inconsistent_repeat_detection: fraud,
  id_public_figure_detection: fraud,
};

/**
 * What the failed, required checks of a declined inquiry say (`Inquiry.failedChecks`
 * holds only those). A blocking check wins wherever it is listed: an underage
 * person gets no retry advice. Otherwise the first check with advice names the
 * reason, unless a fraud check failed too: then only general words.
 */
export function reasonOf(failedChecks: readonly string[]):
  | { blocked: true; reason: BlockReason }
  | { blocked: false; reason: DeclineReason | undefined } {
  const meanings = failedChecks.filter((name) => Object.hasOwn(checkCatalogue, name)).map((name) => checkCatalogue[name]!);
  for (const meaning of meanings) {
    if ('blocks' in meaning) return { blocked: true, reason: meaning.blocks };
  }
  if (meanings.some((meaning) => meaning.category === 'fraud')) return { blocked: false, reason: undefined };
  const first = meanings.find((meaning) => 'advice' in meaning);
  return { blocked: false, reason: first && 'advice' in first ? first.advice : undefined };
}
