import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** Western digits, as in the rest of these strings (e.g. the age limit). */
const number = new Intl.NumberFormat('ar', { numberingSystem: 'latn' });

/**
 * "N attempts left" for each plural category of Arabic. As usual in Arabic, zero, one and two
 * are said in words (one attempt, the dual "two attempts"); from three on, the digits show.
 */
const attemptsLeftForms: Readonly<
  Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', (n: string) => string>
> = {
  zero: () => 'لم تتبقَّ أي محاولة',
  one: () => 'تبقّت محاولة واحدة',
  two: () => 'تبقّت محاولتان',
  few: (n) => `تبقّت ${n} محاولات`,
  many: (n) => `تبقّت ${n} محاولة`,
  other: (n) => `تبقّت ${n} محاولة`,
};

const attemptsLeft = pluralize('ar', attemptsLeftForms, (count) => number.format(count));

/** Arabic (Modern Standard Arabic), right to left. */
export const ar: Translation = {
  locale: 'ar',
  dir: 'rtl',

  checkingHeading: 'جارٍ التحقق من حالتك',
  checkingBody: 'لحظة من فضلك…',

  lockedHeading: 'تحقّق من هويتك للمتابعة',
  lockedIntro: 'تُتاح هذه الميزة بعد التحقق من هويتك. يستغرق ذلك عادةً أقل من خمس دقائق.',
  stepsHeading: 'كيف تتم العملية',
  steps: {
    prepare: 'جهّز هويتك',
    idPhoto: 'صورة الهوية',
    selfie: 'صورة ذاتية مباشرة',
    review: 'المراجعة',
  },
  stepsProgressLabel: 'خطوات التحقق',
  stepDone: 'تمّت',
  stepFailed: 'يلزم إعادتها',
  prepareHeading: 'ما تحتاج إليه',
  prepareItems: [
    'هوية حكومية أصلية سارية تحمل صورتك',
    'جهاز مزوّد بكاميرا لتصوير هويتك والتقاط صورة ذاتية مباشرة',
    'بضع دقائق، أقل من خمس عادةً',
  ],
  acceptedHeading: 'الهويات المقبولة',
  acceptedItems: ['جواز السفر', 'رخصة القيادة أو بطاقة هوية صادرة عن ولاية أو مقاطعة', 'بطاقة الهوية الوطنية'],
  notAcceptedHeading: 'غير مقبول',
  notAcceptedItems: [
    'النسخ المصوّرة أو الممسوحة ضوئيًا أو لقطات الشاشة أو صور ملتقطة لصور أخرى',
    'الهويات الرقمية أو هويات الهاتف المحمول',
    'البطاقات غير الحكومية: بطاقات الطلاب أو الموظفين أو المكتبات أو البنوك',
    'الهويات الورقية المؤقتة',
  ],
  privacyHeading: 'خصوصيتك',
  privacyItems: [
    'تتحقق Persona، وهي خدمة للتحقق من الهوية، من بطاقة هويتك وصورتك الذاتية نيابةً عنا.',
    'نتلقى نتيجة التحقق ويمكننا الاطلاع على ما ترسله.',
    'لعرض بياناتك أو تصحيحها أو حذفها، تواصل معنا، فـPersona تعمل نيابةً عنا.',
  ],
  startButton: 'بدء التحقق',

  loadingHeading: 'جارٍ فتح التحقق',
  loadingBody: 'جارٍ تحميل خطوات التحقق الآمنة…',
  inProgressHeading: 'جارٍ التحقق',
  inProgressBody: 'اتبع الخطوات في نافذة التحقق.',
  cancelButton: 'إلغاء',
  flowTitle: 'تحقّق من هويتك',

  reviewingHeading: 'جارٍ مراجعة مستنداتك',
  reviewingBody: 'يستغرق ذلك عادةً بضع دقائق.',
  reviewingLeave: 'يمكنك مغادرة هذه الصفحة؛ وسنتيح لك الدخول عند عودتك.',

  verifiedHeading: 'تم التحقق من الهوية',

  retryHeading: 'تعذّر علينا التحقق من هويتك',
  declineAdvice: {
    blurry_photo: 'الصورة غير واضحة. أعد التقاطها في إضاءة جيدة مع تثبيت الهوية والكاميرا.',
    glare: 'غطّى انعكاس الضوء جزءًا من الهوية. أمِلها بعيدًا عن الأضواء والنوافذ، ثم أعد التقاط الصورة.',
    document_expired: 'انتهت صلاحية هذه الهوية. استخدم هوية حكومية أخرى سارية تحمل صورتك.',
    document_not_accepted:
      'هذه الوثيقة غير مقبولة. استخدم هوية حكومية أصلية تحمل صورتك: لا نسخ مصوّرة ولا لقطات شاشة ولا مسح ضوئي ولا هويات رقمية.',
    face_mismatch:
      'لم تتطابق صورتك الذاتية مع الصورة على الهوية. واجه الكاميرا في إضاءة جيدة، وانزع القبعة أو النظارة.',
    selfie_failed: 'تعذّر فحص صورتك الذاتية. واجه الكاميرا في إضاءة جيدة، وانزع القبعة أو النظارة.',
    technical: 'حدث خطأ من جهتنا. حاول مرة أخرى، أو استخدم متصفحًا آخر.',
    other: 'تأكد من أن هويتك سارية وظاهرة بالكامل داخل الإطار، واستخدم إضاءة جيدة، ثم حاول مرة أخرى.',
  },
  attemptsLeft,
  retryButton: 'إعادة المحاولة',

  exhaustedHeading: 'لم تتبقَّ أي محاولات',
  exhaustedBody: 'تعذّر علينا التحقق من هويتك بعد عدة محاولات. يمكن لفريق الدعم مساعدتك.',
  exhaustedIncludeHeading: 'عند التواصل مع الدعم، اذكر',
  exhaustedIncludeItems: [
    'عنوان البريد الإلكتروني لحسابك',
    'الوقت التقريبي لمحاولاتك',
    'الهوية التي استخدمتها (جواز سفر أو رخصة قيادة أو هوية وطنية) وبلد إصدارها',
  ],
  supportLink: 'التواصل مع الدعم',

  cancelledHeading: 'تم إيقاف التحقق مؤقتًا',
  cancelledBody: 'غادرت التحقق قبل إكماله. تابع من حيث توقفت، أو ابدأ من جديد.',
  resumeButton: 'متابعة',
  startOverButton: 'البدء من جديد',

  blockedHeading: 'لا يمكن التحقق من هذا الحساب هنا',
  blockedReasons: {
    unsupported_region: 'التحقق من الهوية غير متاح في منطقتك بعد.',
    underage: 'يجب أن يكون عمرك 18 عامًا أو أكثر لاستخدام هذه الميزة.',
    policy: 'لا يمكن التحقق من هذا الحساب وفقًا لسياساتنا.',
    other: 'لا يمكن التحقق من هذا الحساب في الوقت الحالي.',
  },
  appealLink: 'الاعتراض على هذا القرار',

  errorHeading: 'حدث خطأ ما',
  errorMessages: {
    invalid_config: 'لم يُضبط التحقق بشكل صحيح في هذه الصفحة. يُرجى التواصل مع الدعم.',
    inactive_template: 'التحقق غير متاح حاليًا. يُرجى التواصل مع الدعم.',
    unauthenticated: 'انتهت صلاحية جلسة التحقق. حاول مرة أخرى للمتابعة.',
    application_error: 'واجهت خدمة التحقق مشكلة. حاول مرة أخرى بعد قليل.',
    unknown: 'واجهت خدمة التحقق مشكلة. حاول مرة أخرى بعد قليل.',
    network: 'تعذّر الوصول إلى خادمنا. تحقّق من اتصالك وحاول مرة أخرى.',
    bad_response: 'أرسل خادمنا ردًّا لم نتمكن من فهمه. حاول مرة أخرى بعد قليل.',
    sdk_load_failed:
      'تعذّر تحميل التحقق. تحقّق من اتصالك؛ فقد تكون أداة حظر الإعلانات أو جدار الحماية تمنعه.',
    flow_timeout: 'تعذّر تحميل التحقق. تحقّق من اتصالك؛ فقد تكون أداة حظر الإعلانات أو جدار الحماية تمنعه.',
    offline: 'يبدو أنك غير متصل بالإنترنت. أعد الاتصال وحاول مرة أخرى.',
    camera_unavailable:
      'تعذّر علينا استخدام الكاميرا. اسمح بالوصول إلى الكاميرا، وأغلق التطبيقات الأخرى التي تستخدمها، أو تابع على هاتف.',
    review_timeout: 'لا تزال مستنداتك قيد المراجعة. تحقّق مرة أخرى بعد بضع دقائق؛ لن يضيع شيء.',
  },
  cameraProblems: {
    insecure_context: 'لا تعمل الكاميرا إلا على صفحة آمنة (https). افتح هذه الصفحة عبر https وحاول مرة أخرى.',
    no_camera: 'لم نعثر على كاميرا في هذا الجهاز. تابع على هاتف أو حاسوب مزوّد بكاميرا.',
    camera_blocked: 'لا يُسمح لهذه الصفحة باستخدام الكاميرا. تواصل مع الدعم، أو تابع على جهاز آخر.',
  },
  tryAgainButton: 'إعادة المحاولة',
  checkAgainButton: 'التحقق مجددًا',
  continueAnywayButton: 'المتابعة على أي حال',
  contactSupport: 'التواصل مع الدعم',
};
