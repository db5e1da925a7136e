// The host page's own words around each gallery gate: the `reason` slot and the
// gated content, in the gallery's locale, as a real page would write them.
import type { BuiltInLocale, GateState } from '../../src/index.js';
import { pseudoLocaleTag, type GateLocale } from '../../src/i18n/match-locale.js';
import { pseudoText } from '../../src/i18n/pseudo-locale.js';
import type { Mode } from './settings.js';

export interface HostText {
  /** Slot `reason`: why this feature needs a verified identity. */
  readonly reason: string;
  /** The gated content's heading and line, shown once verified. */
  readonly unlockedHeading: string;
  readonly unlockedBody: string;
  /**
   * Slot `privacy` (the `locked` card): the host's own commitments, which only it can
   * make, beside what Persona does. The gate's default notice claims none of them.
   */
  readonly privacy: readonly string[];
}

/** The sample page's words in the languages it was written in; see `hostTextFor` for the others. */
const hostText: Readonly<Partial<Record<BuiltInLocale, HostText>>> = {
  en: {
    reason: 'Advanced code tools can change production systems, so they need a verified identity.',
    unlockedHeading: 'Advanced code tools unlocked',
    unlockedBody: 'You can now deploy to production and rotate repository secrets.',
    privacy: [
      'Persona, an identity verification service, checks your ID and your selfie for us.',
      'We ask Persona to delete the photos as soon as the check is done.',
      'We never use them to train AI or for marketing.',
    ],
  },
  'zh-CN': {
    reason: '高级代码工具可以更改生产系统，因此需要经过验证的身份。',
    unlockedHeading: '高级代码工具已解锁',
    unlockedBody: '现在您可以部署到生产环境并轮换仓库密钥。',
    privacy: [
      '身份验证服务商 Persona 代表我们核验您的证件和自拍。',
      '核验完成后，我们会立即要求 Persona 删除这些照片。',
      '我们绝不会将这些照片用于 AI 训练或营销。',
    ],
  },
  'zh-TW': {
    reason: '進階程式碼工具可以變更正式環境系統，因此需要經過驗證的身分。',
    unlockedHeading: '進階程式碼工具已解鎖',
    unlockedBody: '現在您可以部署到正式環境並輪替儲存庫密鑰。',
    privacy: [
      '身分驗證服務商 Persona 代表我們核驗您的證件和自拍。',
      '核驗完成後，我們會立即要求 Persona 刪除這些照片。',
      '我們絕不會將這些照片用於 AI 訓練或行銷。',
    ],
  },
  ja: {
    reason: '高度なコードツールは本番システムを変更できるため、本人確認が必要です。',
    unlockedHeading: '高度なコードツールが利用できるようになりました',
    unlockedBody: '本番環境へのデプロイとリポジトリのシークレットの更新ができます。',
    privacy: [
      '本人確認サービスのPersonaが、当社に代わって身分証明書とセルフィーを確認します。',
      '確認が終わり次第、当社はPersonaに写真の削除を依頼します。',
      '当社が写真をAIの学習やマーケティングに使うことはありません。',
    ],
  },
  ko: {
    reason: '고급 코드 도구는 운영 시스템을 변경할 수 있어서 신원 확인이 필요해요.',
    unlockedHeading: '고급 코드 도구가 열렸어요',
    unlockedBody: '이제 운영 환경에 배포하고 저장소 시크릿을 교체할 수 있어요.',
    privacy: [
      '신원 확인 서비스인 Persona가 저희를 대신해 신분증과 셀카를 확인해요.',
      '확인이 끝나면 바로 Persona에 사진 삭제를 요청해요.',
      '사진을 AI 학습이나 마케팅에 쓰는 일은 절대 없어요.',
    ],
  },
  es: {
    reason: 'Las herramientas de código avanzadas pueden cambiar sistemas de producción, por eso requieren una identidad verificada.',
    unlockedHeading: 'Herramientas de código avanzadas desbloqueadas',
    unlockedBody: 'Ya puedes desplegar en producción y rotar los secretos del repositorio.',
    privacy: [
      'Persona, un servicio de verificación de identidad, revisa tu documento y tu selfie en nuestro nombre.',
      'Pedimos a Persona que borre las fotos en cuanto termina la verificación.',
      'Nunca las usamos para entrenar IA ni para marketing.',
    ],
  },
  fr: {
    reason: 'Les outils de code avancés peuvent modifier les systèmes de production : ils exigent une identité vérifiée.',
    unlockedHeading: 'Outils de code avancés débloqués',
    unlockedBody: 'Vous pouvez désormais déployer en production et renouveler les secrets du dépôt.',
    privacy: [
      'Persona, un service de vérification d’identité, contrôle votre pièce d’identité et votre selfie pour notre compte.',
      'Nous demandons à Persona de supprimer les photos dès la fin du contrôle.',
      'Nous ne les utilisons jamais pour entraîner une IA ni pour le marketing.',
    ],
  },
  de: {
    reason: 'Die erweiterten Code-Werkzeuge können Produktivsysteme verändern und erfordern deshalb eine bestätigte Identität.',
    unlockedHeading: 'Erweiterte Code-Werkzeuge freigeschaltet',
    unlockedBody: 'Sie können jetzt in die Produktion ausliefern und Repository-Secrets erneuern.',
    privacy: [
      'Persona, ein Dienst für Identitätsprüfung, prüft Ihren Ausweis und Ihr Selfie in unserem Auftrag.',
      'Wir lassen die Fotos von Persona löschen, sobald die Prüfung abgeschlossen ist.',
      'Wir verwenden sie nie für KI-Training oder Marketing.',
    ],
  },
  'pt-BR': {
    reason: 'As ferramentas de código avançadas podem alterar sistemas de produção, por isso exigem uma identidade verificada.',
    unlockedHeading: 'Ferramentas de código avançadas liberadas',
    unlockedBody: 'Agora você pode publicar em produção e trocar os segredos do repositório.',
    privacy: [
      'A Persona, um serviço de verificação de identidade, confere seu documento e sua selfie em nosso nome.',
      'Pedimos à Persona que apague as fotos assim que a verificação termina.',
      'Nunca as usamos para treinar IA nem para marketing.',
    ],
  },
  ru: {
    reason: 'Расширенные инструменты для кода могут изменять рабочие системы, поэтому для них нужна подтверждённая личность.',
    unlockedHeading: 'Расширенные инструменты для кода открыты',
    unlockedBody: 'Теперь вы можете выкладывать изменения в продакшен и обновлять секреты репозитория.',
    privacy: [
      'Persona — сервис проверки личности — проверяет ваш документ и селфи по нашему поручению.',
      'Мы просим Persona удалить фотографии сразу после проверки.',
      'Мы никогда не используем их для обучения ИИ или маркетинга.',
    ],
  },
  ar: {
    reason: 'يمكن لأدوات البرمجة المتقدمة تغيير أنظمة الإنتاج، لذلك تتطلب هوية موثّقة.',
    unlockedHeading: 'تم فتح أدوات البرمجة المتقدمة',
    unlockedBody: 'يمكنك الآن النشر في بيئة الإنتاج وتغيير أسرار المستودع.',
    privacy: [
      'تتحقق Persona، وهي خدمة للتحقق من الهوية، من بطاقة هويتك وصورتك الذاتية نيابةً عنا.',
      'نطلب من Persona حذف الصور فور انتهاء التحقق.',
      'لا نستخدمها أبدًا لتدريب الذكاء الاصطناعي أو للتسويق.',
    ],
  },
  hi: {
    reason: 'उन्नत कोड टूल प्रोडक्शन सिस्टम बदल सकते हैं, इसलिए इनके लिए सत्यापित पहचान ज़रूरी है।',
    unlockedHeading: 'उन्नत कोड टूल अनलॉक हो गए',
    unlockedBody: 'अब आप प्रोडक्शन में डिप्लॉय कर सकते हैं और रिपॉज़िटरी सीक्रेट बदल सकते हैं।',
    privacy: [
      'पहचान सत्यापन सेवा Persona हमारी ओर से आपके पहचान पत्र और सेल्फ़ी की जाँच करता है।',
      'जाँच पूरी होते ही हम Persona से तस्वीरें हटाने के लिए कहते हैं।',
      'हम इनका इस्तेमाल AI ट्रेनिंग या मार्केटिंग के लिए कभी नहीं करते।',
    ],
  },
};

