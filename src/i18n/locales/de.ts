import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** „N Versuche übrig“ for each plural category of German. */
const attemptsLeftForms: Readonly<Record<'one' | 'other', (n: string) => string>> = {
  one: (n) => `${n} Versuch übrig`,
  other: (n) => `${n} Versuche übrig`,
};

const attemptsLeft = pluralize('de', attemptsLeftForms);

/** German (formal „Sie“). The ellipsis follows a no-break space, as it stands for omitted words. */
export const de: Translation = {
  locale: 'de',
  dir: 'ltr',

  checkingHeading: 'Ihr Verifizierungs\u00ADstatus wird geprüft',
  checkingBody: 'Einen Moment\u00a0…',

  lockedHeading: 'Bestätigen Sie Ihre Identität, um fortzufahren',
  lockedIntro:
    'Diese Funktion steht Ihnen zur Verfügung, sobald Sie Ihre Identität bestätigt haben. Das dauert meist keine fünf Minuten.',
  stepsHeading: 'So funktioniert es',
  steps: {
    prepare: 'Ausweis bereithalten',
    idPhoto: 'Foto des Ausweises',
    selfie: 'Live-Selfie',
    review: 'Prüfung',
  },
  stepsProgressLabel: 'Schritte der Bestätigung',
  stepDone: 'erledigt',
  stepFailed: 'bitte wiederholen',
  prepareHeading: 'Was Sie brauchen',
  prepareItems: [
    'Einen gültigen amtlichen Lichtbildausweis im Original',
    'Ein Gerät mit Kamera für ein Foto Ihres Ausweises und ein Live-Selfie',
    'Ein paar Minuten, meist weniger als fünf',
  ],
  acceptedHeading: 'Akzeptierte Ausweise',
  acceptedItems: [
    'Reisepass',
    'Führerschein oder Ausweis eines Bundesstaats bzw. einer Provinz',
    'Personalausweis',
  ],
  notAcceptedHeading: 'Nicht akzeptiert',
  notAcceptedItems: [
    'Kopien, Scans, Screenshots oder abfotografierte Fotos',
    'Digitale oder mobile Ausweise',
    'Nichtamtliche Ausweise: Studenten-, Mitarbeiter-, Bibliotheks- oder Bankkarten',
    'Vorläufige Ausweise aus Papier',
  ],
  privacyHeading: 'Datenschutz',
  privacyItems: [
    'Persona, ein Dienst für Identitätsprüfung, prüft Ihren Ausweis und Ihr Selfie in unserem Auftrag.',
    'Wir erhalten das Ergebnis der Prüfung und können einsehen, was Sie einreichen.',
    'Um Ihre Daten einzusehen, zu berichtigen oder zu löschen, wenden Sie sich an uns: Persona handelt in unserem Auftrag.',
  ],
  startButton: 'Verifizierung starten',

  loadingHeading: 'Verifizierung wird geöffnet',
  loadingBody: 'Die sichere Verifizierung wird geladen\u00a0…',
  inProgressHeading: 'Verifizierung läuft',
  inProgressBody: 'Folgen Sie den Schritten im Verifizierungsfenster.',
  cancelButton: 'Abbrechen',
  flowTitle: 'Identität bestätigen',

  reviewingHeading: 'Ihre Dokumente werden geprüft',
  reviewingBody: 'Das dauert meist ein paar Minuten.',
  reviewingLeave: 'Sie können diese Seite verlassen; wenn Sie zurückkommen, schalten wir Sie frei.',

  verifiedHeading: 'Identität bestätigt',

  retryHeading: 'Wir konnten Ihre Identität nicht bestätigen',
  declineAdvice: {
    blurry_photo:
      'Das Foto war unscharf. Nehmen Sie es bei gutem Licht erneut auf und halten Sie Ausweis und Kamera ruhig.',
    glare:
      'Eine Spiegelung hat einen Teil des Ausweises verdeckt. Neigen Sie ihn weg von Lampen und Fenstern und nehmen Sie das Foto erneut auf.',
    document_expired: 'Der Ausweis ist abgelaufen. Verwenden Sie einen anderen gültigen amtlichen Lichtbildausweis.',
    document_not_accepted:
      'Dieses Dokument wird nicht akzeptiert. Verwenden Sie einen amtlichen Lichtbildausweis im Original: keine Kopien, Screenshots, Scans oder digitalen Ausweise.',
    face_mismatch:
      'Ihr Selfie passt nicht zum Foto auf dem Ausweis. Schauen Sie bei gutem Licht in die Kamera und nehmen Sie Hut oder Brille ab.',
    selfie_failed:
      'Ihr Selfie konnte nicht geprüft werden. Schauen Sie bei gutem Licht in die Kamera und nehmen Sie Hut oder Brille ab.',
    technical:
      'Bei uns ist etwas schiefgelaufen. Versuchen Sie es erneut oder verwenden Sie einen anderen Browser.',
    other:
      'Prüfen Sie, ob Ihr Ausweis gültig und vollständig im Bild ist, sorgen Sie für gutes Licht und versuchen Sie es erneut.',
  },
  attemptsLeft,
  retryButton: 'Erneut versuchen',

  exhaustedHeading: 'Keine Versuche mehr übrig',
  exhaustedBody:
    'Wir konnten Ihre Identität nach mehreren Versuchen nicht bestätigen. Unser Support-Team hilft Ihnen gern.',
  exhaustedIncludeHeading: 'Wenn Sie den Support kontaktieren, nennen Sie bitte',
  exhaustedIncludeItems: [
    'Die E-Mail-Adresse Ihres Kontos',
    'Ungefähr, wann Sie es versucht haben',
    'Den verwendeten Ausweis (Reisepass, Führerschein, Personalausweis) und das Ausstellungsland',
  ],
  supportLink: 'Support kontaktieren',

  cancelledHeading: 'Verifizierung pausiert',
  cancelledBody:
    'Sie haben die Verifizierung vor dem Abschluss verlassen. Machen Sie dort weiter, wo Sie aufgehört haben, oder beginnen Sie neu.',
  resumeButton: 'Fortsetzen',
  startOverButton: 'Neu beginnen',

  blockedHeading: 'Dieses Konto kann hier nicht verifiziert werden',
  blockedReasons: {
    unsupported_region: 'Die Identitätsprüfung ist in Ihrer Region noch nicht verfügbar.',
    underage: 'Sie müssen mindestens 18 Jahre alt sein, um diese Funktion zu nutzen.',
    policy: 'Nach unseren Richtlinien kann dieses Konto nicht verifiziert werden.',
    other: 'Dieses Konto kann derzeit nicht verifiziert werden.',
  },
  appealLink: 'Entscheidung anfechten',

  errorHeading: 'Etwas ist schiefgelaufen',
  errorMessages: {
    invalid_config:
      'Die Verifizierung ist auf dieser Seite nicht richtig eingerichtet. Bitte kontaktieren Sie den Support.',
    inactive_template: 'Die Verifizierung ist gerade nicht verfügbar. Bitte kontaktieren Sie den Support.',
    unauthenticated: 'Ihre Verifizierungssitzung ist abgelaufen. Versuchen Sie es erneut, um fortzufahren.',
    application_error:
      'Beim Verifizierungsdienst ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
    unknown: 'Beim Verifizierungsdienst ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
    network: 'Wir konnten unseren Server nicht erreichen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    bad_response:
      'Unser Server hat eine Antwort gesendet, die wir nicht verstanden haben. Versuchen Sie es gleich noch einmal.',
    sdk_load_failed:
      'Die Verifizierung konnte nicht geladen werden. Prüfen Sie Ihre Verbindung; möglicherweise blockiert ein Werbeblocker oder eine Firewall sie.',
    flow_timeout:
      'Die Verifizierung konnte nicht geladen werden. Prüfen Sie Ihre Verbindung; möglicherweise blockiert ein Werbeblocker oder eine Firewall sie.',
    offline: 'Sie scheinen offline zu sein. Stellen Sie die Verbindung wieder her und versuchen Sie es erneut.',
    camera_unavailable:
      'Wir konnten Ihre Kamera nicht verwenden. Erlauben Sie den Kamerazugriff, schließen Sie andere Apps, die die Kamera nutzen, oder machen Sie auf einem Smartphone weiter.',
    review_timeout:
      'Ihre Dokumente werden noch geprüft. Schauen Sie in ein paar Minuten noch einmal nach; es geht nichts verloren.',
  },
  cameraProblems: {
    insecure_context:
      'Die Kamera funktioniert nur auf einer sicheren Seite (https). Öffnen Sie diese Seite über https und versuchen Sie es erneut.',
    no_camera:
      'Auf diesem Gerät wurde keine Kamera gefunden. Machen Sie auf einem Smartphone oder einem Computer mit Kamera weiter.',
    camera_blocked:
      'Diese Seite darf die Kamera nicht verwenden. Kontaktieren Sie den Support oder machen Sie auf einem anderen Gerät weiter.',
  },
  tryAgainButton: 'Erneut versuchen',
  checkAgainButton: 'Erneut prüfen',
  continueAnywayButton: 'Trotzdem fortfahren',
  contactSupport: 'Support kontaktieren',
};
