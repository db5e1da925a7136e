import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** „Preostalo je N pokušaja“ for each plural category of Croatian. */
const attemptsLeftForms: Readonly<Record<'one' | 'few' | 'other', (n: string) => string>> = {
  one: (n) => `Preostao je ${n} pokušaj`,
  few: (n) => `Preostala su ${n} pokušaja`,
  other: (n) => `Preostalo je ${n} pokušaja`,
};

const attemptsLeft = pluralize('hr', attemptsLeftForms);

/** Croatian (formal „vi“, lowercase as in text read by many; buttons in the formal imperative). */
export const hr: Translation = {
  locale: 'hr',
  dir: 'ltr',

  checkingHeading: 'Provjeravamo status vaše verifikacije',
  checkingBody: 'Trenutak…',

  lockedHeading: 'Za nastavak verificirajte svoj identitet',
  lockedIntro:
    'Ova je funkcija dostupna nakon što verificirate svoj identitet. To obično traje manje od pet minuta.',
  stepsHeading: 'Kako funkcionira',
  steps: {
    prepare: 'Pripre\u00ADmite doku\u00ADment',
    idPhoto: 'Foto\u00ADgrafija doku\u00ADmenta',
    selfie: 'Selfie uživo',
    review: 'Pregled',
  },
  stepsProgressLabel: 'Koraci verifikacije',
  stepDone: 'gotovo',
  stepFailed: 'potreban je novi pokušaj',
  prepareHeading: 'Što vam je potrebno',
  prepareItems: [
    'Original valjanog identifikacijskog dokumenta s fotografijom koji je izdalo državno tijelo',
    'Uređaj s kamerom za fotografiju dokumenta i selfie uživo',
    'Nekoliko minuta, obično manje od pet',
  ],
  acceptedHeading: 'Prihvaćeni dokumenti',
  acceptedItems: [
    'Putovnica',
    'Vozačka dozvola ili identifikacijski dokument koji je izdala savezna država ili pokrajina',
    'Osobna iskaznica',
  ],
  notAcceptedHeading: 'Ne prihvaćamo',
  notAcceptedItems: [
    'Preslike, skenove, snimke zaslona ili fotografije fotografija',
    'Digitalne ili mobilne identifikacijske dokumente',
    'Dokumente koje nije izdala država: studentske, zaposleničke i knjižnične iskaznice ili bankovne kartice',
    'Privremene papirnate dokumente',
  ],
  privacyHeading: 'Vaša privatnost',
  privacyItems: [
    'Persona, usluga za verifikaciju identiteta, za nas provjerava vaš dokument i vaš selfie.',
    'Primamo rezultat provjere i možemo vidjeti što pošaljete.',
    'Ako želite vidjeti, ispraviti ili izbrisati svoje podatke, obratite se nama: Persona djeluje u naše ime.',
  ],
  startButton: 'Započnite verifikaciju',

  loadingHeading: 'Otvaramo verifikaciju',
  loadingBody: 'Učitavamo sigurnu verifikaciju…',
  inProgressHeading: 'Verifikacija je u\u00a0tijeku',
  inProgressBody: 'Slijedite korake u prozoru za verifikaciju.',
  cancelButton: 'Odustanite',
  flowTitle: 'Verifikacija identiteta',

  reviewingHeading: 'Pregledavamo vaše dokumente',
  reviewingBody: 'To obično traje nekoliko minuta.',
  reviewingLeave: 'Možete napustiti ovu stranicu; kad se vratite, pustit ćemo vas dalje.',

  verifiedHeading: 'Identitet je verificiran',

  retryHeading: 'Nismo uspjeli verificirati vaš identitet',
  declineAdvice: {
    blurry_photo:
      'Fotografija je bila mutna. Snimite je ponovno pri dobrom svjetlu i držite dokument i kameru mirno.',
    glare: 'Odsjaj je prekrio dio dokumenta. Nagnite ga dalje od svjetala i prozora pa ponovno snimite fotografiju.',
    document_expired:
      'Dokumentu je istekla valjanost. Upotrijebite drugi valjani identifikacijski dokument s fotografijom koji je izdalo državno tijelo.',
    document_not_accepted:
      'Taj dokument ne prihvaćamo. Upotrijebite original identifikacijskog dokumenta s fotografijom koji je izdalo državno tijelo, a ne presliku, snimku zaslona, sken ili digitalni dokument.',
    face_mismatch:
      'Vaš selfie ne odgovara fotografiji na dokumentu. Gledajte u kameru pri dobrom svjetlu i skinite šešir ili naočale.',
    selfie_failed:
      'Vaš selfie nije bilo moguće provjeriti. Gledajte u kameru pri dobrom svjetlu i skinite šešir ili naočale.',
    technical: 'Nešto je pošlo po zlu na našoj strani. Pokušajte ponovno ili upotrijebite drugi preglednik.',
    other: 'Provjerite je li vaš dokument valjan i cijeli u kadru, osigurajte dobro svjetlo i pokušajte ponovno.',
  },
  attemptsLeft,
  retryButton: 'Pokušajte ponovno',

  exhaustedHeading: 'Nema više pokušaja',
  exhaustedBody:
    'Ni nakon nekoliko pokušaja nismo uspjeli verificirati vaš identitet. Naš tim za podršku može vam pomoći.',
  exhaustedIncludeHeading: 'Kad se obratite podršci, navedite',
  exhaustedIncludeItems: [
    'Adresu e-pošte svog računa',
    'Otprilike kada ste pokušali',
    'Koji ste dokument upotrijebili (putovnica, vozačka dozvola, osobna iskaznica) i zemlju koja ga je izdala',
  ],
  supportLink: 'Obratite se podršci',

  cancelledHeading: 'Verifikacija je pauzirana',
  cancelledBody: 'Izašli ste iz verifikacije prije završetka. Nastavite ondje gdje ste stali ili počnite ispočetka.',
  resumeButton: 'Nastavite',
  startOverButton: 'Počnite ispočetka',

  blockedHeading: 'Ovaj račun ovdje nije moguće verificirati',
  blockedReasons: {
    unsupported_region: 'Verifikacija identiteta još nije dostupna u vašoj regiji.',
    underage: 'Za korištenje ove funkcije morate imati najmanje 18 godina.',
    policy: 'Prema našim pravilima ovaj račun nije moguće verificirati.',
    other: 'Ovaj račun trenutačno nije moguće verificirati.',
  },
  appealLink: 'Uložite žalbu na odluku',

  errorHeading: 'Nešto je pošlo po zlu',
  errorMessages: {
    invalid_config: 'Verifikacija na ovoj stranici nije ispravno postavljena. Obratite se podršci.',
    inactive_template: 'Verifikacija trenutačno nije dostupna. Obratite se podršci.',
    unauthenticated: 'Vaša je sesija verifikacije istekla. Za nastavak pokušajte ponovno.',
    application_error: 'Usluga verifikacije naišla je na problem. Pokušajte ponovno za trenutak.',
    unknown: 'Usluga verifikacije naišla je na problem. Pokušajte ponovno za trenutak.',
    network: 'Nismo se uspjeli povezati s našim poslužiteljem. Provjerite vezu i pokušajte ponovno.',
    bad_response: 'Naš je poslužitelj poslao odgovor koji nismo razumjeli. Pokušajte ponovno za trenutak.',
    sdk_load_failed:
      'Verifikaciju nije bilo moguće učitati. Provjerite vezu; možda je blokira blokator oglasa ili vatrozid.',
    flow_timeout:
      'Verifikaciju nije bilo moguće učitati. Provjerite vezu; možda je blokira blokator oglasa ili vatrozid.',
    offline: 'Čini se da niste povezani s internetom. Ponovno se povežite i pokušajte opet.',
    camera_unavailable:
      'Nismo mogli upotrijebiti vašu kameru. Dopustite pristup kameri, zatvorite druge aplikacije koje je upotrebljavaju ili nastavite na telefonu.',
    review_timeout:
      'Vaši se dokumenti još pregledavaju. Provjerite ponovno za nekoliko minuta; ništa se neće izgubiti.',
  },
  cameraProblems: {
    insecure_context:
      'Kamera radi samo na sigurnoj stranici (https). Otvorite ovu stranicu putem https-a i pokušajte ponovno.',
    no_camera: 'Na ovom uređaju nismo pronašli kameru. Nastavite na telefonu ili računalu s kamerom.',
    camera_blocked:
      'Ova stranica nema dopuštenje za upotrebu kamere. Obratite se podršci ili nastavite na drugom uređaju.',
  },
  tryAgainButton: 'Pokušajte ponovno',
  checkAgainButton: 'Provjerite ponovno',
  continueAnywayButton: 'Ipak nastavite',
  contactSupport: 'Obratite se podršci',
};