/** The host's words and their language: English (marked so) where the sample page has none in the locale. */
export function hostTextFor(locale: GateLocale): HostText & { readonly lang: string } {
  const english = hostText.en!;
  if (locale === pseudoLocaleTag) {
    const pseudo = (text: string) => pseudoText(text);
    return { lang: locale, reason: pseudo(english.reason), unlockedHeading: pseudo(english.unlockedHeading), unlockedBody: pseudo(english.unlockedBody), privacy: english.privacy.map(pseudo) };
  }
  const own = hostText[locale];
  return own ? { ...own, lang: locale } : { ...english, lang: 'en' };
}

/** What each card shows and when a person sees it (English: the demo's own language). */
export function stateNote(state: GateState, mode: Mode): string {
  switch (state) {
    case 'checking':
      return 'Briefly, while status-url says whether this person is already verified.';
    case 'locked':
      return 'Before the flow: your reason slot, what to prepare, accepted IDs, and your own privacy commitments in the privacy slot.';
    case 'loading':
      return "Persona's flow is loading (at most flow-timeout).";
    case 'in-progress':
      return mode === 'inline'
        ? "Inline: Persona's flow renders below this screen, inside the gate (not in a preview)."
        : "Modal: Persona's flow opens in the gate's modal over the page; this screen waits behind it.";
    case 'reviewing':
      return 'Submitted; status-url answers pending and the gate asks again.';
    case 'verified':
      return 'Your gated content (the default slot), once unlocked.';
    case 'retry':
      return 'Sample: declined for a blurry photo, 2 attempts left.';
    case 'exhausted':
      return 'No attempts left: what to send to support, and the support-url link.';
    case 'cancelled':
      return 'The person left the flow: Resume the same inquiry, or start over.';
    case 'blocked':
      return 'Sample: unsupported region, with the appeal link (support-url).';
    case 'error':
      return 'Sample: flow_timeout (the flow never loaded); recoverable.';
  }
}
