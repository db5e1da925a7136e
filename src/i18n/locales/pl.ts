import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** „Zostały N próby” for each plural category of Polish. */
const attemptsLeftForms: Readonly<Record<'one' | 'few' | 'many' | 'other', (n: string) => string>> = {
  one: (n) => `Została ${n} próba`,
  few: (n) => `Zostały ${n} próby`,
  many: (n) => `Zostało ${n} prób`,
  /** Fractions: „1,5 próby”. */
  other: (n) => `Zostało ${n} próby`,
};

const attemptsLeft = pluralize('pl', attemptsLeftForms);

/**
 * Polish, as official Polish services write: direct imperatives, no „Pan/Pani”, possessives
 * left out where Polish does not need them. A no-break space follows one-letter words
 * (w, z, i, o, a, u), so they never end a line.
 */
export const pl: Translation = {
  locale: 'pl',
  dir: 'ltr',

  checkingHeading: 'Sprawdzamy stan weryfikacji',
  checkingBody: 'Chwileczkę…',

  lockedHeading: 'Zweryfikuj tożsamość, aby kontynuować',
  lockedIntro:
    'Ta funkcja będzie dostępna po weryfikacji tożsamości. Zwykle trwa to mniej niż pięć minut.',
  stepsHeading: 'Jak to działa',
  steps: {
    prepare: 'Przygotuj doku\u00ADment',
    idPhoto: 'Zdjęcie doku\u00ADmentu',
    selfie: 'Selfie na żywo',
    review: 'Spraw\u00ADdzenie',
  },
  stepsProgressLabel: 'Etapy weryfikacji',
  stepDone: 'gotowe',
  stepFailed: 'do powtórzenia',
  prepareHeading: 'Co będzie potrzebne',
  prepareItems: [
    'Ważny dokument tożsamości ze zdjęciem wydany przez państwo, w\u00a0oryginale',
    'Urządzenie z\u00a0kamerą, by zrobić zdjęcie dokumentu i\u00a0selfie na żywo',
    'Kilka minut, zwykle mniej niż pięć',
  ],
  acceptedHeading: 'Akceptowane dokumenty',
  acceptedItems: [
    'Paszport',
    'Prawo jazdy lub dokument tożsamości wydany przez stan albo prowincję',
    'Dowód osobisty',
  ],
  notAcceptedHeading: 'Nieakceptowane',
  notAcceptedItems: [
    'Kopie, skany, zrzuty ekranu lub zdjęcia zdjęć',
    'Dokumenty cyfrowe i\u00a0mobilne',
    'Dokumenty niewydane przez państwo: legitymacje studenckie i\u00a0pracownicze, karty biblioteczne i\u00a0bankowe',
    'Tymczasowe dokumenty papierowe',
  ],
  privacyHeading: 'Prywatność',
  privacyItems: [
    'Persona, usługa weryfikacji tożsamości, sprawdza dla nas dokument i\u00a0selfie.',
    'Otrzymujemy wynik sprawdzenia i\u00a0możemy zobaczyć przesłane materiały.',
    'Aby wyświetlić, poprawić lub usunąć swoje dane, skontaktuj się z\u00a0nami: Persona działa w\u00a0naszym imieniu.',
  ],
  startButton: 'Rozpocznij weryfikację',

  loadingHeading: 'Otwieramy weryfikację',
  loadingBody: 'Ładujemy bezpieczną weryfikację…',
  inProgressHeading: 'Weryfikacja w\u00a0toku',
  inProgressBody: 'Postępuj zgodnie z\u00a0instrukcjami w\u00a0oknie weryfikacji.',
  cancelButton: 'Anuluj',
  flowTitle: 'Weryfikacja tożsamości',

  reviewingHeading: 'Sprawdzamy dokumenty',
  reviewingBody: 'Zwykle trwa to kilka minut.',
  reviewingLeave: 'Możesz opuścić tę stronę; dostęp zostanie odblokowany po powrocie.',

  verifiedHeading: 'Tożsamość zweryfikowana',

  retryHeading: 'Nie udało się zweryfikować tożsamości',
  declineAdvice: {
    blurry_photo:
      'Zdjęcie było nieostre. Zrób je ponownie przy dobrym świetle, trzymając dokument i\u00a0kamerę nieruchomo.',
    glare:
      'Odblask zasłonił część dokumentu. Odchyl go od lamp i\u00a0okien, a\u00a0potem zrób zdjęcie ponownie.',
    document_expired: 'Dokument stracił ważność. Użyj innego ważnego dokumentu tożsamości ze zdjęciem wydanego przez państwo.',
    document_not_accepted:
      'Ten dokument nie jest akceptowany. Użyj oryginału dokumentu tożsamości ze zdjęciem wydanego przez państwo; kopie, zrzuty ekranu, skany i\u00a0dokumenty cyfrowe nie są akceptowane.',
    face_mismatch:
      'Selfie nie pasuje do zdjęcia w\u00a0dokumencie. Patrz prosto w\u00a0kamerę przy dobrym świetle i\u00a0zdejmij czapkę lub okulary.',
    selfie_failed:
      'Nie udało się sprawdzić selfie. Patrz prosto w\u00a0kamerę przy dobrym świetle i\u00a0zdejmij czapkę lub okulary.',
    technical: 'Coś poszło nie tak po naszej stronie. Spróbuj ponownie lub użyj innej przeglądarki.',
    other:
      'Sprawdź, czy dokument jest ważny i\u00a0cały mieści się w\u00a0kadrze, zadbaj o\u00a0dobre światło i\u00a0spróbuj ponownie.',
  },
  attemptsLeft,
  retryButton: 'Spróbuj ponownie',

  exhaustedHeading: 'Wykorzystano wszystkie próby',
  exhaustedBody:
    'Mimo kilku prób nie udało się zweryfikować tożsamości. Nasz dział obsługi klienta może pomóc.',
  exhaustedIncludeHeading: 'Kontaktując się z\u00a0obsługą klienta, podaj',
  exhaustedIncludeItems: [
    'Adres e-mail konta',
    'Przybliżony czas prób',
    'Użyty dokument (paszport, prawo jazdy, dowód osobisty) i\u00a0kraj jego wydania',
  ],
  supportLink: 'Kontakt z\u00a0obsługą klienta',

  cancelledHeading: 'Weryfikacja wstrzymana',
  cancelledBody:
    'Weryfikacja została przerwana przed zakończeniem. Kontynuuj od miejsca przerwania lub zacznij od nowa.',
  resumeButton: 'Wznów',
  startOverButton: 'Zacznij od nowa',

  blockedHeading: 'Tego konta nie można tu zweryfikować',
  blockedReasons: {
    unsupported_region: 'Weryfikacja tożsamości nie jest jeszcze dostępna w\u00a0tym regionie.',
    underage: 'Aby korzystać z\u00a0tej funkcji, trzeba mieć ukończone 18 lat.',
    policy: 'Zgodnie z\u00a0naszymi zasadami tego konta nie można zweryfikować.',
    other: 'Tego konta nie można obecnie zweryfikować.',
  },
  appealLink: 'Odwołaj się od decyzji',

  errorHeading: 'Coś poszło nie tak',
  errorMessages: {
    invalid_config:
      'Weryfikacja na tej stronie nie jest prawidłowo skonfigurowana. Skontaktuj się z\u00a0obsługą klienta.',
    inactive_template: 'Weryfikacja jest teraz niedostępna. Skontaktuj się z\u00a0obsługą klienta.',
    unauthenticated: 'Sesja weryfikacji wygasła. Spróbuj ponownie, aby kontynuować.',
    application_error: 'W\u00a0usłudze weryfikacji wystąpił problem. Spróbuj ponownie za chwilę.',
    unknown: 'W\u00a0usłudze weryfikacji wystąpił problem. Spróbuj ponownie za chwilę.',
    network: 'Nie udało się połączyć z\u00a0naszym serwerem. Sprawdź połączenie i\u00a0spróbuj ponownie.',
    bad_response: 'Nasz serwer wysłał niezrozumiałą odpowiedź. Spróbuj ponownie za chwilę.',
    sdk_load_failed:
      'Nie udało się załadować weryfikacji. Sprawdź połączenie; może ją blokować program blokujący reklamy lub zapora sieciowa.',
    flow_timeout:
      'Nie udało się załadować weryfikacji. Sprawdź połączenie; może ją blokować program blokujący reklamy lub zapora sieciowa.',
    offline: 'Wygląda na to, że nie ma połączenia z\u00a0internetem. Połącz się ponownie i\u00a0spróbuj jeszcze raz.',
    camera_unavailable:
      'Nie udało się użyć kamery. Zezwól na dostęp do kamery, zamknij inne aplikacje, które z\u00a0niej korzystają, lub kontynuuj na telefonie.',
    review_timeout:
      'Dokumenty są nadal sprawdzane. Sprawdź ponownie za kilka minut; nic nie zostanie utracone.',
  },
  cameraProblems: {
    insecure_context:
      'Kamera działa tylko na bezpiecznej stronie (https). Otwórz tę stronę przez https i\u00a0spróbuj ponownie.',
    no_camera:
      'Nie znaleziono kamery na tym urządzeniu. Kontynuuj na telefonie lub komputerze z\u00a0kamerą.',
    camera_blocked:
      'Ta strona nie ma uprawnień do używania kamery. Skontaktuj się z\u00a0obsługą klienta lub kontynuuj na innym urządzeniu.',
  },
  tryAgainButton: 'Spróbuj ponownie',
  checkAgainButton: 'Sprawdź ponownie',
  continueAnywayButton: 'Kontynuuj mimo to',
  contactSupport: 'Kontakt z\u00a0obsługą klienta',
};
