import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** «Restano N tentativi» for each plural category of Italian. */
const attemptsLeftForms: Readonly<Record<'one' | 'many' | 'other', (n: string) => string>> = {
  one: (n) => `Resta ${n} tentativo`,
  /** Round millions: «1.000.000 di tentativi». */
  many: (n) => `Restano ${n} di tentativi`,
  other: (n) => `Restano ${n} tentativi`,
};

const attemptsLeft = pluralize('it', attemptsLeftForms);

/**
 * Italian (formal «Lei», lower-case «la sua»; buttons in the usual impersonal
 * infinitive or in the set forms Italian interfaces use). Apostrophes are ’.
 */
export const it: Translation = {
  locale: 'it',
  dir: 'ltr',

  checkingHeading: 'Controllo della verifica in corso',
  checkingBody: 'Un momento…',

  lockedHeading: 'Verifichi la sua identità per continuare',
  lockedIntro:
    'Questa funzione è disponibile dopo la verifica della sua identità. Di solito richiede meno di cinque minuti.',
  stepsHeading: 'Come funziona',
  steps: {
    prepare: 'Prepari il docu\u00ADmento',
    idPhoto: 'Foto del docu\u00ADmento',
    selfie: 'Selfie dal vivo',
    review: 'Controllo',
  },
  stepsProgressLabel: 'Fasi della verifica',
  stepDone: 'passaggio completato',
  stepFailed: 'da ripetere',
  prepareHeading: 'Che cosa serve',
  prepareItems: [
    'Un documento d’identità con foto, originale e valido, rilasciato da un ente pubblico',
    'Un dispositivo con fotocamera, per fotografare il documento e scattare un selfie dal vivo',
    'Pochi minuti, di solito meno di cinque',
  ],
  acceptedHeading: 'Documenti accettati',
  acceptedItems: [
    'Passaporto',
    'Patente di guida o documento d’identità statale o provinciale',
    'Carta d’identità',
  ],
  notAcceptedHeading: 'Non accettati',
  notAcceptedItems: [
    'Fotocopie, scansioni, screenshot o foto di foto',
    'Documenti digitali o su app',
    'Documenti non rilasciati da enti pubblici: tessere universitarie, aziendali, della biblioteca o carte bancarie',
    'Documenti provvisori cartacei',
  ],
  privacyHeading: 'La sua privacy',
  privacyItems: [
    'Persona, un servizio di verifica dell’identità, controlla il suo documento e il suo selfie per nostro conto.',
    'Riceviamo l’esito del controllo e possiamo vedere ciò che invia.',
    'Per consultare, correggere o cancellare i suoi dati, si rivolga a noi: Persona agisce per nostro conto.',
  ],
  startButton: 'Avvia la verifica',

  loadingHeading: 'Apertura della verifica',
  loadingBody: 'Caricamento della verifica protetta…',
  inProgressHeading: 'Verifica in corso',
  inProgressBody: 'Segua i passaggi nella finestra di verifica.',
  cancelButton: 'Annulla',
  flowTitle: 'Verifica dell’identità',

  reviewingHeading: 'Controllo dei documenti in corso',
  reviewingBody: 'Di solito richiede pochi minuti.',
  reviewingLeave: 'Può lasciare questa pagina: quando tornerà, le daremo accesso.',

  verifiedHeading: 'Identità verificata',

  retryHeading: 'Non è stato possibile verificare la sua identità',
  declineAdvice: {
    blurry_photo:
      'La foto era sfocata. La scatti di nuovo con una buona luce, tenendo fermi il documento e la fotocamera.',
    glare:
      'Un riflesso copriva parte del documento. Lo inclini lontano da lampade e finestre e scatti di nuovo la foto.',
    document_expired: 'Il documento è scaduto. Usi un altro documento d’identità con foto valido, rilasciato da un ente pubblico.',
    document_not_accepted:
      'Questo documento non è accettato. Usi un documento d’identità originale con foto, rilasciato da un ente pubblico: niente fotocopie, screenshot, scansioni o documenti digitali.',
    face_mismatch:
      'Il selfie non corrisponde alla foto del documento. Guardi la fotocamera con una buona luce e tolga cappello o occhiali.',
    selfie_failed:
      'Non è stato possibile controllare il selfie. Guardi la fotocamera con una buona luce e tolga cappello o occhiali.',
    technical: 'Si è verificato un problema da parte nostra. Riprovi o usi un altro browser.',
    other:
      'Controlli che il documento sia valido e interamente inquadrato, usi una buona luce e riprovi.',
  },
  attemptsLeft,
  retryButton: 'Riprova',

  exhaustedHeading: 'Tentativi esauriti',
  exhaustedBody:
    'Non è stato possibile verificare la sua identità dopo diversi tentativi. Il nostro servizio di assistenza può aiutarla.',
  exhaustedIncludeHeading: 'Quando contatta l’assistenza, indichi',
  exhaustedIncludeItems: [
    'L’indirizzo email del suo account',
    'Quando ha effettuato i tentativi, anche approssimativamente',
    'Quale documento ha usato (passaporto, patente, carta d’identità) e il Paese di rilascio',
  ],
  supportLink: 'Contatta l’assistenza',

  cancelledHeading: 'Verifica in pausa',
  cancelledBody:
    'Ha lasciato la verifica prima di completarla. Riprenda da dove aveva lasciato o ricominci da capo.',
  resumeButton: 'Riprendi',
  startOverButton: 'Ricomincia',

  blockedHeading: 'Non è possibile verificare questo account qui',
  blockedReasons: {
    unsupported_region: 'La verifica dell’identità non è ancora disponibile nella sua area geografica.',
    underage: 'Per usare questa funzione deve avere almeno 18 anni.',
    policy: 'In base alle nostre regole, questo account non può essere verificato.',
    other: 'Al momento questo account non può essere verificato.',
  },
  appealLink: 'Presenta ricorso',

  errorHeading: 'Si è verificato un problema',
  errorMessages: {
    invalid_config:
      'La verifica non è configurata correttamente su questa pagina. Contatti l’assistenza.',
    inactive_template: 'La verifica non è disponibile al momento. Contatti l’assistenza.',
    unauthenticated: 'La sessione di verifica è scaduta. Riprovi per continuare.',
    application_error: 'Il servizio di verifica ha avuto un problema. Riprovi tra qualche istante.',
    unknown: 'Il servizio di verifica ha avuto un problema. Riprovi tra qualche istante.',
    network: 'Non è stato possibile raggiungere il nostro server. Controlli la connessione e riprovi.',
    bad_response: 'Il nostro server ha inviato una risposta che non abbiamo compreso. Riprovi tra qualche istante.',
    sdk_load_failed:
      'Non è stato possibile caricare la verifica. Controlli la connessione: un ad blocker o un firewall potrebbe bloccarla.',
    flow_timeout:
      'Non è stato possibile caricare la verifica. Controlli la connessione: un ad blocker o un firewall potrebbe bloccarla.',
    offline: 'Sembra che il dispositivo sia offline. Si riconnetta e riprovi.',
    camera_unavailable:
      'Non è stato possibile usare la fotocamera. Consenta l’accesso alla fotocamera, chiuda le altre app che la usano o continui su un telefono.',
    review_timeout:
      'I suoi documenti sono ancora in fase di controllo. Ricontrolli tra qualche minuto: non andrà perso nulla.',
  },
  cameraProblems: {
    insecure_context:
      'La fotocamera funziona solo su una pagina sicura (https). Apra questa pagina tramite https e riprovi.',
    no_camera:
      'Non abbiamo trovato una fotocamera su questo dispositivo. Continui su un telefono o su un computer con fotocamera.',
    camera_blocked:
      'Questa pagina non è autorizzata a usare la fotocamera. Contatti l’assistenza o continui su un altro dispositivo.',
  },
  tryAgainButton: 'Riprova',
  checkAgainButton: 'Controlla di nuovo',
  continueAnywayButton: 'Continua comunque',
  contactSupport: 'Contatta l’assistenza',
};
