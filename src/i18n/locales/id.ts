import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** "Sisa N percobaan": Indonesian nouns do not change with the number, so one category serves. */
const attemptsLeftForms: Readonly<Record<'other', (n: string) => string>> = {
  other: (n) => `Sisa ${n} percobaan`,
};

const attemptsLeft = pluralize('id', attemptsLeftForms);

/** Indonesian (formal "Anda", as in official and banking services; KBBI terms such as "swafoto"). */
export const id: Translation = {
  locale: 'id',
  dir: 'ltr',

  checkingHeading: 'Memeriksa status verifikasi Anda',
  checkingBody: 'Mohon tunggu sebentar…',

  lockedHeading: 'Verifikasi identitas Anda untuk melanjutkan',
  lockedIntro:
    'Fitur ini dapat digunakan setelah Anda memverifikasi identitas. Biasanya prosesnya kurang dari lima menit.',
  stepsHeading: 'Cara kerjanya',
  steps: {
    prepare: 'Siapkan dokumen identitas',
    idPhoto: 'Foto dokumen iden\u00ADtitas',
    selfie: 'Swafoto lang\u00ADsung',
    review: 'Peninjau\u00ADan',
  },
  stepsProgressLabel: 'Langkah verifikasi',
  stepDone: 'selesai',
  stepFailed: 'perlu diulang',
  prepareHeading: 'Yang Anda perlukan',
  prepareItems: [
    'Dokumen identitas berfoto yang asli, masih berlaku, dan diterbitkan pemerintah',
    'Perangkat berkamera untuk memotret dokumen identitas dan mengambil swafoto langsung',
    'Beberapa menit, biasanya kurang dari lima',
  ],
  acceptedHeading: 'Dokumen identitas yang diterima',
  acceptedItems: [
    'Paspor',
    'SIM atau kartu identitas yang diterbitkan negara bagian atau provinsi',
    'Kartu identitas nasional (seperti KTP)',
  ],
  notAcceptedHeading: 'Tidak diterima',
  notAcceptedItems: [
    'Fotokopi, hasil pindaian, tangkapan layar, atau foto dari foto',
    'Dokumen identitas digital atau di ponsel',
    'Kartu identitas nonpemerintah: kartu pelajar atau mahasiswa, kartu pegawai, kartu perpustakaan, atau kartu bank',
    'Dokumen identitas sementara dari kertas',
  ],
  privacyHeading: 'Privasi Anda',
  privacyItems: [
    'Persona, layanan verifikasi identitas, memeriksa dokumen identitas dan swafoto Anda atas nama kami.',
    'Kami menerima hasil pemeriksaan dan dapat melihat apa yang Anda kirimkan.',
    'Untuk melihat, memperbaiki, atau menghapus data Anda, hubungi kami: Persona bertindak atas nama kami.',
  ],
  startButton: 'Mulai verifikasi',

  loadingHeading: 'Membuka verifikasi',
  loadingBody: 'Memuat alur verifikasi yang aman…',
  inProgressHeading: 'Verifikasi sedang berlangsung',
  inProgressBody: 'Ikuti langkah-langkah di jendela verifikasi.',
  cancelButton: 'Batal',
  flowTitle: 'Verifikasi identitas Anda',

  reviewingHeading: 'Dokumen Anda sedang diperiksa',
  reviewingBody: 'Biasanya ini memerlukan beberapa menit.',
  reviewingLeave: 'Anda boleh meninggalkan halaman ini; saat kembali, Anda akan mendapat akses.',

  verifiedHeading: 'Identitas terverifikasi',

  retryHeading: 'Kami tidak dapat memverifikasi identitas Anda',
  declineAdvice: {
    blurry_photo:
      'Fotonya buram. Ambil ulang di tempat yang terang, dan tahan dokumen identitas serta kamera agar tidak bergerak.',
    glare:
      'Pantulan cahaya menutupi sebagian dokumen identitas. Miringkan dokumen menjauhi lampu dan jendela, lalu ambil ulang fotonya.',
    document_expired:
      'Dokumen identitas sudah tidak berlaku. Gunakan dokumen identitas resmi berfoto lain yang masih berlaku.',
    document_not_accepted:
      'Dokumen tersebut tidak diterima. Gunakan dokumen identitas resmi berfoto yang asli: bukan fotokopi, tangkapan layar, hasil pindaian, atau dokumen identitas digital.',
    face_mismatch:
      'Swafoto Anda tidak cocok dengan foto di dokumen identitas. Hadapkan wajah ke kamera di tempat yang terang, dan lepaskan topi atau kacamata.',
    selfie_failed:
      'Swafoto tidak dapat diperiksa. Hadapkan wajah ke kamera di tempat yang terang, dan lepaskan topi atau kacamata.',
    technical: 'Terjadi kesalahan di pihak kami. Coba lagi, atau gunakan peramban lain.',
    other:
      'Pastikan dokumen identitas Anda masih berlaku dan terlihat utuh di dalam bingkai, gunakan cahaya yang cukup, lalu coba lagi.',
  },
  attemptsLeft,
  retryButton: 'Coba lagi',

  exhaustedHeading: 'Tidak ada percobaan tersisa',
  exhaustedBody:
    'Kami tidak dapat memverifikasi identitas Anda setelah beberapa kali percobaan. Tim layanan pelanggan kami dapat membantu.',
  exhaustedIncludeHeading: 'Saat menghubungi layanan pelanggan, sertakan',
  exhaustedIncludeItems: [
    'Alamat email akun Anda',
    'Perkiraan waktu Anda mencoba',
    'Dokumen identitas yang Anda gunakan (paspor, SIM, kartu identitas nasional) dan negara penerbitnya',
  ],
  supportLink: 'Hubungi layanan pelanggan',

  cancelledHeading: 'Verifikasi dijeda',
  cancelledBody:
    'Anda keluar dari verifikasi sebelum selesai. Lanjutkan dari langkah terakhir, atau mulai dari awal.',
  resumeButton: 'Lanjutkan',
  startOverButton: 'Mulai dari awal',

  blockedHeading: 'Akun ini tidak dapat diverifikasi di sini',
  blockedReasons: {
    unsupported_region: 'Verifikasi identitas belum tersedia di wilayah Anda.',
    underage: 'Anda harus berusia minimal 18 tahun untuk menggunakan fitur ini.',
    policy: 'Akun ini tidak dapat diverifikasi berdasarkan kebijakan kami.',
    other: 'Akun ini tidak dapat diverifikasi untuk saat ini.',
  },
  appealLink: 'Ajukan banding atas keputusan ini',

  errorHeading: 'Terjadi kesalahan',
  errorMessages: {
    invalid_config:
      'Verifikasi di halaman ini tidak diatur dengan benar. Silakan hubungi layanan pelanggan.',
    inactive_template: 'Verifikasi sedang tidak tersedia. Silakan hubungi layanan pelanggan.',
    unauthenticated: 'Sesi verifikasi Anda telah berakhir. Coba lagi untuk melanjutkan.',
    application_error: 'Layanan verifikasi mengalami masalah. Coba lagi sebentar lagi.',
    unknown: 'Layanan verifikasi mengalami masalah. Coba lagi sebentar lagi.',
    network: 'Kami tidak dapat terhubung ke server kami. Periksa koneksi Anda, lalu coba lagi.',
    bad_response: 'Server kami mengirim jawaban yang tidak kami pahami. Coba lagi sebentar lagi.',
    sdk_load_failed:
      'Verifikasi tidak dapat dimuat. Periksa koneksi Anda; pemblokir iklan atau firewall mungkin memblokirnya.',
    flow_timeout:
      'Verifikasi tidak dapat dimuat. Periksa koneksi Anda; pemblokir iklan atau firewall mungkin memblokirnya.',
    offline: 'Sepertinya perangkat Anda tidak terhubung ke internet. Sambungkan kembali, lalu coba lagi.',
    camera_unavailable:
      'Kami tidak dapat menggunakan kamera Anda. Izinkan akses kamera, tutup aplikasi lain yang menggunakannya, atau lanjutkan di ponsel.',
    review_timeout:
      'Dokumen Anda masih ditinjau. Periksa lagi dalam beberapa menit; tidak ada yang hilang.',
  },
  cameraProblems: {
    insecure_context:
      'Kamera hanya berfungsi di halaman yang aman (https). Buka halaman ini melalui https, lalu coba lagi.',
    no_camera:
      'Kami tidak menemukan kamera di perangkat ini. Lanjutkan di ponsel atau komputer yang memiliki kamera.',
    camera_blocked:
      'Halaman ini tidak diizinkan menggunakan kamera. Hubungi layanan pelanggan, atau lanjutkan di perangkat lain.',
  },
  tryAgainButton: 'Coba lagi',
  checkAgainButton: 'Periksa lagi',
  continueAnywayButton: 'Tetap lanjutkan',
  contactSupport: 'Hubungi layanan pelanggan',
};
