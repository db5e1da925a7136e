import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** «N forsøk igjen» for each plural category of Norwegian («forsøk» is alike in both). */
const attemptsLeftForms: Readonly<Record<'one' | 'other', (n: string) => string>> = {
  one: (n) => `${n} forsøk igjen`,
  other: (n) => `${n} forsøk igjen`,
};

const attemptsLeft = pluralize('no', attemptsLeftForms);

/**
 * Norwegian Bokmål. «Du», as Norwegian public services write: the formal «De» is no longer used.
 * The ellipsis follows a no-break space, as Språkrådet sets it for omitted words.
 */
export const no: Translation = {
  locale: 'no',
  dir: 'ltr',

  checkingHeading: 'Sjekker verifiseringen din',
  checkingBody: 'Et øyeblikk\u00a0…',

  lockedHeading: 'Verifiser identiteten din for å fortsette',
  lockedIntro:
    'Denne funksjonen blir tilgjengelig når du har verifisert identiteten din. Det tar vanligvis under fem minutter.',
  stepsHeading: 'Slik fungerer det',
  steps: {
    prepare: 'Finn fram legi\u00adti\u00adma\u00adsjon',
    idPhoto: 'Bilde av legi\u00adti\u00adma\u00adsjo\u00adnen',
    selfie: 'Selfie',
    review: 'Kontroll',
  },
  stepsProgressLabel: 'Trinn i verifiseringen',
  stepDone: 'fullført',
  stepFailed: 'må gjøres på nytt',
  prepareHeading: 'Dette trenger du',
  prepareItems: [
    'Gyldig legitimasjon med bilde, utstedt av myndighetene, i original',
    'En enhet med kamera, for et bilde av legitimasjonen og en selfie tatt der og da',
    'Noen minutter, vanligvis under fem',
  ],
  acceptedHeading: 'Godkjent legitimasjon',
  acceptedItems: ['Pass', 'Førerkort eller ID-kort fra en delstat eller provins', 'Nasjonalt ID-kort'],
  notAcceptedHeading: 'Ikke godkjent',
  notAcceptedItems: [
    'Kopier, skanninger, skjermbilder eller bilder av bilder',
    'Digital eller mobil legitimasjon',
    'Legitimasjon som ikke er utstedt av myndighetene: student-, ansatt-, bibliotek- eller bankkort',
    'Midlertidig legitimasjon på papir',
  ],
  privacyHeading: 'Personvern',
  privacyItems: [
    'Persona, en tjeneste for identitetsverifisering, kontrollerer legitimasjonen og selfien din for oss.',
    'Vi får resultatet av kontrollen og kan se det du sender inn.',
    'Kontakt oss for å se, rette eller slette opplysningene dine: Persona handler på våre vegne.',
  ],
  startButton: 'Start verifisering',

  loadingHeading: 'Åpner verifiseringen',
  loadingBody: 'Laster inn den sikre verifiseringen\u00a0…',
  inProgressHeading: 'Verifisering pågår',
  inProgressBody: 'Følg trinnene i verifiseringsvinduet.',
  cancelButton: 'Avbryt',
  flowTitle: 'Verifiser identiteten din',

  reviewingHeading: 'Dokumentene dine kontrolleres',
  reviewingBody: 'Dette tar vanligvis noen minutter.',
  reviewingLeave: 'Du kan forlate denne siden; du får tilgang når du kommer tilbake.',

  verifiedHeading: 'Identiteten er verifisert',

  retryHeading: 'Vi kunne ikke verifisere identiteten din',
  declineAdvice: {
    blurry_photo:
      'Bildet var uskarpt. Ta det på nytt i godt lys, og hold legitimasjonen og kameraet i ro.',
    glare:
      'Gjenskinn dekket en del av legitimasjonen. Vipp den bort fra lamper og vinduer, og ta bildet på nytt.',
    document_expired: 'Legitimasjonen er utløpt. Bruk en annen gyldig legitimasjon med bilde, utstedt av myndighetene.',
    document_not_accepted:
      'Dette dokumentet godtas ikke. Bruk original legitimasjon med bilde, utstedt av myndighetene: ikke kopier, skjermbilder, skanninger eller digital legitimasjon.',
    face_mismatch:
      'Selfien stemte ikke med bildet på legitimasjonen. Se rett inn i kameraet i godt lys, og ta av hatt eller briller.',
    selfie_failed:
      'Selfien kunne ikke kontrolleres. Se rett inn i kameraet i godt lys, og ta av hatt eller briller.',
    technical: 'Noe gikk galt hos oss. Prøv igjen, eller bruk en annen nettleser.',
    other:
      'Sjekk at legitimasjonen er gyldig og helt innenfor bildet, sørg for godt lys, og prøv igjen.',
  },
  attemptsLeft,
  retryButton: 'Prøv igjen',

  exhaustedHeading: 'Ingen forsøk igjen',
  exhaustedBody:
    'Vi kunne ikke verifisere identiteten din etter flere forsøk. Kundeservice kan hjelpe deg.',
  exhaustedIncludeHeading: 'Når du kontakter kundeservice, oppgi',
  exhaustedIncludeItems: [
    'E-postadressen til kontoen din',
    'Omtrent når du gjorde forsøkene',
    'Hvilken legitimasjon du brukte (pass, førerkort, nasjonalt ID-kort) og hvilket land som utstedte den',
  ],
  supportLink: 'Kontakt kundeservice',

  cancelledHeading: 'Verifiseringen er satt på pause',
  cancelledBody:
    'Du gikk ut av verifiseringen før den var ferdig. Fortsett der du slapp, eller begynn på nytt.',
  resumeButton: 'Fortsett',
  startOverButton: 'Begynn på nytt',

  blockedHeading: 'Denne kontoen kan ikke verifiseres her',
  blockedReasons: {
    unsupported_region: 'Identitetsverifisering er ikke tilgjengelig i din region ennå.',
    underage: 'Du må være 18 år eller eldre for å bruke denne funksjonen.',
    policy: 'Denne kontoen kan ikke verifiseres etter retningslinjene våre.',
    other: 'Denne kontoen kan ikke verifiseres akkurat nå.',
  },
  appealLink: 'Klag på avgjørelsen',

  errorHeading: 'Noe gikk galt',
  errorMessages: {
    invalid_config: 'Verifiseringen er ikke riktig satt opp på denne siden. Kontakt kundeservice.',
    inactive_template: 'Verifisering er ikke tilgjengelig akkurat nå. Kontakt kundeservice.',
    unauthenticated: 'Verifiseringsøkten din er utløpt. Prøv igjen for å fortsette.',
    application_error: 'Verifiseringstjenesten fikk et problem. Prøv igjen om litt.',
    unknown: 'Verifiseringstjenesten fikk et problem. Prøv igjen om litt.',
    network: 'Vi fikk ikke kontakt med serveren vår. Sjekk tilkoblingen og prøv igjen.',
    bad_response: 'Serveren vår sendte et svar vi ikke forsto. Prøv igjen om litt.',
    sdk_load_failed:
      'Verifiseringen kunne ikke lastes inn. Sjekk tilkoblingen; en annonseblokkering eller brannmur kan blokkere den.',
    flow_timeout:
      'Verifiseringen kunne ikke lastes inn. Sjekk tilkoblingen; en annonseblokkering eller brannmur kan blokkere den.',
    offline: 'Det ser ut til at du er frakoblet. Koble til igjen og prøv på nytt.',
    camera_unavailable:
      'Vi fikk ikke brukt kameraet ditt. Gi tilgang til kameraet, lukk andre apper som bruker det, eller fortsett på en telefon.',
    review_timeout:
      'Dokumentene dine kontrolleres fortsatt. Sjekk igjen om noen minutter; ingenting går tapt.',
  },
  cameraProblems: {
    insecure_context:
      'Kameraet fungerer bare på en sikker side (https). Åpne denne siden via https og prøv igjen.',
    no_camera: 'Vi fant ikke noe kamera på denne enheten. Fortsett på en telefon eller en datamaskin med kamera.',
    camera_blocked:
      'Denne siden har ikke lov til å bruke kameraet. Kontakt kundeservice, eller fortsett på en annen enhet.',
  },
  tryAgainButton: 'Prøv igjen',
  checkAgainButton: 'Sjekk igjen',
  continueAnywayButton: 'Fortsett likevel',
  contactSupport: 'Kontakt kundeservice',
};
