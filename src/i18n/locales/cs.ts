import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** „Zbývá N pokusů“ for each plural category of Czech. */
const attemptsLeftForms: Readonly<Record<'one' | 'few' | 'many' | 'other', (n: string) => string>> = {
  one: (n) => `Zbývá ${n} pokus`,
  few: (n) => `Zbývají ${n} pokusy`,
  /** Fractions: „zbývá 1,5 pokusu“. */
  many: (n) => `Zbývá ${n} pokusu`,
  other: (n) => `Zbývá ${n} pokusů`,
};

const attemptsLeft = pluralize('cs', attemptsLeftForms);

/**
 * Czech (formal „vy“). As Czech typesetting asks, a one-letter preposition or conjunction is
 * tied to the next word by a no-break space, so it never ends a line.
 */
export const cs: Translation = {
  locale: 'cs',
  dir: 'ltr',

  checkingHeading: 'Kontrolujeme stav vašeho ověření',
  checkingBody: 'Okamžik…',

  lockedHeading: 'Pro pokračování ověřte svou totožnost',
  lockedIntro:
    'Tato funkce bude dostupná, jakmile ověříte svou totožnost. Obvykle to zabere méně než pět minut.',
  stepsHeading: 'Jak to funguje',
  steps: {
    prepare: 'Připravte si doklad',
    idPhoto: 'Foto\u00ADgrafie dokladu',
    selfie: 'Živé selfie',
    review: 'Kontrola',
  },
  stepsProgressLabel: 'Kroky ověření',
  stepDone: 'hotovo',
  stepFailed: 'je třeba zopakovat',
  prepareHeading: 'Co budete potřebovat',
  prepareItems: [
    'Originál platného úředního dokladu totožnosti s\u00a0fotografií',
    'Zařízení s\u00a0kamerou, kterým vyfotíte doklad a\u00a0pořídíte živé selfie',
    'Pár minut, obvykle méně než pět',
  ],
  acceptedHeading: 'Přijímané doklady',
  acceptedItems: [
    'Cestovní pas',
    'Řidičský průkaz nebo doklad totožnosti vydaný spolkovým státem či provincií',
    'Občanský průkaz',
  ],
  notAcceptedHeading: 'Nepřijímáme',
  notAcceptedItems: [
    'Kopie, skeny, snímky obrazovky nebo fotografie fotografií',
    'Digitální nebo mobilní doklady',
    'Neúřední doklady: studentské, zaměstnanecké a\u00a0čtenářské průkazy nebo bankovní karty',
    'Dočasné papírové doklady',
  ],
  privacyHeading: 'Ochrana soukromí',
  privacyItems: [
    'Persona, služba pro ověřování totožnosti, pro nás kontroluje váš doklad a\u00a0vaše selfie.',
    'Dostáváme výsledek kontroly a\u00a0můžeme vidět, co odešlete.',
    'Chcete-li své údaje zobrazit, opravit nebo smazat, kontaktujte nás: Persona jedná naším jménem.',
  ],
  startButton: 'Zahájit ověření',

  loadingHeading: 'Otevíráme ověření',
  loadingBody: 'Načítáme zabezpečené ověření…',
  inProgressHeading: 'Ověření probíhá',
  inProgressBody: 'Postupujte podle pokynů v\u00a0okně ověření.',
  cancelButton: 'Zrušit',
  flowTitle: 'Ověření totožnosti',

  reviewingHeading: 'Kontrolujeme vaše doklady',
  reviewingBody: 'Obvykle to trvá několik minut.',
  reviewingLeave: 'Tuto stránku můžete opustit; až se vrátíte, pustíme vás dál.',

  verifiedHeading: 'Totožnost ověřena',

  retryHeading: 'Vaši totožnost se nepodařilo ověřit',
  declineAdvice: {
    blurry_photo:
      'Fotografie byla rozmazaná. Pořiďte ji znovu při dobrém světle a\u00a0držte doklad i\u00a0kameru v\u00a0klidu.',
    glare: 'Část dokladu zakryl odlesk. Odkloňte ho od světel a\u00a0oken a\u00a0pořiďte fotografii znovu.',
    document_expired: 'Platnost dokladu vypršela. Použijte jiný platný úřední doklad s\u00a0fotografií.',
    document_not_accepted:
      'Tento doklad nepřijímáme. Použijte originál úředního dokladu s\u00a0fotografií, ne kopii, snímek obrazovky, sken ani digitální doklad.',
    face_mismatch:
      'Vaše selfie neodpovídá fotografii na dokladu. Dívejte se do kamery při dobrém světle a\u00a0sundejte si pokrývku hlavy nebo brýle.',
    selfie_failed:
      'Vaše selfie se nepodařilo zkontrolovat. Dívejte se do kamery při dobrém světle a\u00a0sundejte si pokrývku hlavy nebo brýle.',
    technical: 'Na naší straně se něco pokazilo. Zkuste to znovu nebo použijte jiný prohlížeč.',
    other: 'Zkontrolujte, že je váš doklad platný a\u00a0celý v\u00a0záběru, zajistěte dobré světlo a\u00a0zkuste to znovu.',
  },
  attemptsLeft,
  retryButton: 'Zkusit znovu',

  exhaustedHeading: 'Nezbývají žádné pokusy',
  exhaustedBody: 'Ani po několika pokusech se nám nepodařilo ověřit vaši totožnost. Pomůže vám náš tým podpory.',
  exhaustedIncludeHeading: 'Když budete kontaktovat podporu, uveďte',
  exhaustedIncludeItems: [
    'E-mailovou adresu svého účtu',
    'Přibližný čas vašich pokusů',
    'Použitý doklad (cestovní pas, řidičský průkaz, občanský průkaz) a\u00a0zemi jeho vydání',
  ],
  supportLink: 'Kontaktovat podporu',

  cancelledHeading: 'Ověření pozastaveno',
  cancelledBody:
    'Odešli jste z\u00a0ověření před jeho dokončením. Pokračujte tam, kde jste skončili, nebo začněte znovu.',
  resumeButton: 'Pokračovat',
  startOverButton: 'Začít znovu',

  blockedHeading: 'Tento účet zde nelze ověřit',
  blockedReasons: {
    unsupported_region: 'Ověření totožnosti zatím ve vašem regionu není dostupné.',
    underage: 'K\u00a0používání této funkce vám musí být alespoň 18\u00a0let.',
    policy: 'Podle našich pravidel tento účet nelze ověřit.',
    other: 'Tento účet nyní nelze ověřit.',
  },
  appealLink: 'Odvolat se proti rozhodnutí',

  errorHeading: 'Něco se pokazilo',
  errorMessages: {
    invalid_config: 'Ověření není na této stránce správně nastavené. Kontaktujte prosím podporu.',
    inactive_template: 'Ověření teď není k\u00a0dispozici. Kontaktujte prosím podporu.',
    unauthenticated: 'Platnost relace ověření vypršela. Chcete-li pokračovat, zkuste to znovu.',
    application_error: 'Ve službě ověření došlo k\u00a0chybě. Zkuste to za chvíli znovu.',
    unknown: 'Ve službě ověření došlo k\u00a0chybě. Zkuste to za chvíli znovu.',
    network: 'Nepodařilo se spojit s\u00a0naším serverem. Zkontrolujte připojení a\u00a0zkuste to znovu.',
    bad_response: 'Náš server poslal odpověď, které jsme nerozuměli. Zkuste to za chvíli znovu.',
    sdk_load_failed:
      'Ověření se nepodařilo načíst. Zkontrolujte připojení; může ho blokovat blokátor reklam nebo firewall.',
    flow_timeout:
      'Ověření se nepodařilo načíst. Zkontrolujte připojení; může ho blokovat blokátor reklam nebo firewall.',
    offline: 'Zdá se, že jste offline. Připojte se znovu a\u00a0zkuste to ještě jednou.',
    camera_unavailable:
      'Kameru se nepodařilo použít. Povolte přístup ke kameře, zavřete ostatní aplikace, které ji používají, nebo pokračujte na telefonu.',
    review_timeout: 'Vaše doklady se stále kontrolují. Podívejte se znovu za pár minut; nic se neztratí.',
  },
  cameraProblems: {
    insecure_context:
      'Kamera funguje jen na zabezpečené stránce (https). Otevřete tuto stránku přes https a\u00a0zkuste to znovu.',
    no_camera: 'Na tomto zařízení jsme nenašli kameru. Pokračujte na telefonu nebo počítači s\u00a0kamerou.',
    camera_blocked:
      'Tato stránka nemá povolení používat kameru. Kontaktujte podporu nebo pokračujte na jiném zařízení.',
  },
  tryAgainButton: 'Zkusit znovu',
  checkAgainButton: 'Zkontrolovat znovu',
  continueAnywayButton: 'Přesto pokračovat',
  contactSupport: 'Kontaktovat podporu',
};
