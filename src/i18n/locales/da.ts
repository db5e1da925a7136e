import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** "N forsøg tilbage" for each plural category of Danish (the noun does not change, the rule does). */
const attemptsLeftForms: Readonly<Record<'one' | 'other', (n: string) => string>> = {
  one: (n) => `${n} forsøg tilbage`,
  other: (n) => `${n} forsøg tilbage`,
};

const attemptsLeft = pluralize('da', attemptsLeftForms);

/**
 * Danish ("du", as Danish public services address people). "Legitimation" is the Danish word
 * for an ID document. The ellipsis follows a no-break space, as it stands for omitted words.
 */
export const da: Translation = {
  locale: 'da',
  dir: 'ltr',

  checkingHeading: 'Vi tjekker din verificering',
  checkingBody: 'Et øjeblik\u00a0…',

  lockedHeading: 'Verificer din identitet for at fortsætte',
  lockedIntro:
    'Funktionen bliver tilgængelig, når du har verificeret din identitet. Det tager som regel under fem minutter.',
  stepsHeading: 'Sådan foregår det',
  steps: {
    prepare: 'Find legi\u00adti\u00adma\u00adtion frem',
    idPhoto: 'Foto af legi\u00adti\u00adma\u00adtion',
    selfie: 'Live-selfie',
    review: 'Kontrol',
  },
  stepsProgressLabel: 'Trin i verificeringen',
  stepDone: 'udført',
  stepFailed: 'skal prøves igen',
  prepareHeading: 'Det skal du bruge',
  prepareItems: [
    'Fysisk, gyldig billedlegitimation udstedt af en offentlig myndighed',
    'En enhed med kamera til et foto af din legitimation og en live-selfie',
    'Et par minutter, som regel under fem',
  ],
  acceptedHeading: 'Godkendt legitimation',
  acceptedItems: ['Pas', 'Kørekort eller identitetskort udstedt af en delstat eller provins', 'Nationalt identitetskort'],
  notAcceptedHeading: 'Ikke godkendt',
  notAcceptedItems: [
    'Kopier, scanninger, skærmbilleder eller fotos af fotos',
    'Digital eller mobil legitimation',
    'Legitimation, der ikke er offentligt udstedt: studiekort, medarbejderkort, lånerkort eller bankkort',
    'Midlertidig legitimation på papir',
  ],
  privacyHeading: 'Dit privatliv',
  privacyItems: [
    'Persona, en tjeneste til identitetsverificering, kontrollerer din legitimation og din selfie for os.',
    'Vi modtager resultatet af kontrollen og kan se det, du indsender.',
    'Kontakt os, hvis du vil se, rette eller slette dine data: Persona handler på vores vegne.',
  ],
  startButton: 'Start verificering',

  loadingHeading: 'Åbner verificeringen',
  loadingBody: 'Indlæser den sikre verificering\u00a0…',
  inProgressHeading: 'Verificering i gang',
  inProgressBody: 'Følg trinnene i verificeringsvinduet.',
  cancelButton: 'Annuller',
  flowTitle: 'Verificer din identitet',

  reviewingHeading: 'Vi kontrollerer dine dokumenter',
  reviewingBody: 'Det tager som regel et par minutter.',
  reviewingLeave: 'Du kan godt forlade siden; vi lukker dig ind, når du kommer tilbage.',

  verifiedHeading: 'Identitet verificeret',

  retryHeading: 'Vi kunne ikke verificere din identitet',
  declineAdvice: {
    blurry_photo: 'Billedet var uskarpt. Tag det igen i godt lys, og hold legitimationen og kameraet i ro.',
    glare: 'Genskin dækkede en del af legitimationen. Vip den væk fra lamper og vinduer, og tag billedet igen.',
    document_expired: 'Legitimationen er udløbet. Brug anden gyldig billedlegitimation udstedt af en offentlig myndighed.',
    document_not_accepted:
      'Dokumentet godkendes ikke. Brug fysisk billedlegitimation udstedt af en offentlig myndighed: ingen kopier, skærmbilleder, scanninger eller digital legitimation.',
    face_mismatch:
      'Din selfie matchede ikke billedet på legitimationen. Se ind i kameraet i godt lys, og tag hat eller briller af.',
    selfie_failed: 'Din selfie kunne ikke kontrolleres. Se ind i kameraet i godt lys, og tag hat eller briller af.',
    technical: 'Noget gik galt hos os. Prøv igen, eller brug en anden browser.',
    other: 'Tjek, at din legitimation er gyldig og helt inden for billedet, sørg for godt lys, og prøv igen.',
  },
  attemptsLeft,
  retryButton: 'Prøv igen',

  exhaustedHeading: 'Ingen forsøg tilbage',
  exhaustedBody: 'Vi kunne ikke verificere din identitet efter flere forsøg. Vores supportteam kan hjælpe dig.',
  exhaustedIncludeHeading: 'Oplys følgende, når du kontakter support',
  exhaustedIncludeItems: [
    'E-mailadressen på din konto',
    'Cirka hvornår du prøvede',
    'Hvilken legitimation du brugte (pas, kørekort, nationalt identitetskort), og hvilket land der har udstedt den',
  ],
  supportLink: 'Kontakt support',

  cancelledHeading: 'Verificering sat på pause',
  cancelledBody: 'Du forlod verificeringen, før den var færdig. Fortsæt, hvor du slap, eller start forfra.',
  resumeButton: 'Fortsæt',
  startOverButton: 'Start forfra',

  blockedHeading: 'Denne konto kan ikke verificeres her',
  blockedReasons: {
    unsupported_region: 'Identitetsverificering er endnu ikke tilgængelig i din region.',
    underage: 'Du skal være mindst 18 år for at bruge denne funktion.',
    policy: 'Denne konto kan ikke verificeres i henhold til vores politikker.',
    other: 'Denne konto kan ikke verificeres i øjeblikket.',
  },
  appealLink: 'Klag over afgørelsen',

  errorHeading: 'Noget gik galt',
  errorMessages: {
    invalid_config: 'Verificeringen er ikke sat korrekt op på denne side. Kontakt support.',
    inactive_template: 'Verificering er ikke tilgængelig lige nu. Kontakt support.',
    unauthenticated: 'Din verificeringssession er udløbet. Prøv igen for at fortsætte.',
    application_error: 'Der opstod et problem i verificeringstjenesten. Prøv igen om et øjeblik.',
    unknown: 'Der opstod et problem i verificeringstjenesten. Prøv igen om et øjeblik.',
    network: 'Vi kunne ikke få forbindelse til vores server. Tjek din forbindelse, og prøv igen.',
    bad_response: 'Vores server sendte et svar, vi ikke forstod. Prøv igen om et øjeblik.',
    sdk_load_failed:
      'Verificeringen kunne ikke indlæses. Tjek din forbindelse; en annonceblokker eller en firewall blokerer den måske.',
    flow_timeout:
      'Verificeringen kunne ikke indlæses. Tjek din forbindelse; en annonceblokker eller en firewall blokerer den måske.',
    offline: 'Det ser ud til, at du er offline. Genopret forbindelsen, og prøv igen.',
    camera_unavailable:
      'Vi kunne ikke bruge dit kamera. Giv adgang til kameraet, luk andre apps, der bruger det, eller fortsæt på en telefon.',
    review_timeout: 'Dine dokumenter bliver stadig kontrolleret. Tjek igen om et par minutter; intet går tabt.',
  },
  cameraProblems: {
    insecure_context: 'Kameraet virker kun på en sikker side (https). Åbn siden via https, og prøv igen.',
    no_camera: 'Vi kunne ikke finde et kamera på denne enhed. Fortsæt på en telefon eller en computer med kamera.',
    camera_blocked:
      'Denne side har ikke tilladelse til at bruge kameraet. Kontakt support, eller fortsæt på en anden enhed.',
  },
  tryAgainButton: 'Prøv igen',
  checkAgainButton: 'Tjek igen',
  continueAnywayButton: 'Fortsæt alligevel',
  contactSupport: 'Kontakt support',
};
