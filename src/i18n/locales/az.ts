import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** "N cəhd qalıb" for each plural category of Azerbaijani (a noun after a number stays singular). */
const attemptsLeftForms: Readonly<Record<'one' | 'other', (n: string) => string>> = {
  one: (n) => `${n} cəhd qalıb`,
  other: (n) => `${n} cəhd qalıb`,
};

const attemptsLeft = pluralize('az', attemptsLeftForms);

/** Azerbaijani (Latin script, formal "siz"). */
export const az: Translation = {
  locale: 'az',
  dir: 'ltr',

  checkingHeading: 'Təsdiqləmə statusunuz yoxlanılır',
  checkingBody: 'Bir az gözləyin…',

  lockedHeading: 'Davam etmək üçün şəxsiyyətinizi təsdiqləyin',
  lockedIntro:
    'Bu funksiya şəxsiyyətinizi təsdiqlədikdən sonra əlçatan olacaq. Bu, adətən beş dəqiqədən az çəkir.',
  stepsHeading: 'Necə işləyir',
  steps: {
    prepare: 'Sənədi\u00ADnizi hazır\u00ADlayın',
    idPhoto: 'Sənədin fotosu',
    selfie: 'Canlı selfi',
    review: 'Yoxlama',
  },
  stepsProgressLabel: 'Təsdiqləmə mərhələləri',
  stepDone: 'tamamlandı',
  stepFailed: 'yenidən cəhd lazımdır',
  prepareHeading: 'Sizə lazım olacaq',
  prepareItems: [
    'Dövlət tərəfindən verilmiş etibarlı, şəkilli şəxsiyyət sənədinin əsli',
    'Sənədin fotosunu çəkmək və canlı selfi üçün kameralı cihaz',
    'Bir neçə dəqiqə, adətən beşdən az',
  ],
  acceptedHeading: 'Qəbul edilən sənədlər',
  acceptedItems: [
    'Pasport',
    'Sürücülük vəsiqəsi və ya ştat, yaxud əyalət tərəfindən verilmiş şəxsiyyət sənədi',
    'Şəxsiyyət vəsiqəsi',
  ],
  notAcceptedHeading: 'Qəbul edilmir',
  notAcceptedItems: [
    'Surətlər, skan edilmiş nüsxələr, ekran görüntüləri və ya fotoşəkillərin fotoları',
    'Rəqəmsal və ya mobil şəxsiyyət sənədləri',
    'Dövlət tərəfindən verilməyən sənədlər: tələbə, işçi, kitabxana və ya bank kartları',
    'Müvəqqəti kağız sənədlər',
  ],
  privacyHeading: 'Məxfiliyiniz',
  privacyItems: [
    'Şəxsiyyətin təsdiqlənməsi xidməti olan Persona bizim adımızdan sənədinizi və selfinizi yoxlayır.',
    'Biz yoxlamanın nəticəsini alırıq və göndərdiklərinizi görə bilirik.',
    'Məlumatlarınıza baxmaq, onları düzəltmək və ya silmək üçün bizimlə əlaqə saxlayın: Persona bizim adımızdan fəaliyyət göstərir.',
  ],
  startButton: 'Təsdiqləməyə başlayın',

  loadingHeading: 'Təsdiqləmə açılır',
  loadingBody: 'Təhlükəsiz təsdiqləmə yüklənir…',
  inProgressHeading: 'Təsdiqləmə davam edir',
  inProgressBody: 'Təsdiqləmə pəncərəsindəki addımları izləyin.',
  cancelButton: 'Ləğv edin',
  flowTitle: 'Şəxsiyyətin təsdiqlənməsi',

  reviewingHeading: 'Sənədləriniz yoxlanılır',
  reviewingBody: 'Bu, adətən bir neçə dəqiqə çəkir.',
  reviewingLeave: 'Bu səhifədən çıxa bilərsiniz; qayıtdığınız zaman sizə giriş açacağıq.',

  verifiedHeading: 'Şəxsiyyət təsdiqləndi',

  retryHeading: 'Şəxsiyyətinizi təsdiqləyə bilmədik',
  declineAdvice: {
    blurry_photo: 'Foto bulanıq alınıb. Yaxşı işıqda yenidən çəkin, sənədi və kameranı tərpətməyin.',
    glare: 'Parıltı sənədin bir hissəsini örtüb. Sənədi lampalardan və pəncərələrdən uzağa əyin və yenidən çəkin.',
    document_expired:
      'Sənədin müddəti bitib. Dövlət tərəfindən verilmiş başqa etibarlı, şəkilli şəxsiyyət sənədindən istifadə edin.',
    document_not_accepted:
      'Bu sənəd qəbul edilmir. Dövlət tərəfindən verilmiş şəkilli şəxsiyyət sənədinin əslindən istifadə edin: surət, ekran görüntüsü, skan və ya rəqəmsal sənəd olmamalıdır.',
    face_mismatch:
      'Selfiniz sənəddəki fotoya uyğun gəlmədi. Yaxşı işıqda kameraya baxın, papağı və ya eynəyi çıxarın.',
    selfie_failed:
      'Selfinizi yoxlamaq mümkün olmadı. Yaxşı işıqda kameraya baxın, papağı və ya eynəyi çıxarın.',
    technical: 'Bizim tərəfimizdə xəta baş verdi. Yenidən cəhd edin və ya başqa brauzerdən istifadə edin.',
    other:
      'Sənədinizin etibarlı olduğunu və tam kadrda göründüyünü yoxlayın, yaxşı işıqdan istifadə edin və yenidən cəhd edin.',
  },
  attemptsLeft,
  retryButton: 'Yenidən cəhd edin',

  exhaustedHeading: 'Cəhd qalmayıb',
  exhaustedBody: 'Bir neçə cəhddən sonra şəxsiyyətinizi təsdiqləyə bilmədik. Dəstək komandamız sizə kömək edə bilər.',
  exhaustedIncludeHeading: 'Dəstək xidmətinə müraciət edərkən bunları qeyd edin',
  exhaustedIncludeItems: [
    'Hesabınızın e-poçt ünvanı',
    'Təxminən nə vaxt cəhd etdiyiniz',
    'Hansı sənəddən istifadə etdiyiniz (pasport, sürücülük vəsiqəsi, şəxsiyyət vəsiqəsi) və onu verən ölkə',
  ],
  supportLink: 'Dəstəklə əlaqə saxlayın',

  cancelledHeading: 'Təsdiqləməyə fasilə verilib',
  cancelledBody: 'Təsdiqləməni bitirmədən çıxdınız. Qaldığınız yerdən davam edin və ya yenidən başlayın.',
  resumeButton: 'Davam edin',
  startOverButton: 'Yenidən başlayın',

  blockedHeading: 'Bu hesabı burada təsdiqləmək mümkün deyil',
  blockedReasons: {
    unsupported_region: 'Şəxsiyyətin təsdiqlənməsi hələ regionunuzda əlçatan deyil.',
    underage: 'Bu funksiyadan istifadə etmək üçün ən azı 18 yaşınız olmalıdır.',
    policy: 'Qaydalarımıza görə bu hesabı təsdiqləmək mümkün deyil.',
    other: 'Hazırda bu hesabı təsdiqləmək mümkün deyil.',
  },
  appealLink: 'Qərardan şikayət edin',

  errorHeading: 'Xəta baş verdi',
  errorMessages: {
    invalid_config:
      'Bu səhifədə təsdiqləmə düzgün qurulmayıb. Zəhmət olmasa, dəstək xidməti ilə əlaqə saxlayın.',
    inactive_template: 'Təsdiqləmə hazırda əlçatan deyil. Zəhmət olmasa, dəstək xidməti ilə əlaqə saxlayın.',
    unauthenticated: 'Təsdiqləmə sessiyanızın müddəti bitib. Davam etmək üçün yenidən cəhd edin.',
    application_error: 'Təsdiqləmə xidmətində problem yarandı. Bir azdan yenidən cəhd edin.',
    unknown: 'Təsdiqləmə xidmətində problem yarandı. Bir azdan yenidən cəhd edin.',
    network: 'Serverimizə qoşulmaq mümkün olmadı. Bağlantınızı yoxlayın və yenidən cəhd edin.',
    bad_response: 'Serverimiz anlaya bilmədiyimiz cavab göndərdi. Bir azdan yenidən cəhd edin.',
    sdk_load_failed:
      'Təsdiqləməni yükləmək mümkün olmadı. Bağlantınızı yoxlayın; onu reklam bloklayıcısı və ya təhlükəsizlik divarı bloklaya bilər.',
    flow_timeout:
      'Təsdiqləməni yükləmək mümkün olmadı. Bağlantınızı yoxlayın; onu reklam bloklayıcısı və ya təhlükəsizlik divarı bloklaya bilər.',
    offline: 'Görünür, internetə qoşulmamısınız. Yenidən qoşulun və bir daha cəhd edin.',
    camera_unavailable:
      'Kameranızdan istifadə etmək mümkün olmadı. Kameraya giriş icazəsi verin, ondan istifadə edən digər tətbiqləri bağlayın və ya telefonda davam edin.',
    review_timeout:
      'Sənədləriniz hələ də yoxlanılır. Bir neçə dəqiqədən sonra yenidən yoxlayın; heç nə itməyəcək.',
  },
  cameraProblems: {
    insecure_context:
      'Kamera yalnız təhlükəsiz (https) səhifədə işləyir. Bu səhifəni https ilə açın və yenidən cəhd edin.',
    no_camera: 'Bu cihazda kamera tapılmadı. Telefonda və ya kameralı kompüterdə davam edin.',
    camera_blocked:
      'Bu səhifənin kameradan istifadə etməyə icazəsi yoxdur. Dəstək xidməti ilə əlaqə saxlayın və ya başqa cihazda davam edin.',
  },
  tryAgainButton: 'Yenidən cəhd edin',
  checkAgainButton: 'Yenidən yoxlayın',
  continueAnywayButton: 'Yenə də davam edin',
  contactSupport: 'Dəstəklə əlaqə saxlayın',
};
