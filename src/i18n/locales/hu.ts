import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/**
 * „Még N próbálkozása van” for each plural category of Hungarian. A noun after a number
 * stays singular in Hungarian, so both categories read alike.
 */
const attemptsLeftForms: Readonly<Record<'one' | 'other', (n: string) => string>> = {
  one: (n) => `Még ${n} próbálkozása van`,
  other: (n) => `Még ${n} próbálkozása van`,
};

const attemptsLeft = pluralize('hu', attemptsLeftForms);

/** Hungarian (formal „Ön”, mostly carried by the verb forms, as Hungarian official texts do). */
export const hu: Translation = {
  locale: 'hu',
  dir: 'ltr',

  checkingHeading: 'Az ellenőrzés állapotának lekérdezése',
  checkingBody: 'Egy pillanat…',

  lockedHeading: 'Személyazonosság-ellenőrzés a folytatáshoz',
  lockedIntro:
    'Ez a funkció a személyazonosságának ellenőrzése után érhető el. Általában öt percnél rövidebb ideig tart.',
  stepsHeading: 'Hogyan működik?',
  steps: {
    prepare: 'Iga\u00ADzol\u00ADvány elő\u00ADké\u00ADszí\u00ADté\u00ADse',
    idPhoto: 'Fotó az igazol\u00ADvány\u00ADról',
    selfie: 'Élő szelfi',
    review: 'Elbírálás',
  },
  stepsProgressLabel: 'Az ellenőrzés lépései',
  stepDone: 'kész',
  stepFailed: 'meg kell ismételni',
  prepareHeading: 'Amire szüksége lesz',
  prepareItems: [
    'Érvényes, hatóság által kiállított fényképes igazolvány, eredetiben',
    'Kamerával rendelkező eszköz az igazolvány lefotózásához és egy élő szelfihez',
    'Néhány perc, általában kevesebb mint öt',
  ],
  acceptedHeading: 'Elfogadott igazolványok',
  acceptedItems: [
    'Útlevél',
    'Vezetői engedély vagy szövetségi állam, illetve tartomány által kiállított igazolvány',
    'Személyi igazolvány',
  ],
  notAcceptedHeading: 'Nem elfogadható',
  notAcceptedItems: [
    'Másolatok, szkennelt képek, képernyőképek vagy fotókról készült fotók',
    'Digitális vagy mobilos igazolványok',
    'Nem hatósági igazolványok: diákigazolvány, munkahelyi és könyvtári kártya, bankkártya',
    'Ideiglenes, papíralapú igazolványok',
  ],
  privacyHeading: 'Adatvédelem',
  privacyItems: [
    'A Persona, egy személyazonosság-ellenőrző szolgáltatás, a megbízásunkból ellenőrzi az Ön igazolványát és szelfijét.',
    'Megkapjuk az ellenőrzés eredményét, és láthatjuk, amit Ön beküld.',
    'Adatai megtekintéséhez, helyesbítéséhez vagy törléséhez forduljon hozzánk: a Persona a megbízásunkból jár el.',
  ],
  startButton: 'Ellenőrzés indítása',

  loadingHeading: 'Ellenőrzés megnyitása',
  loadingBody: 'A biztonságos ellenőrzés betöltése…',
  inProgressHeading: 'Ellenőrzés folyamatban',
  inProgressBody: 'Kövesse a lépéseket az ellenőrzési ablakban.',
  cancelButton: 'Mégse',
  flowTitle: 'Személyazonosság ellenőrzése',

  reviewingHeading: 'Dokumentumainak ellenőrzése folyamatban',
  reviewingBody: 'Ez általában néhány percet vesz igénybe.',
  reviewingLeave: 'Elhagyhatja ezt az oldalt; amikor visszatér, hozzáférést kap.',

  verifiedHeading: 'Sikeres személyazonosság-ellenőrzés',

  retryHeading: 'Nem sikerült ellenőrizni a személy\u00ADazonos\u00ADságát',
  declineAdvice: {
    blurry_photo:
      'A fotó elmosódott. Készítse el újra jó fényben, és tartsa mozdulatlanul az igazolványt és a kamerát.',
    glare:
      'Tükröződés takarta el az igazolvány egy részét. Fordítsa el a lámpáktól és az ablakoktól, majd készítse el újra a fotót.',
    document_expired:
      'Az igazolvány lejárt. Használjon egy másik érvényes, hatóság által kiállított fényképes igazolványt.',
    document_not_accepted:
      'Ez a dokumentum nem fogadható el. Eredeti, hatóság által kiállított fényképes igazolványt használjon: másolat, képernyőkép, szkennelt kép vagy digitális igazolvány nem megfelelő.',
    face_mismatch:
      'A szelfi nem egyezett az igazolványon lévő fényképpel. Jó fényben nézzen a kamerába, és vegye le a kalapot vagy a szemüveget.',
    selfie_failed:
      'A szelfit nem sikerült ellenőrizni. Jó fényben nézzen a kamerába, és vegye le a kalapot vagy a szemüveget.',
    technical: 'Hiba történt nálunk. Próbálja újra, vagy használjon másik böngészőt.',
    other:
      'Ellenőrizze, hogy az igazolványa érvényes-e és teljes egészében a képen van-e, gondoskodjon jó megvilágításról, és próbálja újra.',
  },
  attemptsLeft,
  retryButton: 'Újrapróbálkozás',

  exhaustedHeading: 'Nincs több próbálkozása',
  exhaustedBody:
    'Több próbálkozás után sem sikerült ellenőrizni a személyazonosságát. Ügyfélszolgálatunk segíthet.',
  exhaustedIncludeHeading: 'Ha az ügyfélszolgálathoz fordul, adja meg a következőket',
  exhaustedIncludeItems: [
    'A fiókjához tartozó e-mail-címet',
    'Nagyjából mikor próbálkozott',
    'Milyen igazolványt használt (útlevél, vezetői engedély, személyi igazolvány), és melyik ország állította ki',
  ],
  supportLink: 'Ügyfélszolgálat elérése',

  cancelledHeading: 'Ellenőrzés szüneteltetve',
  cancelledBody:
    'Befejezés előtt kilépett az ellenőrzésből. Folytassa ott, ahol abbahagyta, vagy kezdje elölről.',
  resumeButton: 'Folytatás',
  startOverButton: 'Újrakezdés',

  blockedHeading: 'Ez a fiók itt nem ellenőrizhető',
  blockedReasons: {
    unsupported_region: 'A személyazonosság-ellenőrzés az Ön régiójában még nem érhető el.',
    underage: 'A funkció használatához legalább 18 évesnek kell lennie.',
    policy: 'Szabályzatunk értelmében ez a fiók nem ellenőrizhető.',
    other: 'Ez a fiók jelenleg nem ellenőrizhető.',
  },
  appealLink: 'Fellebbezés a döntés ellen',

  errorHeading: 'Hiba történt',
  errorMessages: {
    invalid_config:
      'Az ellenőrzés nincs megfelelően beállítva ezen az oldalon. Kérjük, forduljon az ügyfélszolgálathoz.',
    inactive_template: 'Az ellenőrzés jelenleg nem érhető el. Kérjük, forduljon az ügyfélszolgálathoz.',
    unauthenticated: 'Az ellenőrzési munkamenet lejárt. A folytatáshoz próbálja újra.',
    application_error: 'Hiba történt az ellenőrző szolgáltatásban. Próbálja újra egy kis idő múlva.',
    unknown: 'Hiba történt az ellenőrző szolgáltatásban. Próbálja újra egy kis idő múlva.',
    network: 'Nem sikerült elérni a szerverünket. Ellenőrizze az internetkapcsolatot, és próbálja újra.',
    bad_response:
      'A szerverünk olyan választ küldött, amelyet nem tudtunk értelmezni. Próbálja újra egy kis idő múlva.',
    sdk_load_failed:
      'Az ellenőrzést nem sikerült betölteni. Ellenőrizze az internetkapcsolatot; lehet, hogy egy reklámblokkoló vagy tűzfal akadályozza.',
    flow_timeout:
      'Az ellenőrzést nem sikerült betölteni. Ellenőrizze az internetkapcsolatot; lehet, hogy egy reklámblokkoló vagy tűzfal akadályozza.',
    offline: 'Úgy tűnik, nincs internetkapcsolat. Csatlakozzon újra, majd próbálja ismét.',
    camera_unavailable:
      'Nem sikerült használni a kamerát. Engedélyezze a kamera használatát, zárja be a kamerát használó többi alkalmazást, vagy folytassa telefonon.',
    review_timeout:
      'Dokumentumainak ellenőrzése még tart. Néhány perc múlva nézzen vissza; semmi sem vész el.',
  },
  cameraProblems: {
    insecure_context:
      'A kamera csak biztonságos (https) oldalon működik. Nyissa meg ezt az oldalt https-en keresztül, és próbálja újra.',
    no_camera:
      'Nem találtunk kamerát ezen az eszközön. Folytassa telefonon vagy kamerával rendelkező számítógépen.',
    camera_blocked:
      'Ez az oldal nem használhatja a kamerát. Forduljon az ügyfélszolgálathoz, vagy folytassa egy másik eszközön.',
  },
  tryAgainButton: 'Újrapróbálkozás',
  checkAgainButton: 'Újraellenőrzés',
  continueAnywayButton: 'Folytatás így is',
  contactSupport: 'Ügyfélszolgálat elérése',
};
