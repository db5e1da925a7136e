import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** "Tinggal N cubaan lagi": Malay nouns do not change with the number, so one category serves. */
const attemptsLeftForms: Readonly<Record<'other', (n: string) => string>> = {
  other: (n) => `Tinggal ${n} cubaan lagi`,
};

const attemptsLeft = pluralize('ms', attemptsLeftForms);

/** Malay (Malaysia; formal "Anda", as Malaysian official and banking services write). */
export const ms: Translation = {
  locale: 'ms',
  dir: 'ltr',

  checkingHeading: 'Menyemak status pengesahan Anda',
  checkingBody: 'Sila tunggu sebentar…',

  lockedHeading: 'Sahkan identiti Anda untuk meneruskan',
  lockedIntro:
    'Ciri ini boleh digunakan selepas Anda mengesahkan identiti. Biasanya ia mengambil masa kurang daripada lima minit.',
  stepsHeading: 'Cara ia berfungsi',
  steps: {
    prepare: 'Sediakan dokumen penge\u00ADna\u00ADlan',
    idPhoto: 'Foto dokumen penge\u00ADna\u00ADlan',
    selfie: 'Swafoto lang\u00ADsung',
    review: 'Semakan',
  },
  stepsProgressLabel: 'Langkah pengesahan',
  stepDone: 'selesai',
  stepFailed: 'perlu diulang',
  prepareHeading: 'Perkara yang Anda perlukan',
  prepareItems: [
    'Dokumen pengenalan kerajaan yang asli, masih sah dan mempunyai foto',
    'Peranti berkamera, untuk mengambil foto dokumen pengenalan dan swafoto langsung',
    'Beberapa minit, biasanya kurang daripada lima',
  ],
  acceptedHeading: 'Dokumen pengenalan yang diterima',
  acceptedItems: [
    'Pasport',
    'Lesen memandu atau dokumen pengenalan yang dikeluarkan oleh negeri atau wilayah',
    'Kad pengenalan negara (seperti MyKad)',
  ],
  notAcceptedHeading: 'Tidak diterima',
  notAcceptedItems: [
    'Salinan, imbasan, tangkapan skrin atau foto yang diambil daripada foto',
    'Dokumen pengenalan digital atau mudah alih',
    'Dokumen pengenalan bukan kerajaan: kad pelajar, kad pekerja, kad perpustakaan atau kad bank',
    'Dokumen pengenalan sementara dalam bentuk kertas',
  ],
  privacyHeading: 'Privasi Anda',
  privacyItems: [
    'Persona, sebuah perkhidmatan pengesahan identiti, menyemak dokumen pengenalan dan swafoto Anda bagi pihak kami.',
    'Kami menerima keputusan semakan dan boleh melihat apa yang Anda hantar.',
    'Untuk melihat, membetulkan atau memadam data Anda, hubungi kami: Persona bertindak bagi pihak kami.',
  ],
  startButton: 'Mulakan pengesahan',

  loadingHeading: 'Membuka pengesahan',
  loadingBody: 'Memuatkan aliran pengesahan yang selamat…',
  inProgressHeading: 'Pengesahan sedang dijalankan',
  inProgressBody: 'Ikuti langkah-langkah dalam tetingkap pengesahan.',
  cancelButton: 'Batal',
  flowTitle: 'Sahkan identiti Anda',

  reviewingHeading: 'Dokumen Anda sedang disemak',
  reviewingBody: 'Biasanya ini mengambil masa beberapa minit.',
  reviewingLeave: 'Anda boleh meninggalkan halaman ini; Anda akan diberi akses apabila kembali.',

  verifiedHeading: 'Identiti disahkan',

  retryHeading: 'Kami tidak dapat mengesahkan identiti Anda',
  declineAdvice: {
    blurry_photo:
      'Foto itu kabur. Ambil semula di tempat yang terang, dan pegang dokumen pengenalan serta kamera dengan stabil.',
    glare:
      'Silauan cahaya menutupi sebahagian dokumen pengenalan. Condongkannya menjauhi lampu dan tingkap, kemudian ambil foto semula.',
    document_expired:
      'Dokumen pengenalan itu telah tamat tempoh. Gunakan dokumen pengenalan kerajaan lain yang masih sah dan mempunyai foto.',
    document_not_accepted:
      'Dokumen itu tidak diterima. Gunakan dokumen pengenalan kerajaan yang asli dan mempunyai foto: bukan salinan, tangkapan skrin, imbasan atau dokumen pengenalan digital.',
    face_mismatch:
      'Swafoto Anda tidak sepadan dengan foto pada dokumen pengenalan. Hadapkan muka ke kamera di tempat yang terang, dan tanggalkan topi atau cermin mata.',
    selfie_failed:
      'Swafoto tidak dapat disemak. Hadapkan muka ke kamera di tempat yang terang, dan tanggalkan topi atau cermin mata.',
    technical: 'Berlaku masalah di pihak kami. Cuba lagi, atau gunakan pelayar lain.',
    other:
      'Pastikan dokumen pengenalan Anda masih sah dan kelihatan sepenuhnya dalam bingkai, gunakan cahaya yang baik, kemudian cuba lagi.',
  },
  attemptsLeft,
  retryButton: 'Cuba lagi',

  exhaustedHeading: 'Tiada cubaan lagi',
  exhaustedBody:
    'Kami tidak dapat mengesahkan identiti Anda selepas beberapa cubaan. Pasukan khidmat pelanggan kami boleh membantu.',
  exhaustedIncludeHeading: 'Apabila menghubungi khidmat pelanggan, sertakan',
  exhaustedIncludeItems: [
    'Alamat e-mel akaun Anda',
    'Anggaran masa Anda mencuba',
    'Dokumen pengenalan yang Anda gunakan (pasport, lesen memandu, kad pengenalan negara) dan negara yang mengeluarkannya',
  ],
  supportLink: 'Hubungi khidmat pelanggan',

  cancelledHeading: 'Pengesahan dijeda',
  cancelledBody:
    'Anda keluar daripada pengesahan sebelum selesai. Sambung dari tempat Anda berhenti, atau mula semula.',
  resumeButton: 'Sambung',
  startOverButton: 'Mula semula',

  blockedHeading: 'Akaun ini tidak boleh disahkan di sini',
  blockedReasons: {
    unsupported_region: 'Pengesahan identiti belum tersedia di rantau Anda.',
    underage: 'Anda mesti berumur 18 tahun ke atas untuk menggunakan ciri ini.',
    policy: 'Akaun ini tidak boleh disahkan mengikut dasar kami.',
    other: 'Akaun ini tidak boleh disahkan buat masa ini.',
  },
  appealLink: 'Buat rayuan terhadap keputusan ini',

  errorHeading: 'Berlaku masalah',
  errorMessages: {
    invalid_config:
      'Pengesahan tidak disediakan dengan betul pada halaman ini. Sila hubungi khidmat pelanggan.',
    inactive_template: 'Pengesahan tidak tersedia buat masa ini. Sila hubungi khidmat pelanggan.',
    unauthenticated: 'Sesi pengesahan Anda telah tamat. Cuba lagi untuk meneruskan.',
    application_error: 'Perkhidmatan pengesahan menghadapi masalah. Cuba lagi sebentar nanti.',
    unknown: 'Perkhidmatan pengesahan menghadapi masalah. Cuba lagi sebentar nanti.',
    network: 'Kami tidak dapat menghubungi pelayan kami. Semak sambungan Anda dan cuba lagi.',
    bad_response: 'Pelayan kami menghantar jawapan yang tidak kami fahami. Cuba lagi sebentar nanti.',
    sdk_load_failed:
      'Pengesahan tidak dapat dimuatkan. Semak sambungan Anda; penyekat iklan atau tembok api mungkin menyekatnya.',
    flow_timeout:
      'Pengesahan tidak dapat dimuatkan. Semak sambungan Anda; penyekat iklan atau tembok api mungkin menyekatnya.',
    offline: 'Anda nampaknya di luar talian. Sambung semula dan cuba lagi.',
    camera_unavailable:
      'Kami tidak dapat menggunakan kamera Anda. Benarkan akses kamera, tutup aplikasi lain yang menggunakannya, atau teruskan pada telefon.',
    review_timeout:
      'Dokumen Anda masih disemak. Semak semula dalam beberapa minit; tiada apa-apa yang hilang.',
  },
  cameraProblems: {
    insecure_context:
      'Kamera hanya berfungsi pada halaman yang selamat (https). Buka halaman ini melalui https dan cuba lagi.',
    no_camera:
      'Kami tidak menemui kamera pada peranti ini. Teruskan pada telefon atau komputer yang mempunyai kamera.',
    camera_blocked:
      'Halaman ini tidak dibenarkan menggunakan kamera. Hubungi khidmat pelanggan, atau teruskan pada peranti lain.',
  },
  tryAgainButton: 'Cuba lagi',
  checkAgainButton: 'Semak semula',
  continueAnywayButton: 'Teruskan juga',
  contactSupport: 'Hubungi khidmat pelanggan',
};
