import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** ”N försök kvar” for each plural category of Swedish (“försök” is the same in singular and plural). */
const attemptsLeftForms: Readonly<Record<'one' | 'other', (n: string) => string>> = {
  one: (n) => `${n} försök kvar`,
  other: (n) => `${n} försök kvar`,
};

const attemptsLeft = pluralize('sv', attemptsLeftForms);

/** Swedish, addressing the person as “du”, as Swedish authorities do. */
export const sv: Translation = {
  locale: 'sv',
  dir: 'ltr',

  checkingHeading: 'Vi kontrollerar din verifiering',
  checkingBody: 'Ett ögonblick…',

  lockedHeading: 'Verifiera din identitet för att fortsätta',
  lockedIntro:
    'Den här funktionen blir tillgänglig när du har verifierat din identitet. Det tar oftast mindre än fem minuter.',
  stepsHeading: 'Så går det till',
  steps: {
    prepare: 'Ta fram din id-handling',
    idPhoto: 'Foto av id-hand\u00adlingen',
    selfie: 'Live-selfie',
    review: 'Gransk\u00adning',
  },
  stepsProgressLabel: 'Steg i verifieringen',
  stepDone: 'klart',
  stepFailed: 'behöver göras om',
  prepareHeading: 'Det här behöver du',
  prepareItems: [
    'En fysisk, giltig id-handling med foto, utfärdad av en myndighet',
    'En enhet med kamera, för ett foto av din id-handling och en live-selfie',
    'Några minuter, oftast mindre än fem',
  ],
  acceptedHeading: 'Godkända id-handlingar',
  acceptedItems: ['Pass', 'Körkort eller id-kort utfärdat av en delstat eller provins', 'Nationellt id-kort'],
  notAcceptedHeading: 'Godkänns inte',
  notAcceptedItems: [
    'Kopior, skanningar, skärmbilder eller foton av foton',
    'Digitala eller mobila id-handlingar',
    'Id-handlingar som inte är utfärdade av en myndighet: student-, personal-, biblioteks- eller bankkort',
    'Tillfälliga id-handlingar av papper',
  ],
  privacyHeading: 'Din integritet',
  privacyItems: [
    'Persona, en tjänst för identitetsverifiering, kontrollerar din id-handling och din selfie åt oss.',
    'Vi får resultatet av kontrollen och kan se det du skickar in.',
    'Kontakta oss om du vill se, rätta eller radera dina uppgifter: Persona agerar för vår räkning.',
  ],
  startButton: 'Starta verifieringen',

  loadingHeading: 'Verifieringen öppnas',
  loadingBody: 'Den säkra verifieringen laddas…',
  inProgressHeading: 'Verifiering pågår',
  inProgressBody: 'Följ stegen i verifieringsfönstret.',
  cancelButton: 'Avbryt',
  flowTitle: 'Verifiera din identitet',

  reviewingHeading: 'Vi granskar dina handlingar',
  reviewingBody: 'Det tar oftast några minuter.',
  reviewingLeave: 'Du kan lämna sidan; vi släpper in dig när du kommer tillbaka.',

  verifiedHeading: 'Identiteten är verifierad',

  retryHeading: 'Vi kunde inte verifiera din identitet',
  declineAdvice: {
    blurry_photo: 'Fotot var suddigt. Ta om det i bra ljus och håll id-handlingen och kameran stilla.',
    glare: 'Reflexer täckte en del av id-handlingen. Vinkla den bort från lampor och fönster och ta om fotot.',
    document_expired:
      'Id-handlingen har gått ut. Använd en annan giltig id-handling med foto, utfärdad av en myndighet.',
    document_not_accepted:
      'Den handlingen godkänns inte. Använd en fysisk id-handling med foto, utfärdad av en myndighet: inga kopior, skärmbilder, skanningar eller digitala id-handlingar.',
    face_mismatch:
      'Din selfie matchade inte fotot på id-handlingen. Titta mot kameran i bra ljus och ta av dig hatt eller glasögon.',
    selfie_failed:
      'Din selfie kunde inte kontrolleras. Titta mot kameran i bra ljus och ta av dig hatt eller glasögon.',
    technical: 'Något gick fel hos oss. Försök igen eller använd en annan webbläsare.',
    other: 'Kontrollera att din id-handling är giltig och syns helt i bild, se till att ljuset är bra och försök igen.',
  },
  attemptsLeft,
  retryButton: 'Försök igen',

  exhaustedHeading: 'Inga försök kvar',
  exhaustedBody: 'Vi kunde inte verifiera din identitet efter flera försök. Vår support kan hjälpa dig.',
  exhaustedIncludeHeading: 'Ange det här när du kontaktar supporten',
  exhaustedIncludeItems: [
    'E-postadressen till ditt konto',
    'Ungefär när du försökte',
    'Vilken id-handling du använde (pass, körkort, nationellt id-kort) och vilket land som utfärdade den',
  ],
  supportLink: 'Kontakta supporten',

  cancelledHeading: 'Verifieringen är pausad',
  cancelledBody: 'Du lämnade verifieringen innan den var klar. Fortsätt där du slutade eller börja om.',
  resumeButton: 'Fortsätt',
  startOverButton: 'Börja om',

  blockedHeading: 'Det här kontot kan inte verifieras här',
  blockedReasons: {
    unsupported_region: 'Identitetsverifiering är inte tillgänglig i din region än.',
    underage: 'Du måste vara minst 18 år för att använda den här funktionen.',
    policy: 'Enligt våra regler kan det här kontot inte verifieras.',
    other: 'Det här kontot kan inte verifieras just nu.',
  },
  appealLink: 'Överklaga beslutet',

  errorHeading: 'Något gick fel',
  errorMessages: {
    invalid_config: 'Verifieringen är inte rätt inställd på den här sidan. Kontakta supporten.',
    inactive_template: 'Verifieringen är inte tillgänglig just nu. Kontakta supporten.',
    unauthenticated: 'Din verifieringssession har gått ut. Försök igen för att fortsätta.',
    application_error: 'Det uppstod ett problem i verifieringstjänsten. Försök igen om en stund.',
    unknown: 'Det uppstod ett problem i verifieringstjänsten. Försök igen om en stund.',
    network: 'Vi kunde inte nå vår server. Kontrollera din anslutning och försök igen.',
    bad_response: 'Vår server skickade ett svar som vi inte förstod. Försök igen om en stund.',
    sdk_load_failed:
      'Verifieringen kunde inte laddas. Kontrollera din anslutning; en annonsblockerare eller brandvägg kan blockera den.',
    flow_timeout:
      'Verifieringen kunde inte laddas. Kontrollera din anslutning; en annonsblockerare eller brandvägg kan blockera den.',
    offline: 'Du verkar vara offline. Anslut igen och försök på nytt.',
    camera_unavailable:
      'Vi kunde inte använda din kamera. Tillåt åtkomst till kameran, stäng andra appar som använder den eller fortsätt på en mobil.',
    review_timeout: 'Dina handlingar granskas fortfarande. Kontrollera igen om några minuter; inget går förlorat.',
  },
  cameraProblems: {
    insecure_context: 'Kameran fungerar bara på en säker sida (https). Öppna sidan via https och försök igen.',
    no_camera: 'Vi hittade ingen kamera på den här enheten. Fortsätt på en mobil eller en dator med kamera.',
    camera_blocked: 'Den här sidan får inte använda kameran. Kontakta supporten eller fortsätt på en annan enhet.',
  },
  tryAgainButton: 'Försök igen',
  checkAgainButton: 'Kontrollera igen',
  continueAnywayButton: 'Fortsätt ändå',
  contactSupport: 'Kontakta supporten',
};
