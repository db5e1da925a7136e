import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** « N tentatives restantes » for each plural category of French (0 and 1 take the singular). */
const attemptsLeftForms: Readonly<Record<'one' | 'many' | 'other', (n: string) => string>> = {
  one: (n) => `${n} tentative restante`,
  /** Round millions: « 1 000 000 de tentatives ». */
  many: (n) => `${n} de tentatives restantes`,
  other: (n) => `${n} tentatives restantes`,
};

const attemptsLeft = pluralize('fr', attemptsLeftForms);

/**
 * French. Typography: no-break space (U+00A0) before « : » and inside guillemets,
 * narrow no-break space (U+202F) before « ; ! ? ».
 */
export const fr: Translation = {
  locale: 'fr',
  dir: 'ltr',

  checkingHeading: 'Vérification de votre statut',
  checkingBody: 'Un instant…',

  lockedHeading: 'Vérifiez votre identité pour continuer',
  lockedIntro:
    'Cette fonctionnalité est accessible une fois votre identité vérifiée. Cela prend généralement moins de cinq minutes.',
  stepsHeading: 'Comment ça se passe',
  steps: {
    prepare: 'Préparez votre pièce d’identité',
    idPhoto: 'Photo de la pièce d’identité',
    selfie: 'Selfie en direct',
    review: 'Vérification',
  },
  stepsProgressLabel: 'Étapes de la vérification',
  stepDone: 'terminé',
  stepFailed: 'à refaire',
  prepareHeading: 'Ce qu’il vous faut',
  prepareItems: [
    'Une pièce d’identité officielle avec photo, physique et en cours de validité',
    'Un appareil avec caméra, pour photographier votre pièce d’identité et prendre un selfie en direct',
    'Quelques minutes, généralement moins de cinq',
  ],
  acceptedHeading: 'Pièces acceptées',
  acceptedItems: [
    'Passeport',
    'Permis de conduire ou carte d’identité d’un État ou d’une province',
    'Carte nationale d’identité',
  ],
  notAcceptedHeading: 'Non acceptés',
  notAcceptedItems: [
    'Copies, scans, captures d’écran ou photos de photos',
    'Pièces d’identité numériques ou mobiles',
    'Cartes non officielles : carte d’étudiant, professionnelle, de bibliothèque ou bancaire',
    'Pièces d’identité provisoires en papier',
  ],
  privacyHeading: 'Votre vie privée',
  privacyItems: [
    'Persona, un service de vérification d’identité, contrôle votre pièce d’identité et votre selfie pour notre compte.',
    'Nous recevons le résultat du contrôle et pouvons consulter ce que vous envoyez.',
    'Pour consulter, corriger ou supprimer vos données, contactez-nous : Persona agit pour notre compte.',
  ],
  startButton: 'Lancer la vérification',

  loadingHeading: 'Ouverture de la vérification',
  loadingBody: 'Chargement de la vérification sécurisée…',
  inProgressHeading: 'Vérification en cours',
  inProgressBody: 'Suivez les étapes dans la fenêtre de vérification.',
  cancelButton: 'Annuler',
  flowTitle: 'Vérifiez votre identité',

  reviewingHeading: 'Vérification de vos documents',
  reviewingBody: 'Cela prend généralement quelques minutes.',
  reviewingLeave: 'Vous pouvez quitter cette page ; nous vous donnerons accès à votre retour.',

  verifiedHeading: 'Identité vérifiée',

  retryHeading: 'Nous n’avons pas pu vérifier votre identité',
  declineAdvice: {
    blurry_photo:
      'La photo était floue. Reprenez-la avec un bon éclairage, en tenant la pièce et l’appareil bien immobiles.',
    glare:
      'Un reflet masquait une partie de la pièce. Inclinez-la pour éviter lampes et fenêtres, puis reprenez la photo.',
    document_expired:
      'Cette pièce d’identité a expiré. Utilisez une autre pièce d’identité officielle avec photo en cours de validité.',
    document_not_accepted:
      'Ce document n’est pas accepté. Utilisez l’original d’une pièce d’identité officielle avec photo : ni copie, ni capture d’écran, ni scan, ni pièce numérique.',
    face_mismatch:
      'Votre selfie ne correspond pas à la photo de la pièce d’identité. Placez-vous face à la caméra, dans un endroit bien éclairé, et retirez chapeau ou lunettes.',
    selfie_failed:
      'Votre selfie n’a pas pu être vérifié. Placez-vous face à la caméra, dans un endroit bien éclairé, et retirez chapeau ou lunettes.',
    technical: 'Un problème est survenu de notre côté. Réessayez ou utilisez un autre navigateur.',
    other:
      'Vérifiez que votre pièce d’identité est valide et entièrement dans le cadre, placez-vous dans un endroit bien éclairé et réessayez.',
  },
  attemptsLeft,
  retryButton: 'Réessayer',

  exhaustedHeading: 'Plus aucune tentative',
  exhaustedBody:
    'Nous n’avons pas pu vérifier votre identité après plusieurs tentatives. Notre équipe d’assistance peut vous aider.',
  exhaustedIncludeHeading: 'En contactant l’assistance, indiquez',
  exhaustedIncludeItems: [
    'L’adresse e-mail de votre compte',
    'À quel moment, environ, vous avez essayé',
    'La pièce utilisée (passeport, permis, carte d’identité) et son pays',
  ],
  supportLink: 'Contacter l’assistance',

  cancelledHeading: 'Vérification en pause',
  cancelledBody:
    'Vous avez quitté la vérification avant la fin. Reprenez où vous en étiez, ou recommencez.',
  resumeButton: 'Reprendre',
  startOverButton: 'Recommencer',

  blockedHeading: 'Ce compte ne peut pas être vérifié ici',
  blockedReasons: {
    unsupported_region: 'La vérification d’identité n’est pas encore disponible dans votre région.',
    underage: 'Vous devez avoir 18 ans ou plus pour utiliser cette fonctionnalité.',
    policy: 'Conformément à nos règles, ce compte ne peut pas être vérifié.',
    other: 'Ce compte ne peut pas être vérifié pour le moment.',
  },
  appealLink: 'Contester cette décision',

  errorHeading: 'Un problème est survenu',
  errorMessages: {
    invalid_config:
      'La vérification n’est pas correctement configurée sur cette page. Veuillez contacter l’assistance.',
    inactive_template: 'La vérification n’est pas disponible pour le moment. Veuillez contacter l’assistance.',
    unauthenticated: 'Votre session de vérification a expiré. Réessayez pour continuer.',
    application_error: 'Le service de vérification a rencontré un problème. Réessayez dans un instant.',
    unknown: 'Le service de vérification a rencontré un problème. Réessayez dans un instant.',
    network: 'Impossible de joindre notre serveur. Vérifiez votre connexion et réessayez.',
    bad_response:
      'Notre serveur a envoyé une réponse que nous n’avons pas comprise. Réessayez dans un instant.',
    sdk_load_failed:
      'La vérification n’a pas pu se charger. Vérifiez votre connexion ; un bloqueur de publicités ou un pare-feu la bloque peut-être.',
    flow_timeout:
      'La vérification n’a pas pu se charger. Vérifiez votre connexion ; un bloqueur de publicités ou un pare-feu la bloque peut-être.',
    offline: 'Vous semblez hors ligne. Reconnectez-vous et réessayez.',
    camera_unavailable:
      'Nous n’avons pas pu utiliser votre caméra. Autorisez l’accès à la caméra, fermez les autres applis qui l’utilisent ou continuez sur un téléphone.',
    review_timeout:
      'Vos documents sont toujours en cours d’examen. Revenez vérifier dans quelques minutes ; rien n’est perdu.',
  },
  cameraProblems: {
    insecure_context:
      'La caméra ne fonctionne que sur une page sécurisée (https). Ouvrez cette page en https et réessayez.',
    no_camera:
      'Aucune caméra n’a été trouvée sur cet appareil. Continuez sur un téléphone ou un ordinateur équipé d’une caméra.',
    camera_blocked:
      'Cette page n’est pas autorisée à utiliser la caméra. Contactez l’assistance ou continuez sur un autre appareil.',
  },
  tryAgainButton: 'Réessayer',
  checkAgainButton: 'Vérifier à nouveau',
  continueAnywayButton: 'Continuer quand même',
  contactSupport: 'Contacter l’assistance',
};
