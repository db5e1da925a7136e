import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** "Restam N tentativas" for each plural category of Portuguese. */
const attemptsLeftForms: Readonly<Record<'one' | 'many' | 'other', (n: string) => string>> = {
  one: (n) => `Resta ${n} tentativa`,
  /** Round millions: "1.000.000 de tentativas". */
  many: (n) => `Restam ${n} de tentativas`,
  other: (n) => `Restam ${n} tentativas`,
};

const pluralAttemptsLeft = pluralize('pt-BR', attemptsLeftForms);

// CLDR puts 0 in `one` for Portuguese, but Brazilian usage says "0 tentativas".
const attemptsLeft = (count: number): string =>
  count === 0 ? attemptsLeftForms.other('0') : pluralAttemptsLeft(count);

/** Brazilian Portuguese. */
export const ptBR: Translation = {
  locale: 'pt-BR',
  dir: 'ltr',

  checkingHeading: 'Conferindo sua verificação',
  checkingBody: 'Só um momento…',

  lockedHeading: 'Verifique sua identidade para continuar',
  lockedIntro:
    'Este recurso fica disponível depois que você verifica sua identidade. Geralmente leva menos de cinco minutos.',
  stepsHeading: 'Como funciona',
  steps: {
    prepare: 'Tenha o documento em mãos',
    idPhoto: 'Foto do documento',
    selfie: 'Selfie ao vivo',
    review: 'Análise',
  },
  stepsProgressLabel: 'Etapas da verificação',
  stepDone: 'concluída',
  stepFailed: 'precisa ser refeita',
  prepareHeading: 'Do que você precisa',
  prepareItems: [
    'Um documento oficial com foto, físico e dentro da validade',
    'Um aparelho com câmera, para tirar uma foto do documento e uma selfie ao vivo',
    'Alguns minutos, geralmente menos de cinco',
  ],
  acceptedHeading: 'Documentos aceitos',
  acceptedItems: [
    'Passaporte',
    'Carteira de motorista (CNH) ou identidade estadual ou provincial',
    'Carteira de identidade nacional',
  ],
  notAcceptedHeading: 'Não aceitos',
  notAcceptedItems: [
    'Cópias, digitalizações, capturas de tela ou fotos de fotos',
    'Documentos digitais ou no celular',
    'Documentos não oficiais: carteirinha de estudante, crachá de funcionário, cartão de biblioteca ou de banco',
    'Documentos provisórios em papel',
  ],
  privacyHeading: 'Sua privacidade',
  privacyItems: [
    'A Persona, um serviço de verificação de identidade, confere seu documento e sua selfie em nosso nome.',
    'Recebemos o resultado da verificação e podemos ver o que você enviar.',
    'Para ver, corrigir ou excluir seus dados, fale conosco: a Persona atua em nosso nome.',
  ],
  startButton: 'Iniciar verificação',

  loadingHeading: 'Abrindo a verificação',
  loadingBody: 'Carregando a verificação segura…',
  inProgressHeading: 'Verificação em andamento',
  inProgressBody: 'Siga as etapas na janela de verificação.',
  cancelButton: 'Cancelar',
  flowTitle: 'Verifique sua identidade',

  reviewingHeading: 'Analisando seus documentos',
  reviewingBody: 'Isso geralmente leva alguns minutos.',
  reviewingLeave: 'Você pode sair desta página; liberamos seu acesso quando você voltar.',

  verifiedHeading: 'Identidade verificada',

  retryHeading: 'Não conseguimos verificar sua identidade',
  declineAdvice: {
    blurry_photo: 'A foto ficou desfocada. Tire outra com boa iluminação, mantendo o documento e a câmera parados.',
    glare:
      'Um reflexo cobriu parte do documento. Incline-o para longe de luzes e janelas e tire a foto novamente.',
    document_expired: 'O documento está vencido. Use outro documento oficial com foto que esteja dentro da validade.',
    document_not_accepted:
      'Esse documento não é aceito. Use o original de um documento oficial com foto: nada de cópias, capturas de tela, digitalizações ou documentos digitais.',
    face_mismatch:
      'Sua selfie não corresponde à foto do documento. Fique de frente para a câmera, com boa iluminação, e tire chapéu ou óculos.',
    selfie_failed:
      'Não foi possível conferir sua selfie. Fique de frente para a câmera, com boa iluminação, e tire chapéu ou óculos.',
    technical: 'Algo deu errado do nosso lado. Tente novamente ou use outro navegador.',
    other:
      'Confira se o documento está válido e aparece inteiro no enquadramento, use boa iluminação e tente novamente.',
  },
  attemptsLeft,
  retryButton: 'Tentar de novo',

  exhaustedHeading: 'Sem tentativas restantes',
  exhaustedBody:
    'Não conseguimos verificar sua identidade após várias tentativas. Nossa equipe de suporte pode ajudar.',
  exhaustedIncludeHeading: 'Ao falar com o suporte, informe',
  exhaustedIncludeItems: [
    'O e-mail da sua conta',
    'Mais ou menos quando você tentou',
    'Qual documento você usou (passaporte, CNH, identidade nacional) e o país de emissão',
  ],
  supportLink: 'Falar com o suporte',

  cancelledHeading: 'Verificação pausada',
  cancelledBody: 'Você saiu da verificação antes de terminar. Continue de onde parou ou comece de novo.',
  resumeButton: 'Continuar',
  startOverButton: 'Começar de novo',

  blockedHeading: 'Esta conta não pode ser verificada aqui',
  blockedReasons: {
    unsupported_region: 'A verificação de identidade ainda não está disponível na sua região.',
    underage: 'Você precisa ter 18 anos ou mais para usar este recurso.',
    policy: 'De acordo com nossas políticas, esta conta não pode ser verificada.',
    other: 'Esta conta não pode ser verificada no momento.',
  },
  appealLink: 'Recorrer desta decisão',

  errorHeading: 'Algo deu errado',
  errorMessages: {
    invalid_config: 'A verificação não está configurada corretamente nesta página. Entre em contato com o suporte.',
    inactive_template: 'A verificação não está disponível no momento. Entre em contato com o suporte.',
    unauthenticated: 'Sua sessão de verificação expirou. Tente novamente para continuar.',
    application_error: 'O serviço de verificação teve um problema. Tente novamente daqui a pouco.',
    unknown: 'O serviço de verificação teve um problema. Tente novamente daqui a pouco.',
    network: 'Não conseguimos acessar nosso servidor. Verifique sua conexão e tente novamente.',
    bad_response: 'Nosso servidor enviou uma resposta que não entendemos. Tente novamente daqui a pouco.',
    sdk_load_failed:
      'Não foi possível carregar a verificação. Verifique sua conexão; um bloqueador de anúncios ou firewall pode estar bloqueando.',
    flow_timeout:
      'Não foi possível carregar a verificação. Verifique sua conexão; um bloqueador de anúncios ou firewall pode estar bloqueando.',
    offline: 'Parece que você está sem conexão. Reconecte-se e tente novamente.',
    camera_unavailable:
      'Não conseguimos usar sua câmera. Permita o acesso à câmera, feche outros apps que estejam usando a câmera ou continue em um celular.',
    review_timeout: 'Seus documentos ainda estão em análise. Confira de novo em alguns minutos; nada foi perdido.',
  },
  cameraProblems: {
    insecure_context:
      'A câmera só funciona em uma página segura (https). Abra esta página por https e tente novamente.',
    no_camera: 'Não encontramos nenhuma câmera neste aparelho. Continue em um celular ou computador com câmera.',
    camera_blocked:
      'Esta página não tem permissão para usar a câmera. Fale com o suporte ou continue em outro aparelho.',
  },
  tryAgainButton: 'Tentar de novo',
  checkAgainButton: 'Conferir de novo',
  continueAnywayButton: 'Continuar mesmo assim',
  contactSupport: 'Falar com o suporte',
};
