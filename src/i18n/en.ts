import type { Translation } from './translation.js';

const plural = new Intl.PluralRules('en');

/** English: the bundled fallback every other locale is checked against. */
export const en: Translation = {
  locale: 'en',
  dir: 'ltr',

  checkingHeading: 'Checking your verification',
  checkingBody: 'One moment…',

  lockedHeading: 'Verify your identity to continue',
  lockedIntro: 'This feature is available to people who have verified their identity. It usually takes under five minutes.',
  prepareHeading: 'What you need',
  prepareItems: [
    'A physical, valid government photo ID',
    'A device with a camera, for a photo of the ID and a live selfie',
    'A few minutes, usually under five',
  ],
  acceptedHeading: 'Accepted IDs',
  acceptedItems: ['Passport', "Driver's licence or state/provincial ID", 'National ID card'],
  notAcceptedHeading: 'Not accepted',
  notAcceptedItems: [
    'Copies, scans, screenshots or photos of photos',
    'Digital or mobile IDs',
    'Student, employee, library or bank cards',
    'Temporary paper IDs',
  ],
  privacyHeading: 'Your privacy',
  privacyBody:
    'Persona collects and holds the photos of your ID and your selfie on our behalf. We do not keep the images. They are used only to verify your identity, never for training or marketing, and are not shared beyond you, Persona and us unless the law requires it.',
  startButton: 'Start verification',

  loadingHeading: 'Opening verification',
  loadingBody: 'Loading the secure verification flow…',
  inProgressHeading: 'Verification in progress',
  inProgressBody: 'Follow the steps in the verification window.',
  cancelButton: 'Cancel',
  flowTitle: 'Verify your identity',

  reviewingHeading: 'Checking your documents',
  reviewingBody: 'This usually takes a few minutes. You can leave this page; we will remember where you are.',

  verifiedAnnouncement: 'Identity verified. The feature is now available.',

  retryHeading: "We couldn't verify your identity",
  declineGuidance: (reason) => {
    switch (reason) {
      case 'blurry_photo':
      case 'glare':
        return 'The photo was not clear enough. Retake it in good, even light, hold still, and avoid glare on the ID.';
      case 'document_expired':
        return 'The ID has expired. Use another valid government photo ID.';
      case 'document_not_accepted':
        return 'That document is not accepted. Use a physical government photo ID: no copies, screenshots or digital IDs.';
      case 'face_mismatch':
      case 'selfie_failed':
        return 'The selfie could not be matched. Face the camera in good light and remove hats or glasses.';
      case 'technical':
        return 'Something went wrong on our side. Try again, or use another browser.';
      default:
        return 'Check that your ID is valid and fully in the frame, use good light, and try again.';
    }
  },
  attemptsLeft: (count) =>
    plural.select(count) === 'one' ? '1 attempt left' : `${count} attempts left`,
  retryButton: 'Try again',

  exhaustedHeading: 'No attempts left',
  exhaustedBody:
    "We couldn't verify your identity after several attempts. Contact support and include the email of your account and roughly when you tried.",
  supportLink: 'Contact support',

  cancelledHeading: 'Verification paused',
  cancelledBody: 'You left the verification before finishing. You can pick up where you left off, or start over.',
  resumeButton: 'Resume',
  startOverButton: 'Start over',

  blockedHeading: "This account can't be verified here",
  blockedReason: (reason) => {
    switch (reason) {
      case 'unsupported_region':
        return 'Identity verification is not available in your region yet.';
      case 'underage':
        return 'You must be 18 or older to use this feature.';
      default:
        return 'This account cannot be verified under our policies.';
    }
  },
  appealLink: 'Appeal this decision',

  errorHeading: 'Something went wrong',
  errorMessage: (code) => {
    switch (code) {
      case 'camera_unavailable':
        return 'We could not use your camera. Allow camera access, close other apps that use it, or continue on a phone.';
      case 'flow_timeout':
      case 'sdk_load_failed':
        return 'The verification could not load. Check your connection; an ad blocker or firewall may be blocking it.';
      case 'offline':
        return 'You appear to be offline. Reconnect and try again.';
      case 'network':
      case 'bad_response':
        return 'We could not reach our server. Try again in a moment.';
      case 'invalid_config':
      case 'inactive_template':
        return 'Verification is not set up correctly on this page. Please contact support.';
      case 'unauthenticated':
        return 'Your verification session expired. Try again to continue.';
      case 'application_error':
      case 'unknown':
        return 'The verification service had a problem. Try again in a moment.';
    }
  },
  tryAgainButton: 'Try again',
  contactSupport: 'Contact support',
};
