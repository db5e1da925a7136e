import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** "Te quedan N intentos" for each plural category of Spanish. */
const attemptsLeftForms: Readonly<Record<'one' | 'many' | 'other', (n: string) => string>> = {
  one: (n) => `Te queda ${n} intento`,
  /** Round millions: "1.000.000 de intentos". */
  many: (n) => `Te quedan ${n} de intentos`,
  other: (n) => `Te quedan ${n} intentos`,
};

const attemptsLeft = pluralize('es', attemptsLeftForms);

/** Spanish (neutral, for Spain and Latin America). */
export const es: Translation = {
  locale: 'es',
  dir: 'ltr',

  checkingHeading: 'Comprobando tu verificación',
  checkingBody: 'Un momento…',

  lockedHeading: 'Verifica tu identidad para continuar',
  lockedIntro:
    'Esta función estará disponible cuando verifiques tu identidad. Suele tardar menos de cinco minutos.',
  stepsHeading: 'Cómo funciona',
  steps: {
    prepare: 'Ten tu documento a mano',
    idPhoto: 'Foto del documento',
    selfie: 'Selfie en vivo',
    review: 'Revisión',
  },
  stepsProgressLabel: 'Pasos de la verificación',
  stepDone: 'hecho',
  stepFailed: 'hay que repetirlo',
  prepareHeading: 'Qué necesitas',
  prepareItems: [
    'Un documento de identidad oficial con foto, físico y vigente',
    'Un dispositivo con cámara, para fotografiar tu documento y hacerte una selfie en vivo',
    'Unos minutos, normalmente menos de cinco',
  ],
  acceptedHeading: 'Documentos aceptados',
  acceptedItems: [
    'Pasaporte',
    'Licencia o permiso de conducir, o identificación estatal o provincial',
    'Documento nacional de identidad',
  ],
  notAcceptedHeading: 'No se aceptan',
  notAcceptedItems: [
    'Copias, escaneos, capturas de pantalla o fotos de fotos',
    'Documentos de identidad digitales o en el teléfono',
    'Documentos no oficiales: carnés de estudiante, de empleado o de biblioteca, o tarjetas bancarias',
    'Documentos provisionales en papel',
  ],
  privacyHeading: 'Tu privacidad',
  privacyItems: [
    'Persona, un servicio de verificación de identidad, revisa tu documento y tu selfie en nuestro nombre.',
    'Recibimos el resultado de la verificación y podemos ver lo que envíes.',
    'Para ver, corregir o borrar tus datos, contáctanos: Persona actúa en nuestro nombre.',
  ],
  startButton: 'Iniciar verificación',

  loadingHeading: 'Abriendo la verificación',
  loadingBody: 'Cargando la verificación segura…',
  inProgressHeading: 'Verificación en curso',
  inProgressBody: 'Sigue los pasos en la ventana de verificación.',
  cancelButton: 'Cancelar',
  flowTitle: 'Verifica tu identidad',

  reviewingHeading: 'Revisando tus documentos',
  reviewingBody: 'Esto suele tardar unos minutos.',
  reviewingLeave: 'Puedes salir de esta página; te daremos acceso cuando vuelvas.',

  verifiedHeading: 'Identidad verificada',

  retryHeading: 'No pudimos verificar tu identidad',
  declineAdvice: {
    blurry_photo: 'La foto salió borrosa. Vuelve a tomarla con buena luz y sin mover el documento ni la cámara.',
    glare:
      'Un reflejo tapaba parte del documento. Inclínalo para evitar luces y ventanas, y vuelve a tomar la foto.',
    document_expired: 'El documento está vencido. Usa otro documento oficial con foto que esté vigente.',
    document_not_accepted:
      'Ese documento no se acepta. Usa el original de un documento oficial con foto: sin copias, capturas de pantalla, escaneos ni documentos digitales.',
    face_mismatch:
      'Tu selfie no coincide con la foto del documento. Mira a la cámara con buena luz y quítate sombreros o gafas.',
    selfie_failed: 'No pudimos comprobar tu selfie. Mira a la cámara con buena luz y quítate sombreros o gafas.',
    technical: 'Algo falló por nuestra parte. Inténtalo de nuevo o usa otro navegador.',
    other:
      'Comprueba que tu documento esté vigente y se vea completo en el encuadre, busca buena luz e inténtalo de nuevo.',
  },
  attemptsLeft,
  retryButton: 'Reintentar',

  exhaustedHeading: 'No te quedan intentos',
  exhaustedBody:
    'No pudimos verificar tu identidad después de varios intentos. Nuestro equipo de soporte puede ayudarte.',
  exhaustedIncludeHeading: 'Al contactar con soporte, incluye',
  exhaustedIncludeItems: [
    'El correo electrónico de tu cuenta',
    'Cuándo lo intentaste, aproximadamente',
    'Qué documento usaste (pasaporte, licencia de conducir, documento nacional de identidad) y de qué país es',
  ],
  supportLink: 'Contactar con soporte',

  cancelledHeading: 'Verificación en pausa',
  cancelledBody: 'Saliste de la verificación antes de terminar. Continúa donde lo dejaste o empieza de nuevo.',
  resumeButton: 'Continuar',
  startOverButton: 'Empezar de nuevo',

  blockedHeading: 'Esta cuenta no se puede verificar aquí',
  blockedReasons: {
    unsupported_region: 'La verificación de identidad aún no está disponible en tu región.',
    underage: 'Debes tener 18 años o más para usar esta función.',
    policy: 'Según nuestras políticas, esta cuenta no se puede verificar.',
    other: 'Esta cuenta no se puede verificar en este momento.',
  },
  appealLink: 'Apelar esta decisión',

  errorHeading: 'Algo salió mal',
  errorMessages: {
    invalid_config: 'La verificación no está bien configurada en esta página. Contacta con soporte.',
    inactive_template: 'La verificación no está disponible en este momento. Contacta con soporte.',
    unauthenticated: 'Tu sesión de verificación expiró. Inténtalo de nuevo para continuar.',
    application_error: 'El servicio de verificación tuvo un problema. Inténtalo de nuevo en un momento.',
    unknown: 'El servicio de verificación tuvo un problema. Inténtalo de nuevo en un momento.',
    network: 'No pudimos conectar con nuestro servidor. Revisa tu conexión e inténtalo de nuevo.',
    bad_response: 'Nuestro servidor envió una respuesta que no entendimos. Inténtalo de nuevo en un momento.',
    sdk_load_failed:
      'No se pudo cargar la verificación. Revisa tu conexión; puede que un bloqueador de anuncios o un firewall la esté bloqueando.',
    flow_timeout:
      'No se pudo cargar la verificación. Revisa tu conexión; puede que un bloqueador de anuncios o un firewall la esté bloqueando.',
    offline: 'Parece que no tienes conexión. Vuelve a conectarte e inténtalo de nuevo.',
    camera_unavailable:
      'No pudimos usar tu cámara. Permite el acceso a la cámara, cierra otras apps que la estén usando o continúa en un teléfono.',
    review_timeout:
      'Tus documentos siguen en revisión. Vuelve a comprobarlo en unos minutos; no se ha perdido nada.',
  },
  cameraProblems: {
    insecure_context:
      'La cámara solo funciona en una página segura (https). Abre esta página con https e inténtalo de nuevo.',
    no_camera:
      'No encontramos ninguna cámara en este dispositivo. Continúa en un teléfono o en una computadora con cámara.',
    camera_blocked:
      'Esta página no tiene permiso para usar la cámara. Contacta con soporte o continúa en otro dispositivo.',
  },
  tryAgainButton: 'Reintentar',
  checkAgainButton: 'Comprobar de nuevo',
  continueAnywayButton: 'Continuar de todos modos',
  contactSupport: 'Contactar con soporte',
};
