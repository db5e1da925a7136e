import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** „Au mai rămas N încercări” for each plural category of Romanian; from 20 on, „de” joins the number. */
const attemptsLeftForms: Readonly<Record<'one' | 'few' | 'other', (n: string) => string>> = {
  one: (n) => `A mai rămas ${n} încercare`,
  few: (n) => `Au mai rămas ${n} încercări`,
  other: (n) => `Au mai rămas ${n} de încercări`,
};

const attemptsLeft = pluralize('ro', attemptsLeftForms);

/** Romanian (formal „dumneavoastră”: second person plural). Ș and ț take the comma below. */
export const ro: Translation = {
  locale: 'ro',
  dir: 'ltr',

  checkingHeading: 'Se preia starea verificării',
  checkingBody: 'Un moment…',

  lockedHeading: 'Verificați-vă identitatea pentru a continua',
  lockedIntro:
    'Această funcție devine disponibilă după ce vă verificați identitatea. De obicei durează mai puțin de cinci minute.',
  stepsHeading: 'Cum funcționează',
  steps: {
    prepare: 'Pregătiți actul',
    idPhoto: 'Fo\u00ADto\u00ADgra\u00ADfia actului',
    selfie: 'Selfie live',
    review: 'Analiză',
  },
  stepsProgressLabel: 'Etapele verificării',
  stepDone: 'etapă finalizată',
  stepFailed: 'etapă de reluat',
  prepareHeading: 'De ce aveți nevoie',
  prepareItems: [
    'Un act de identitate cu fotografie, emis de stat, valabil și în original',
    'Un dispozitiv cu cameră, pentru o fotografie a actului și un selfie live',
    'Câteva minute, de obicei mai puțin de cinci',
  ],
  acceptedHeading: 'Acte de identitate acceptate',
  acceptedItems: [
    'Pașaport',
    'Permis de conducere sau act de identitate emis de un stat federal sau de o provincie',
    'Carte de identitate',
  ],
  notAcceptedHeading: 'Nu se acceptă',
  notAcceptedItems: [
    'Copii, scanări, capturi de ecran sau fotografii ale unor fotografii',
    'Acte de identitate digitale sau pe telefon',
    'Acte de identitate care nu sunt emise de stat: carnete de student, legitimații de angajat, permise de bibliotecă sau carduri bancare',
    'Acte de identitate provizorii pe hârtie',
  ],
  privacyHeading: 'Confidențialitatea datelor',
  privacyItems: [
    'Persona, un serviciu de verificare a identității, vă verifică actul de identitate și selfie-ul în numele nostru.',
    'Primim rezultatul verificării și putem vedea ce trimiteți.',
    'Pentru a vă vedea, corecta sau șterge datele, contactați-ne: Persona acționează în numele nostru.',
  ],
  startButton: 'Începeți verificarea',

  loadingHeading: 'Se deschide verificarea',
  loadingBody: 'Se încarcă verificarea securizată…',
  inProgressHeading: 'Verificare în curs',
  inProgressBody: 'Urmați pașii din fereastra de verificare.',
  cancelButton: 'Anulați',
  flowTitle: 'Verificarea identității',

  reviewingHeading: 'Se analizează documentele',
  reviewingBody: 'De obicei durează câteva minute.',
  reviewingLeave: 'Puteți părăsi această pagină; când reveniți, veți primi acces.',

  verifiedHeading: 'Identitate verificată',

  retryHeading: 'Nu v-am putut verifica identitatea',
  declineAdvice: {
    blurry_photo:
      'Fotografia a ieșit neclară. Refaceți-o într-o lumină bună și țineți nemișcate actul și camera.',
    glare:
      'O reflexie a acoperit o parte a actului. Înclinați-l departe de lămpi și ferestre, apoi refaceți fotografia.',
    document_expired: 'Actul de identitate a expirat. Folosiți un alt act de identitate cu fotografie, emis de stat și valabil.',
    document_not_accepted:
      'Acest document nu este acceptat. Folosiți un act de identitate cu fotografie, emis de stat, în original: fără copii, capturi de ecran, scanări sau acte digitale.',
    face_mismatch:
      'Selfie-ul nu corespunde cu fotografia de pe actul de identitate. Priviți spre cameră într-o lumină bună și scoateți pălăria sau ochelarii.',
    selfie_failed:
      'Selfie-ul nu a putut fi verificat. Priviți spre cameră într-o lumină bună și scoateți pălăria sau ochelarii.',
    technical: 'A apărut o problemă la noi. Încercați din nou sau folosiți alt browser.',
    other:
      'Verificați dacă actul este valabil și apare în întregime în cadru, asigurați o lumină bună și încercați din nou.',
  },
  attemptsLeft,
  retryButton: 'Încercați din nou',

  exhaustedHeading: 'Nu mai aveți încercări',
  exhaustedBody:
    'Nu v-am putut verifica identitatea după mai multe încercări. Echipa noastră de asistență vă poate ajuta.',
  exhaustedIncludeHeading: 'Când contactați asistența, menționați',
  exhaustedIncludeItems: [
    'Adresa de e-mail a contului',
    'Aproximativ când ați încercat',
    'Ce act ați folosit (pașaport, permis de conducere, carte de identitate) și țara care l-a emis',
  ],
  supportLink: 'Contactați asistența',

  cancelledHeading: 'Verificare întreruptă',
  cancelledBody:
    'Ați părăsit verificarea înainte de final. Continuați de unde ați rămas sau începeți de la capăt.',
  resumeButton: 'Continuați',
  startOverButton: 'Începeți din nou',

  blockedHeading: 'Acest cont nu poate fi verificat aici',
  blockedReasons: {
    unsupported_region: 'Verificarea identității nu este încă disponibilă în regiunea dumneavoastră.',
    underage: 'Trebuie să aveți cel puțin 18 ani pentru a folosi această funcție.',
    policy: 'Conform politicilor noastre, acest cont nu poate fi verificat.',
    other: 'Momentan, acest cont nu poate fi verificat.',
  },
  appealLink: 'Contestați decizia',

  errorHeading: 'A apărut o problemă',
  errorMessages: {
    invalid_config:
      'Verificarea nu este configurată corect pe această pagină. Vă rugăm să contactați asistența.',
    inactive_template: 'Verificarea nu este disponibilă momentan. Vă rugăm să contactați asistența.',
    unauthenticated: 'Sesiunea de verificare a expirat. Încercați din nou pentru a continua.',
    application_error: 'Serviciul de verificare a întâmpinat o problemă. Încercați din nou peste puțin timp.',
    unknown: 'Serviciul de verificare a întâmpinat o problemă. Încercați din nou peste puțin timp.',
    network: 'Nu am putut contacta serverul nostru. Verificați conexiunea și încercați din nou.',
    bad_response: 'Serverul nostru a trimis un răspuns pe care nu l-am înțeles. Încercați din nou peste puțin timp.',
    sdk_load_failed:
      'Verificarea nu s-a putut încărca. Verificați conexiunea; este posibil ca un program de blocare a reclamelor sau un firewall să o blocheze.',
    flow_timeout:
      'Verificarea nu s-a putut încărca. Verificați conexiunea; este posibil ca un program de blocare a reclamelor sau un firewall să o blocheze.',
    offline: 'Se pare că nu există conexiune la internet. Reconectați-vă și încercați din nou.',
    camera_unavailable:
      'Nu am putut folosi camera. Permiteți accesul la cameră, închideți alte aplicații care o folosesc sau continuați pe un telefon.',
    review_timeout:
      'Documentele sunt încă în analiză. Verificați din nou peste câteva minute; nu se pierde nimic.',
  },
  cameraProblems: {
    insecure_context:
      'Camera funcționează doar pe o pagină securizată (https). Deschideți această pagină prin https și încercați din nou.',
    no_camera:
      'Nu am găsit nicio cameră pe acest dispozitiv. Continuați pe un telefon sau pe un computer cu cameră.',
    camera_blocked:
      'Această pagină nu are permisiunea de a folosi camera. Contactați asistența sau continuați pe alt dispozitiv.',
  },
  tryAgainButton: 'Încercați din nou',
  checkAgainButton: 'Verificați din nou',
  continueAnywayButton: 'Continuați oricum',
  contactSupport: 'Contactați asistența',
};
