import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** "N deneme hakkınız kaldı" for each plural category of Turkish (a noun after a number stays singular). */
const attemptsLeftForms: Readonly<Record<'one' | 'other', (n: string) => string>> = {
  one: (n) => `${n} deneme hakkınız kaldı`,
  other: (n) => `${n} deneme hakkınız kaldı`,
};

const attemptsLeft = pluralize('tr', attemptsLeftForms);

/** Turkish, formal "siz" in sentences; buttons use the short imperative, as Turkish interfaces do. */
export const tr: Translation = {
  locale: 'tr',
  dir: 'ltr',

  checkingHeading: 'Doğrulama durumunuz kontrol ediliyor',
  checkingBody: 'Lütfen bekleyin…',

  lockedHeading: 'Devam etmek için kimliğinizi doğrulayın',
  lockedIntro:
    'Bu özellik, kimliğinizi doğruladığınızda kullanılabilir hâle gelir. Bu işlem genellikle beş dakikadan kısa sürer.',
  stepsHeading: 'Nasıl çalışır?',
  steps: {
    prepare: 'Kimlik belgenizi hazır\u00ADlayın',
    idPhoto: 'Belgenin fotoğrafı',
    selfie: 'Canlı selfie',
    review: 'İnceleme',
  },
  stepsProgressLabel: 'Doğrulama adımları',
  stepDone: 'tamamlandı',
  stepFailed: 'yeniden denenmeli',
  prepareHeading: 'Gerekenler',
  prepareItems: [
    'Devlet tarafından verilmiş, geçerli, fotoğraflı bir kimlik belgesinin aslı',
    'Kimlik belgenizin fotoğrafını çekmek ve canlı selfie için kameralı bir cihaz',
    'Birkaç dakika; genellikle beş dakikadan az',
  ],
  acceptedHeading: 'Kabul edilen kimlik belgeleri',
  acceptedItems: ['Pasaport', 'Sürücü belgesi veya eyalet kimlik kartı', 'Ulusal kimlik kartı'],
  notAcceptedHeading: 'Kabul edilmeyenler',
  notAcceptedItems: [
    'Fotokopiler, taramalar, ekran görüntüleri veya fotoğrafların fotoğrafları',
    'Dijital veya mobil kimlik belgeleri',
    'Devletin vermediği kimlik kartları: öğrenci, personel, kütüphane veya banka kartları',
    'Geçici kâğıt kimlik belgeleri',
  ],
  privacyHeading: 'Gizliliğiniz',
  privacyItems: [
    'Bir kimlik doğrulama hizmeti olan Persona, kimlik belgenizi ve selfienizi bizim adımıza kontrol eder.',
    'Kontrolün sonucunu alırız ve gönderdiklerinizi görebiliriz.',
    'Verilerinizi görmek, düzeltmek veya silmek için bizimle iletişime geçin: Persona bizim adımıza hareket eder.',
  ],
  startButton: 'Doğrulamayı başlat',

  loadingHeading: 'Doğrulama açılıyor',
  loadingBody: 'Güvenli doğrulama yükleniyor…',
  inProgressHeading: 'Doğrulama sürüyor',
  inProgressBody: 'Doğrulama penceresindeki adımları izleyin.',
  cancelButton: 'İptal',
  flowTitle: 'Kimliğinizi doğrulayın',

  reviewingHeading: 'Belgeleriniz kontrol ediliyor',
  reviewingBody: 'Bu genellikle birkaç dakika sürer.',
  reviewingLeave: 'Bu sayfadan ayrılabilirsiniz; geri döndüğünüzde erişiminizi açacağız.',

  verifiedHeading: 'Kimlik doğrulandı',

  retryHeading: 'Kimliğinizi doğrulayamadık',
  declineAdvice: {
    blurry_photo:
      'Fotoğraf bulanıktı. İyi ışıkta yeniden çekin; kimlik belgesini ve kamerayı sabit tutun.',
    glare:
      'Parlama, kimlik belgesinin bir kısmını kapattı. Belgeyi lambalardan ve pencerelerden uzağa doğru eğip fotoğrafı yeniden çekin.',
    document_expired:
      'Kimlik belgesinin süresi dolmuş. Devlet tarafından verilmiş, geçerli başka bir fotoğraflı kimlik belgesi kullanın.',
    document_not_accepted:
      'Bu belge kabul edilmiyor. Devlet tarafından verilmiş, fotoğraflı bir kimlik belgesinin aslını kullanın: fotokopi, ekran görüntüsü, tarama veya dijital kimlik kabul edilmez.',
    face_mismatch:
      'Selfieniz kimlik belgesindeki fotoğrafla eşleşmedi. İyi ışıkta yüzünüzü kameraya dönün; şapkanızı veya gözlüğünüzü çıkarın.',
    selfie_failed:
      'Selfie kontrol edilemedi. İyi ışıkta yüzünüzü kameraya dönün; şapkanızı veya gözlüğünüzü çıkarın.',
    technical: 'Bizim tarafımızda bir sorun oluştu. Yeniden deneyin veya başka bir tarayıcı kullanın.',
    other:
      'Kimlik belgenizin geçerli olduğundan ve tamamen kadrajda olduğundan emin olun, iyi ışık kullanın ve yeniden deneyin.',
  },
  attemptsLeft,
  retryButton: 'Yeniden dene',

  exhaustedHeading: 'Deneme hakkınız kalmadı',
  exhaustedBody: 'Birkaç denemeden sonra da kimliğinizi doğrulayamadık. Destek ekibimiz size yardımcı olabilir.',
  exhaustedIncludeHeading: 'Destek ekibine başvururken şunları belirtin',
  exhaustedIncludeItems: [
    'Hesabınızın e-posta adresi',
    'Yaklaşık olarak ne zaman denediğiniz',
    'Hangi kimlik belgesini kullandığınız (pasaport, sürücü belgesi, ulusal kimlik kartı) ve belgeyi veren ülke',
  ],
  supportLink: 'Destek ekibine başvur',

  cancelledHeading: 'Doğrulama duraklatıldı',
  cancelledBody: 'Doğrulamayı bitirmeden ayrıldınız. Kaldığınız yerden devam edin veya baştan başlayın.',
  resumeButton: 'Devam et',
  startOverButton: 'Baştan başla',

  blockedHeading: 'Bu hesap burada doğrulanamıyor',
  blockedReasons: {
    unsupported_region: 'Kimlik doğrulama henüz bölgenizde kullanılamıyor.',
    underage: 'Bu özelliği kullanmak için en az 18 yaşında olmalısınız.',
    policy: 'Politikalarımız gereği bu hesap doğrulanamıyor.',
    other: 'Bu hesap şu anda doğrulanamıyor.',
  },
  appealLink: 'Bu karara itiraz et',

  errorHeading: 'Bir sorun oluştu',
  errorMessages: {
    invalid_config: 'Doğrulama bu sayfada doğru şekilde ayarlanmamış. Lütfen destek ekibine başvurun.',
    inactive_template: 'Doğrulama şu anda kullanılamıyor. Lütfen destek ekibine başvurun.',
    unauthenticated: 'Doğrulama oturumunuzun süresi doldu. Devam etmek için yeniden deneyin.',
    application_error: 'Doğrulama hizmetinde bir sorun oluştu. Biraz sonra yeniden deneyin.',
    unknown: 'Doğrulama hizmetinde bir sorun oluştu. Biraz sonra yeniden deneyin.',
    network: 'Sunucumuza ulaşamadık. Bağlantınızı kontrol edip yeniden deneyin.',
    bad_response: 'Sunucumuz anlayamadığımız bir yanıt gönderdi. Biraz sonra yeniden deneyin.',
    sdk_load_failed:
      'Doğrulama yüklenemedi. Bağlantınızı kontrol edin; bir reklam engelleyici veya güvenlik duvarı doğrulamayı engelliyor olabilir.',
    flow_timeout:
      'Doğrulama yüklenemedi. Bağlantınızı kontrol edin; bir reklam engelleyici veya güvenlik duvarı doğrulamayı engelliyor olabilir.',
    offline: 'Çevrimdışı görünüyorsunuz. Yeniden bağlanıp tekrar deneyin.',
    camera_unavailable:
      'Kameranızı kullanamadık. Kamera erişimine izin verin, kamerayı kullanan diğer uygulamaları kapatın veya bir telefonda devam edin.',
    review_timeout: 'Belgeleriniz hâlâ inceleniyor. Birkaç dakika sonra yeniden kontrol edin; hiçbir şey kaybolmaz.',
  },
  cameraProblems: {
    insecure_context:
      'Kamera yalnızca güvenli (https) bir sayfada çalışır. Bu sayfayı https üzerinden açıp yeniden deneyin.',
    no_camera: 'Bu cihazda kamera bulunamadı. Bir telefonda veya kameralı bir bilgisayarda devam edin.',
    camera_blocked:
      'Bu sayfanın kamerayı kullanma izni yok. Destek ekibine başvurun veya başka bir cihazda devam edin.',
  },
  tryAgainButton: 'Yeniden dene',
  checkAgainButton: 'Yeniden kontrol et',
  continueAnywayButton: 'Yine de devam et',
  contactSupport: 'Destek ekibine başvur',
};
