/** Why an attempt was declined (from the host's server). Unknown reasons get generic guidance. */
export const DeclineReasons = [
  'blurry_photo',
  'glare',
  'document_expired',
  'document_not_accepted',
  'face_mismatch',
  'selfie_failed',
  'technical',
] as const;
export type DeclineReason = (typeof DeclineReasons)[number];

/** Why an account cannot be verified at all. */
export const BlockReasons = ['unsupported_region', 'underage', 'policy'] as const;
export type BlockReason = (typeof BlockReasons)[number];
