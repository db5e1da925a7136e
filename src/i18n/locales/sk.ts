import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** „Zostáva N pokusov“ for each plural category of Slovak. */
const attemptsLeftForms: Readonly<Record<'one' | 'few' | 'many' | 'other', (n: string) => string>> = {
  one: (n) => `Zostáva ${n} pokus`,
  few: (n) => `Zostávajú ${n} pokusy`,
  /** Fractions: „1,5 pokusu“. */
  many: (n) => `Zostáva ${n} pokusu`,
  other: (n) => `Zostáva ${n} pokusov`,
};

const attemptsLeft = pluralize('sk', attemptsLeftForms);

/** Slovak (formal „vy“, lowercase as in on-screen text rather than letters). */
export const sk: Translation = {
  locale: 'sk',
  dir: 'ltr',

  checkingHeading: 'Kontrolujeme stav vášho overenia',
  checkingBody: 'Chvíľku, prosím…',

  lockedHeading: 'Ak chcete pokračovať, overte svoju totožnosť',
  lockedIntro:
    'Táto funkcia bude dostupná po overení vašej totožnosti. Zvyčajne to trvá menej ako päť minút.',
  stepsHeading: 'Ako to funguje',
  steps: {
    prepare: 'Pripravte si doklad',
    idPhoto: 'Snímka dokladu',
    selfie: 'Selfie naživo',
    review: 'Kontrola',
  },
  stepsProgressLabel: 'Kroky overenia',
  stepDone: 'hotovo',
  stepFailed: 'treba zopakovať',
  prepareHeading: 'Čo budete potrebovať',
  prepareItems: [
    'Originál platného úradného dokladu totožnosti s\u00a0fotografiou',
    'Zariadenie s\u00a0kamerou na odfotenie dokladu a\u00a0na selfie naživo',
    'Niekoľko minút, zvyčajne menej ako päť',
  ],
  acceptedHeading: 'Prijímané doklady',
  acceptedItems: [
    'Cestovný pas',
    'Vodičský preukaz alebo preukaz totožnosti vydaný štátom či provinciou',
    'Občiansky preukaz',
  ],
  notAcceptedHeading: 'Neprijímame',
  notAcceptedItems: [
    'Kópie, skeny, snímky obrazovky alebo odfotené fotografie',
    'Digitálne alebo mobilné doklady',
    'Preukazy, ktoré nevydal štát: študentské, zamestnanecké či čitateľské preukazy a\u00a0bankové karty',
    'Dočasné papierové doklady',
  ],
  privacyHeading: 'Ochrana súkromia',
  privacyItems: [
    'Persona, služba na overovanie totožnosti, pre nás kontroluje váš doklad a\u00a0vaše selfie.',
    'Dostávame výsledok kontroly a\u00a0môžeme vidieť, čo odošlete.',
    'Ak chcete svoje údaje zobraziť, opraviť alebo vymazať, kontaktujte nás: Persona koná v\u00a0našom mene.',
  ],
  startButton: 'Začať overenie',

  loadingHeading: 'Otvárame overenie',
  loadingBody: 'Načítava sa zabezpečené overenie…',
  inProgressHeading: 'Overenie prebieha',
  inProgressBody: 'Postupujte podľa krokov v\u00a0okne overenia.',
  cancelButton: 'Zrušiť',
  flowTitle: 'Overenie totožnosti',

  reviewingHeading: 'Kontrolujeme vaše doklady',
  reviewingBody: 'Zvyčajne to trvá niekoľko minút.',
  reviewingLeave: 'Túto stránku môžete opustiť; keď sa vrátite, pustíme vás ďalej.',

  verifiedHeading: 'Totožnosť je overená',

  retryHeading: 'Vašu totožnosť sa nepodarilo overiť',
  declineAdvice: {
    blurry_photo:
      'Fotografia bola rozmazaná. Odfoťte doklad znova pri dobrom svetle a\u00a0držte ho aj kameru bez pohybu.',
    glare: 'Časť dokladu zakryl odlesk. Odkloňte ho od svetiel a\u00a0okien a\u00a0odfoťte ho znova.',
    document_expired: 'Platnosť dokladu uplynula. Použite iný platný úradný doklad totožnosti s\u00a0fotografiou.',
    document_not_accepted:
      'Tento dokument neprijímame. Použite originál úradného dokladu totožnosti s\u00a0fotografiou, nie kópiu, snímku obrazovky, sken ani digitálny doklad.',
    face_mismatch:
      'Vaše selfie sa nezhoduje s\u00a0fotografiou na doklade. Pozerajte sa do kamery pri dobrom svetle a\u00a0zložte si pokrývku hlavy či okuliare.',
    selfie_failed:
      'Selfie sa nepodarilo skontrolovať. Pozerajte sa do kamery pri dobrom svetle a\u00a0zložte si pokrývku hlavy či okuliare.',
    technical: 'Na našej strane sa niečo pokazilo. Skúste to znova alebo použite iný prehliadač.',
    other: 'Skontrolujte, či je váš doklad platný a\u00a0celý v\u00a0zábere, zaistite dobré svetlo a\u00a0skúste to znova.',
  },
  attemptsLeft,
  retryButton: 'Skúsiť znova',

  exhaustedHeading: 'Už nemáte žiadne pokusy',
  exhaustedBody:
    'Vašu totožnosť sa nepodarilo overiť ani po niekoľkých pokusoch. Náš tím podpory vám pomôže.',
  exhaustedIncludeHeading: 'Keď budete kontaktovať podporu, uveďte',
  exhaustedIncludeItems: [
    'E-mailovú adresu svojho účtu',
    'Približne kedy ste to skúšali',
    'Aký doklad ste použili (pas, vodičský preukaz, občiansky preukaz) a\u00a0ktorá krajina ho vydala',
  ],
  supportLink: 'Kontaktovať podporu',

  cancelledHeading: 'Overenie je pozastavené',
  cancelledBody:
    'Overenie ste opustili pred jeho dokončením. Pokračujte tam, kde ste prestali, alebo začnite odznova.',
  resumeButton: 'Pokračovať',
  startOverButton: 'Začať odznova',

  blockedHeading: 'Tento účet tu nie je možné overiť',
  blockedReasons: {
    unsupported_region: 'Overenie totožnosti zatiaľ nie je vo vašom regióne dostupné.',
    underage: 'Na používanie tejto funkcie musíte mať aspoň 18 rokov.',
    policy: 'Podľa našich pravidiel tento účet nie je možné overiť.',
    other: 'Tento účet momentálne nie je možné overiť.',
  },
  appealLink: 'Odvolať sa proti rozhodnutiu',

  errorHeading: 'Niečo sa pokazilo',
  errorMessages: {
    invalid_config: 'Overenie nie je na tejto stránke správne nastavené. Kontaktujte podporu.',
    inactive_template: 'Overenie momentálne nie je dostupné. Kontaktujte podporu.',
    unauthenticated: 'Platnosť relácie overenia vypršala. Ak chcete pokračovať, skúste to znova.',
    application_error: 'V\u00a0službe overovania sa vyskytol problém. O\u00a0chvíľu to skúste znova.',
    unknown: 'V\u00a0službe overovania sa vyskytol problém. O\u00a0chvíľu to skúste znova.',
    network: 'Nepodarilo sa spojiť s\u00a0naším serverom. Skontrolujte pripojenie a\u00a0skúste to znova.',
    bad_response: 'Náš server poslal odpoveď, ktorej sme nerozumeli. O\u00a0chvíľu to skúste znova.',
    sdk_load_failed:
      'Overenie sa nepodarilo načítať. Skontrolujte pripojenie; môže ho blokovať blokovač reklám alebo firewall.',
    flow_timeout:
      'Overenie sa nepodarilo načítať. Skontrolujte pripojenie; môže ho blokovať blokovač reklám alebo firewall.',
    offline: 'Zdá sa, že ste offline. Pripojte sa a\u00a0skúste to znova.',
    camera_unavailable:
      'Vašu kameru sa nepodarilo použiť. Povoľte prístup ku kamere, zatvorte ďalšie aplikácie, ktoré ju používajú, alebo pokračujte na telefóne.',
    review_timeout: 'Vaše doklady sa ešte kontrolujú. Pozrite sa znova o\u00a0niekoľko minút; nič sa nestratí.',
  },
  cameraProblems: {
    insecure_context:
      'Kamera funguje iba na zabezpečenej stránke (https). Otvorte túto stránku cez https a\u00a0skúste to znova.',
    no_camera: 'V\u00a0tomto zariadení sme nenašli kameru. Pokračujte na telefóne alebo počítači s\u00a0kamerou.',
    camera_blocked:
      'Táto stránka nemá povolenie používať kameru. Kontaktujte podporu alebo pokračujte na inom zariadení.',
  },
  tryAgainButton: 'Skúsiť znova',
  checkAgainButton: 'Skontrolovať znova',
  continueAnywayButton: 'Napriek tomu pokračovať',
  contactSupport: 'Kontaktovať podporu',
};
