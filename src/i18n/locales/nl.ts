import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** „Nog N pogingen over” for each plural category of Dutch. */
const attemptsLeftForms: Readonly<Record<'one' | 'other', (n: string) => string>> = {
  one: (n) => `Nog ${n} poging over`,
  other: (n) => `Nog ${n} pogingen over`,
};

const attemptsLeft = pluralize('nl', attemptsLeftForms);

/** Dutch (formal „u”, as Dutch government and bank services write). */
export const nl: Translation = {
  locale: 'nl',
  dir: 'ltr',

  checkingHeading: 'Uw verificatie wordt gecontroleerd',
  checkingBody: 'Een ogenblik…',

  lockedHeading: 'Verifieer uw identiteit om verder te gaan',
  lockedIntro:
    'Deze functie is beschikbaar zodra u uw identiteit hebt geverifieerd. Dat duurt meestal minder dan vijf minuten.',
  stepsHeading: 'Zo werkt het',
  steps: {
    prepare: 'Iden\u00adti\u00adteits\u00adbewijs klaar\u00adleggen',
    idPhoto: 'Foto iden\u00adti\u00adteits\u00adbewijs',
    selfie: 'Selfie maken',
    review: 'Controle',
  },
  stepsProgressLabel: 'Stappen van de verificatie',
  stepDone: 'klaar',
  stepFailed: 'moet opnieuw',
  prepareHeading: 'Wat u nodig hebt',
  prepareItems: [
    'Een geldig, fysiek identiteitsbewijs met foto, uitgegeven door de overheid',
    'Een apparaat met een camera, voor een foto van uw identiteitsbewijs en een selfie ter plekke',
    'Een paar minuten, meestal minder dan vijf',
  ],
  acceptedHeading: 'Geaccepteerde identiteitsbewijzen',
  acceptedItems: [
    'Paspoort',
    'Rijbewijs of identiteitsbewijs van een staat of provincie',
    'Nationale identiteitskaart',
  ],
  notAcceptedHeading: 'Niet geaccepteerd',
  notAcceptedItems: [
    'Kopieën, scans, screenshots of foto’s van foto’s',
    'Digitale of mobiele identiteitsbewijzen',
    'Identiteitsbewijzen die niet van de overheid zijn: studenten-, personeels-, bibliotheek- of bankpassen',
    'Tijdelijke papieren identiteitsbewijzen',
  ],
  privacyHeading: 'Uw privacy',
  privacyItems: [
    'Persona, een dienst voor identiteitsverificatie, controleert uw identiteitsbewijs en uw selfie voor ons.',
    'Wij ontvangen de uitkomst van de controle en kunnen zien wat u indient.',
    'Wilt u uw gegevens inzien, corrigeren of verwijderen? Neem dan contact met ons op: Persona handelt namens ons.',
  ],
  startButton: 'Verificatie starten',

  loadingHeading: 'Verificatie wordt geopend',
  loadingBody: 'De beveiligde verificatie wordt geladen…',
  inProgressHeading: 'Verificatie loopt',
  inProgressBody: 'Volg de stappen in het verificatievenster.',
  cancelButton: 'Annuleren',
  flowTitle: 'Uw identiteit verifiëren',

  reviewingHeading: 'Uw documenten worden gecontroleerd',
  reviewingBody: 'Dit duurt meestal een paar minuten.',
  reviewingLeave: 'U kunt deze pagina verlaten; als u terugkomt, krijgt u toegang.',

  verifiedHeading: 'Identiteit geverifieerd',

  retryHeading: 'We konden uw identiteit niet verifiëren',
  declineAdvice: {
    blurry_photo:
      'De foto was onscherp. Maak een nieuwe foto bij goed licht en houd het identiteitsbewijs en de camera stil.',
    glare:
      'Door weerspiegeling was een deel van het identiteitsbewijs onleesbaar. Houd het schuin, weg van lampen en ramen, en maak een nieuwe foto.',
    document_expired: 'Het identiteitsbewijs is verlopen. Gebruik een ander geldig identiteitsbewijs met foto van de overheid.',
    document_not_accepted:
      'Dit document wordt niet geaccepteerd. Gebruik een fysiek identiteitsbewijs met foto van de overheid: geen kopieën, screenshots, scans of digitale identiteitsbewijzen.',
    face_mismatch:
      'Uw selfie kwam niet overeen met de foto op het identiteitsbewijs. Kijk bij goed licht recht in de camera en zet hoed of bril af.',
    selfie_failed:
      'De selfie kon niet worden gecontroleerd. Kijk bij goed licht recht in de camera en zet hoed of bril af.',
    technical: 'Er ging bij ons iets mis. Probeer het opnieuw of gebruik een andere browser.',
    other:
      'Controleer of uw identiteitsbewijs geldig is en helemaal in beeld is, zorg voor goed licht en probeer het opnieuw.',
  },
  attemptsLeft,
  retryButton: 'Opnieuw proberen',

  exhaustedHeading: 'Geen pogingen meer over',
  exhaustedBody:
    'We konden uw identiteit na meerdere pogingen niet verifiëren. Onze klantenservice kan u helpen.',
  exhaustedIncludeHeading: 'Vermeld het volgende als u contact opneemt met de klantenservice',
  exhaustedIncludeItems: [
    'Het e-mailadres van uw account',
    'Ongeveer wanneer u het hebt geprobeerd',
    'Welk identiteitsbewijs u hebt gebruikt (paspoort, rijbewijs, identiteitskaart) en het land van uitgifte',
  ],
  supportLink: 'Contact met de klantenservice',

  cancelledHeading: 'Verificatie onderbroken',
  cancelledBody:
    'U hebt de verificatie verlaten voordat die klaar was. Ga verder waar u was gebleven, of begin opnieuw.',
  resumeButton: 'Verdergaan',
  startOverButton: 'Opnieuw beginnen',

  blockedHeading: 'Dit account kan hier niet worden geverifieerd',
  blockedReasons: {
    unsupported_region: 'Identiteitsverificatie is in uw regio nog niet beschikbaar.',
    underage: 'U moet 18 jaar of ouder zijn om deze functie te gebruiken.',
    policy: 'Dit account kan volgens ons beleid niet worden geverifieerd.',
    other: 'Dit account kan op dit moment niet worden geverifieerd.',
  },
  appealLink: 'Bezwaar maken',

  errorHeading: 'Er is iets misgegaan',
  errorMessages: {
    invalid_config:
      'De verificatie is op deze pagina niet goed ingesteld. Neem contact op met de klantenservice.',
    inactive_template: 'Verificatie is op dit moment niet beschikbaar. Neem contact op met de klantenservice.',
    unauthenticated: 'Uw verificatiesessie is verlopen. Probeer het opnieuw om verder te gaan.',
    application_error: 'Er was een probleem bij de verificatiedienst. Probeer het zo opnieuw.',
    unknown: 'Er was een probleem bij de verificatiedienst. Probeer het zo opnieuw.',
    network: 'We konden onze server niet bereiken. Controleer uw verbinding en probeer het opnieuw.',
    bad_response: 'Onze server gaf een antwoord dat we niet begrepen. Probeer het zo opnieuw.',
    sdk_load_failed:
      'De verificatie kon niet worden geladen. Controleer uw verbinding; mogelijk blokkeert een adblocker of firewall de verificatie.',
    flow_timeout:
      'De verificatie kon niet worden geladen. Controleer uw verbinding; mogelijk blokkeert een adblocker of firewall de verificatie.',
    offline: 'U lijkt offline te zijn. Maak opnieuw verbinding en probeer het nog eens.',
    camera_unavailable:
      'We konden uw camera niet gebruiken. Geef toegang tot de camera, sluit andere apps die de camera gebruiken, of ga verder op een telefoon.',
    review_timeout:
      'Uw documenten worden nog gecontroleerd. Kijk over een paar minuten opnieuw; er gaat niets verloren.',
  },
  cameraProblems: {
    insecure_context:
      'De camera werkt alleen op een beveiligde pagina (https). Open deze pagina via https en probeer het opnieuw.',
    no_camera:
      'We konden geen camera vinden op dit apparaat. Ga verder op een telefoon of een computer met een camera.',
    camera_blocked:
      'Deze pagina mag de camera niet gebruiken. Neem contact op met de klantenservice of ga verder op een ander apparaat.',
  },
  tryAgainButton: 'Opnieuw proberen',
  checkAgainButton: 'Opnieuw controleren',
  continueAnywayButton: 'Toch doorgaan',
  contactSupport: 'Contact met de klantenservice',
};
