import { pluralize } from './plural.js';
import type { Translation } from './translation.js';

const attemptsLeft = pluralize('en', {
  one: (count) => `${count} attempt left`,
  other: (count) => `${count} attempts left`,
});

/** English: bundled, the fallback for every missing string. */
export const en: Translation = {
  locale: 'en',
  dir: 'ltr',

  checkingHeading: 'Checking your verification',
  checkingBody: 'One moment…',

  lockedHeading: 'Verify your identity to continue',
  lockedIntro: 'This feature is available once you verify your identity. It usually takes under five minutes.',
  stepsHeading: 'How it works',
  steps: { prepare: 'Get your ID ready', idPhoto: 'Photo of your ID', selfie: 'Live selfie', review: 'Review' },
  stepsProgressLabel: 'Verification steps',
  stepDone: 'done',
  stepFailed: 'needs another try',
  prepareHeading: 'What you need',
  prepareItems: [
    'A physical, valid government photo ID',
    'A device with a camera, for a photo of your ID and a live selfie',
    'A few minutes, usually under five',
  ],
  acceptedHeading: 'Accepted IDs',
  acceptedItems: ['Passport', "Driver's licence or state/provincial ID", 'National ID card'],
  notAcceptedHeading: 'Not accepted',
  notAcceptedItems: [
    'Copies, scans, screenshots or photos of photos',
    'Digital or mobile IDs',
    'Non-government IDs: student, employee, library or bank cards',
    'Temporary paper IDs',
  ],
  privacyHeading: 'Your privacy',
  privacyItems: [
    'Persona, an identity verification service, checks your ID and your selfie for us.',
    'We receive the result of the check and can see what you submit.',
    'To see, correct or delete your data, contact us: Persona acts on our behalf.',
  ],
  startButton: 'Start verification',

  loadingHeading: 'Opening verification',
  loadingBody: 'Loading the secure verification flow…',
  inProgressHeading: 'Verification in progress',
  inProgressBody: 'Follow the steps in the verification window.',
  cancelButton: 'Cancel',
  flowTitle: 'Verify your identity',

  reviewingHeading: 'Checking your documents',
  reviewingBody: 'This usually takes a few minutes.',
  reviewingLeave: 'You can leave this page; we will let you in when you come back.',

  verifiedHeading: 'Identity verified',

  retryHeading: "We couldn't verify your identity",
  declineAdvice: {
    blurry_photo: 'The photo was blurry. Retake it in good light and hold the ID and the camera still.',
    glare: 'Glare covered part of the ID. Tilt it away from lights and windows, and retake the photo.',
    document_expired: 'The ID has expired. Use another valid government photo ID.',
    document_not_accepted:
      'That document is not accepted. Use a physical government photo ID: no copies, screenshots, scans or digital IDs.',
    face_mismatch:
      'Your selfie did not match the photo on the ID. Face the camera in good light and remove hats or glasses.',
    selfie_failed: 'The selfie could not be checked. Face the camera in good light and remove hats or glasses.',
    technical: 'Something went wrong on our side. Try again, or use another browser.',
    other: 'Check that your ID is valid and fully in the frame, use good light, and try again.',
  },
  attemptsLeft,
  retryButton: 'Try again',

  exhaustedHeading: 'No attempts left',
  exhaustedBody: "We couldn't verify your identity after several attempts. Our support team can help.",
  exhaustedIncludeHeading: 'When you contact support, include',
  exhaustedIncludeItems: [
    'The email address of your account',
    'Roughly when you tried',
    'Which ID you used (passport, licence, national ID) and its country',
  ],
  supportLink: 'Contact support',

  cancelledHeading: 'Verification paused',
  cancelledBody: 'You left the verification before finishing. Pick up where you left off, or start over.',
  resumeButton: 'Resume',
  startOverButton: 'Start over',

  blockedHeading: "This account can't be verified here",
  blockedReasons: {
    unsupported_region: 'Identity verification is not available in your region yet.',
    underage: 'You must be 18 or older to use this feature.',
    policy: 'This account cannot be verified under our policies.',
    other: 'This account cannot be verified at the moment.',
  },
  appealLink: 'Appeal this decision',

  errorHeading: 'Something went wrong',
  errorMessages: {
    invalid_config: 'Verification is not set up correctly on this page. Please contact support.',
    inactive_template: 'Verification is not available right now. Please contact support.',
    unauthenticated: 'Your verification session expired. Try again to continue.',
    application_error: 'The verification service had a problem. Try again in a moment.',
    unknown: 'The verification service had a problem. Try again in a moment.',
    network: 'We could not reach our server. Check your connection and try again.',
    bad_response: 'Our server sent an answer we did not understand. Try again in a moment.',
    sdk_load_failed:
      'The verification could not load. Check your connection; an ad blocker or firewall may be blocking it.',
    flow_timeout:
      'The verification could not load. Check your connection; an ad blocker or firewall may be blocking it.',
    offline: 'You appear to be offline. Reconnect and try again.',
    camera_unavailable:
      'We could not use your camera. Allow camera access, close other apps that use it, or continue on a phone.',
    review_timeout: 'Your documents are still being reviewed. Check again in a few minutes; nothing is lost.',
  },
  cameraProblems: {
    insecure_context: 'The camera only works on a secure (https) page. Open this page over https and try again.',
    no_camera: 'We could not find a camera on this device. Continue on a phone or a computer with a camera.',
    camera_blocked: 'This page is not allowed to use the camera. Contact support, or continue on another device.',
  },
  tryAgainButton: 'Try again',
  checkAgainButton: 'Check again',
  continueAnywayButton: 'Continue anyway',
  contactSupport: 'Contact support',
};
