import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** „Liko N bandymų“ for each plural category of Lithuanian. */
const attemptsLeftForms: Readonly<Record<'one' | 'few' | 'many' | 'other', (n: string) => string>> = {
  /** 1, 21, 31… */
  one: (n) => `Liko ${n} bandymas`,
  /** 2–9, 22–29… */
  few: (n) => `Liko ${n} bandymai`,
  /** Fractions: „1,5 bandymo“. */
  many: (n) => `Liko ${n} bandymo`,
  /** 0, 10–20, 30… */
  other: (n) => `Liko ${n} bandymų`,
};

const attemptsLeft = pluralize('lt', attemptsLeftForms);

/** Lithuanian (formal „jūs“: second person plural, lower case as in interfaces; buttons as infinitives). */
export const lt: Translation = {
  locale: 'lt',
  dir: 'ltr',

  checkingHeading: 'Tikrinama tapatybės patvirtinimo būsena',
  checkingBody: 'Akimirką…',

  lockedHeading: 'Norėdami tęsti, patvirtinkite savo tapatybę',
  lockedIntro:
    'Ši funkcija bus prieinama, kai patvirtinsite savo tapatybę. Paprastai tai užtrunka mažiau nei penkias minutes.',
  stepsHeading: 'Kaip tai veikia',
  steps: {
    prepare: 'Paruoš\u00adkite doku\u00admentą',
    idPhoto: 'Doku\u00admento nuo\u00adtrauka',
    selfie: 'Asme\u00adnukė',
    review: 'Patik\u00adri\u00adnimas',
  },
  stepsProgressLabel: 'Tapatybės patvirtinimo etapai',
  stepDone: 'atlikta',
  stepFailed: 'reikia pakartoti',
  prepareHeading: 'Ko jums reikės',
  prepareItems: [
    'Galiojantis valstybės išduotas asmens dokumentas su nuotrauka (originalas)',
    'Įrenginys su kamera asmens dokumentui nufotografuoti ir asmenukei realiuoju laiku padaryti',
    'Kelios minutės, paprastai mažiau nei penkios',
  ],
  acceptedHeading: 'Priimami asmens dokumentai',
  acceptedItems: [
    'Pasas',
    'Vairuotojo pažymėjimas arba valstijos ar provincijos išduotas asmens dokumentas',
    'Asmens tapatybės kortelė',
  ],
  notAcceptedHeading: 'Nepriimami',
  notAcceptedItems: [
    'Kopijos, skenuoti vaizdai, ekrano kopijos ar nuotraukų nuotraukos',
    'Skaitmeniniai ar mobilieji asmens dokumentai',
    'Ne valstybės išduoti asmens dokumentai: studento, darbuotojo, bibliotekos ar banko kortelės',
    'Laikini popieriniai asmens dokumentai',
  ],
  privacyHeading: 'Jūsų privatumas',
  privacyItems: [
    'Persona, tapatybės patvirtinimo paslauga, mūsų vardu tikrina jūsų asmens dokumentą ir asmenukę.',
    'Mes gauname patikrinimo rezultatą ir galime matyti, ką pateikiate.',
    'Norėdami peržiūrėti, ištaisyti ar ištrinti savo duomenis, susisiekite su mumis: Persona veikia mūsų vardu.',
  ],
  startButton: 'Pradėti patvirtinimą',

  loadingHeading: 'Atidaromas tapatybės patvirtinimas',
  loadingBody: 'Įkeliamas saugus tapatybės patvirtinimas…',
  inProgressHeading: 'Vyksta tapatybės patvirtinimas',
  inProgressBody: 'Vykdykite nurodymus patvirtinimo lange.',
  cancelButton: 'Atšaukti',
  flowTitle: 'Tapatybės patvirtinimas',

  reviewingHeading: 'Tikrinami jūsų dokumentai',
  reviewingBody: 'Paprastai tai užtrunka kelias minutes.',
  reviewingLeave: 'Galite išeiti iš šio puslapio; kai sugrįšite, gausite prieigą.',

  verifiedHeading: 'Tapatybė patvirtinta',

  retryHeading: 'Nepavyko patvirtinti jūsų tapatybės',
  declineAdvice: {
    blurry_photo:
      'Nuotrauka neryški. Nufotografuokite iš naujo gerai apšviestoje vietoje ir nejudinkite asmens dokumento bei kameros.',
    glare:
      'Atspindys uždengė dalį asmens dokumento. Pakreipkite jį nuo lempų ir langų ir nufotografuokite iš naujo.',
    document_expired:
      'Asmens dokumento galiojimas baigėsi. Naudokite kitą galiojantį valstybės išduotą asmens dokumentą su nuotrauka.',
    document_not_accepted:
      'Šis dokumentas nepriimamas. Naudokite valstybės išduoto asmens dokumento su nuotrauka originalą, o ne kopiją, ekrano kopiją, skenuotą vaizdą ar skaitmeninį asmens dokumentą.',
    face_mismatch:
      'Asmenukė neatitiko nuotraukos asmens dokumente. Gerai apšviestoje vietoje žiūrėkite į kamerą ir nusiimkite kepurę ar akinius.',
    selfie_failed:
      'Nepavyko patikrinti asmenukės. Gerai apšviestoje vietoje žiūrėkite į kamerą ir nusiimkite kepurę ar akinius.',
    technical: 'Mūsų pusėje įvyko klaida. Bandykite dar kartą arba naudokite kitą naršyklę.',
    other:
      'Patikrinkite, ar asmens dokumentas galioja ir visas matomas kadre, pasirūpinkite geru apšvietimu ir bandykite dar kartą.',
  },
  attemptsLeft,
  retryButton: 'Bandyti dar kartą',

  exhaustedHeading: 'Bandymų nebeliko',
  exhaustedBody:
    'Po kelių bandymų nepavyko patvirtinti jūsų tapatybės. Mūsų klientų aptarnavimo komanda gali padėti.',
  exhaustedIncludeHeading: 'Kreipdamiesi į klientų aptarnavimą, nurodykite',
  exhaustedIncludeItems: [
    'Savo paskyros el. pašto adresą',
    'Apytikslį laiką, kada bandėte',
    'Kokį asmens dokumentą naudojote (pasą, vairuotojo pažymėjimą, asmens tapatybės kortelę) ir kuri šalis jį išdavė',
  ],
  supportLink: 'Susisiekti su klientų aptarnavimu',

  cancelledHeading: 'Tapatybės patvirtinimas pristabdytas',
  cancelledBody:
    'Išėjote iš tapatybės patvirtinimo jo nebaigę. Tęskite nuo ten, kur sustojote, arba pradėkite iš naujo.',
  resumeButton: 'Tęsti',
  startOverButton: 'Pradėti iš naujo',

  blockedHeading: 'Šios paskyros čia patvirtinti negalima',
  blockedReasons: {
    unsupported_region: 'Tapatybės patvirtinimas jūsų regione kol kas neprieinamas.',
    underage: 'Kad galėtumėte naudotis šia funkcija, jums turi būti bent 18 metų.',
    policy: 'Pagal mūsų taisykles šios paskyros patvirtinti negalima.',
    other: 'Šiuo metu šios paskyros patvirtinti negalima.',
  },
  appealLink: 'Apskųsti šį sprendimą',

  errorHeading: 'Įvyko klaida',
  errorMessages: {
    invalid_config:
      'Tapatybės patvirtinimas šiame puslapyje nustatytas netinkamai. Susisiekite su klientų aptarnavimu.',
    inactive_template: 'Tapatybės patvirtinimas šiuo metu neprieinamas. Susisiekite su klientų aptarnavimu.',
    unauthenticated: 'Patvirtinimo sesija baigėsi. Norėdami tęsti, bandykite dar kartą.',
    application_error: 'Patvirtinimo paslaugoje įvyko klaida. Netrukus bandykite dar kartą.',
    unknown: 'Patvirtinimo paslaugoje įvyko klaida. Netrukus bandykite dar kartą.',
    network: 'Nepavyko pasiekti mūsų serverio. Patikrinkite ryšį ir bandykite dar kartą.',
    bad_response: 'Mūsų serveris atsiuntė atsakymą, kurio nesupratome. Netrukus bandykite dar kartą.',
    sdk_load_failed:
      'Nepavyko įkelti tapatybės patvirtinimo. Patikrinkite ryšį; patvirtinimą gali blokuoti reklamų blokavimo programa arba užkarda.',
    flow_timeout:
      'Nepavyko įkelti tapatybės patvirtinimo. Patikrinkite ryšį; patvirtinimą gali blokuoti reklamų blokavimo programa arba užkarda.',
    offline: 'Panašu, kad nėra interneto ryšio. Vėl prisijunkite ir bandykite dar kartą.',
    camera_unavailable:
      'Nepavyko naudoti jūsų kameros. Leiskite prieigą prie kameros, uždarykite kitas ją naudojančias programas arba tęskite telefone.',
    review_timeout:
      'Jūsų dokumentai vis dar tikrinami. Patikrinkite dar kartą po kelių minučių; niekas nepradings.',
  },
  cameraProblems: {
    insecure_context:
      'Kamera veikia tik saugiame (https) puslapyje. Atidarykite šį puslapį per https ir bandykite dar kartą.',
    no_camera: 'Šiame įrenginyje neradome kameros. Tęskite telefone arba kompiuteryje su kamera.',
    camera_blocked:
      'Šiam puslapiui neleidžiama naudoti kameros. Susisiekite su klientų aptarnavimu arba tęskite kitame įrenginyje.',
  },
  tryAgainButton: 'Bandyti dar kartą',
  checkAgainButton: 'Patikrinti dar kartą',
  continueAnywayButton: 'Vis tiek tęsti',
  contactSupport: 'Susisiekti su klientų aptarnavimu',
};
