import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/**
 * "May natitira pa kayong N pagsubok" for each plural category of Tagalog. CLDR's two categories
 * follow the linker of a spelled-out number ("isang", "apat na"); after digits the wording is the same.
 */
const attemptsLeftForms: Readonly<Record<'one' | 'other', (n: string) => string>> = {
  one: (n) => `May natitira pa kayong ${n} pagsubok`,
  other: (n) => `May natitira pa kayong ${n} pagsubok`,
};

const attemptsLeft = pluralize('tl', attemptsLeftForms);

/**
 * Tagalog (Filipino), polite: "kayo/ninyo/inyo" throughout, "po" in requests. Loanwords that
 * Filipino uses for these things stay as Filipinos write them (ID, selfie, browser, server).
 */
export const tl: Translation = {
  locale: 'tl',
  dir: 'ltr',

  checkingHeading: 'Sinusuri ang inyong beripikasyon',
  checkingBody: 'Sandali lamang po…',

  lockedHeading: 'Beripikahin ang inyong pagkakakilanlan upang magpatuloy',
  lockedIntro:
    'Magagamit ninyo ang tampok na ito kapag naberipika na ang inyong pagkakakilanlan. Karaniwang wala pang limang minuto ito.',
  stepsHeading: 'Paano ito gumagana',
  steps: {
    prepare: 'Ihanda ang ID',
    idPhoto: 'Lara\u00ADwan ng ID',
    selfie: 'Live na selfie',
    review: 'Pag\u00ADsusuri',
  },
  stepsProgressLabel: 'Mga hakbang ng beripikasyon',
  stepDone: 'tapos na',
  stepFailed: 'kailangang subukang muli',
  prepareHeading: 'Ang kakailanganin ninyo',
  prepareItems: [
    'Isang pisikal at balidong ID na may larawan, na inisyu ng pamahalaan',
    'Isang device na may kamera, para sa larawan ng inyong ID at isang live na selfie',
    'Ilang minuto, karaniwang wala pang lima',
  ],
  acceptedHeading: 'Mga tinatanggap na ID',
  acceptedItems: ['Pasaporte', 'Lisensya sa pagmamaneho o ID na inisyu ng estado o lalawigan', 'Pambansang ID'],
  notAcceptedHeading: 'Hindi tinatanggap',
  notAcceptedItems: [
    'Mga kopya, scan, screenshot o larawan ng larawan',
    'Mga digital o mobile ID',
    'Mga ID na hindi inisyu ng pamahalaan: ID ng estudyante o empleyado, kard ng aklatan o bangko',
    'Pansamantalang ID na papel',
  ],
  privacyHeading: 'Ang inyong pagkapribado',
  privacyItems: [
    'Ang Persona, isang serbisyo ng beripikasyon ng pagkakakilanlan, ang sumusuri sa inyong ID at selfie para sa amin.',
    'Natatanggap namin ang resulta ng pagsusuri at nakikita namin ang inyong isinusumite.',
    'Upang makita, maitama o mabura ang inyong datos, makipag-ugnayan sa amin: kumikilos ang Persona sa ngalan namin.',
  ],
  startButton: 'Simulan ang beripikasyon',

  loadingHeading: 'Binubuksan ang beripikasyon',
  loadingBody: 'Inihahanda ang ligtas na beripikasyon…',
  inProgressHeading: 'Isinasagawa ang beripikasyon',
  inProgressBody: 'Sundin ang mga hakbang sa bintana ng beripikasyon.',
  cancelButton: 'Kanselahin',
  flowTitle: 'Beripikahin ang inyong pagkakakilanlan',

  reviewingHeading: 'Sinusuri ang inyong mga dokumento',
  reviewingBody: 'Karaniwang ilang minuto lamang ito.',
  reviewingLeave: 'Maaari ninyong iwan ang pahinang ito; papapasukin namin kayo pagbalik ninyo.',

  verifiedHeading: 'Naberipika na ang pagkakakilanlan',

  retryHeading: 'Hindi namin naberipika ang inyong pagkakakilanlan',
  declineAdvice: {
    blurry_photo:
      'Malabo ang larawan. Kunan itong muli sa maliwanag na lugar at panatilihing hindi gumagalaw ang ID at ang kamera.',
    glare: 'Natakpan ng silaw ang bahagi ng ID. Ikiling ito palayo sa mga ilaw at bintana, at kunan muli ang larawan.',
    document_expired: 'Paso na ang ID. Gumamit ng ibang balidong ID na may larawan na inisyu ng pamahalaan.',
    document_not_accepted:
      'Hindi tinatanggap ang dokumentong iyan. Gumamit ng pisikal na ID na may larawan na inisyu ng pamahalaan: hindi kopya, screenshot, scan o digital na ID.',
    face_mismatch:
      'Hindi tumugma ang inyong selfie sa larawan sa ID. Humarap sa kamera sa maliwanag na lugar at alisin ang sumbrero o salamin.',
    selfie_failed:
      'Hindi nasuri ang selfie. Humarap sa kamera sa maliwanag na lugar at alisin ang sumbrero o salamin.',
    technical: 'Nagkaproblema sa aming panig. Subukang muli, o gumamit ng ibang browser.',
    other:
      'Tiyaking balido ang inyong ID at buo itong kita sa kuha, gumamit ng maliwanag na ilaw, at subukang muli.',
  },
  attemptsLeft,
  retryButton: 'Subukang muli',

  exhaustedHeading: 'Wala nang natitirang pagsubok',
  exhaustedBody:
    'Hindi namin naberipika ang inyong pagkakakilanlan matapos ang ilang pagsubok. Matutulungan kayo ng aming suporta.',
  exhaustedIncludeHeading: 'Kapag makikipag-ugnayan sa suporta, isama ang sumusunod',
  exhaustedIncludeItems: [
    'Email address ng inyong account',
    'Humigit-kumulang kung kailan kayo sumubok',
    'Aling ID ang ginamit ninyo (pasaporte, lisensya, pambansang ID) at ang bansang nag-isyu nito',
  ],
  supportLink: 'Makipag-ugnayan sa suporta',

  cancelledHeading: 'Nakahinto ang beripikasyon',
  cancelledBody:
    'Umalis kayo sa beripikasyon bago ito natapos. Ituloy kung saan kayo huminto, o magsimulang muli.',
  resumeButton: 'Ituloy',
  startOverButton: 'Magsimulang muli',

  blockedHeading: 'Hindi maaaring maberipika rito ang account na ito',
  blockedReasons: {
    unsupported_region: 'Hindi pa magagamit ang beripikasyon ng pagkakakilanlan sa inyong rehiyon.',
    underage: 'Kailangang 18 taong gulang o higit pa kayo upang magamit ang tampok na ito.',
    policy: 'Hindi maaaring maberipika ang account na ito ayon sa aming mga patakaran.',
    other: 'Hindi maaaring maberipika ang account na ito sa ngayon.',
  },
  appealLink: 'Iapela ang desisyong ito',

  errorHeading: 'Nagkaproblema',
  errorMessages: {
    invalid_config: 'Hindi tama ang pagkakaayos ng beripikasyon sa pahinang ito. Makipag-ugnayan po sa suporta.',
    inactive_template: 'Hindi magagamit ang beripikasyon sa ngayon. Makipag-ugnayan po sa suporta.',
    unauthenticated: 'Nagtapos na ang inyong sesyon ng beripikasyon. Subukang muli upang magpatuloy.',
    application_error: 'Nagkaproblema ang serbisyo ng beripikasyon. Subukang muli maya-maya.',
    unknown: 'Nagkaproblema ang serbisyo ng beripikasyon. Subukang muli maya-maya.',
    network: 'Hindi namin maabot ang aming server. Suriin ang inyong koneksyon at subukang muli.',
    bad_response: 'Nagpadala ang aming server ng sagot na hindi namin naintindihan. Subukang muli maya-maya.',
    sdk_load_failed:
      'Hindi mabuksan ang beripikasyon. Suriin ang inyong koneksyon; maaaring hinaharangan ito ng ad blocker o firewall.',
    flow_timeout:
      'Hindi mabuksan ang beripikasyon. Suriin ang inyong koneksyon; maaaring hinaharangan ito ng ad blocker o firewall.',
    offline: 'Mukhang wala kayong koneksyon sa internet. Kumonektang muli at subukan ulit.',
    camera_unavailable:
      'Hindi namin magamit ang inyong kamera. Payagan ang paggamit ng kamera, isara ang ibang app na gumagamit nito, o magpatuloy sa isang telepono.',
    review_timeout: 'Sinusuri pa ang inyong mga dokumento. Tingnan muli pagkalipas ng ilang minuto; walang mawawala.',
  },
  cameraProblems: {
    insecure_context:
      'Gumagana lamang ang kamera sa ligtas na pahina (https). Buksan ang pahinang ito sa https at subukang muli.',
    no_camera: 'Walang nakitang kamera sa device na ito. Magpatuloy sa isang telepono o kompyuter na may kamera.',
    camera_blocked:
      'Hindi pinapayagang gumamit ng kamera ang pahinang ito. Makipag-ugnayan sa suporta, o magpatuloy sa ibang device.',
  },
  tryAgainButton: 'Subukang muli',
  checkAgainButton: 'Tingnan muli',
  continueAnywayButton: 'Magpatuloy pa rin',
  contactSupport: 'Makipag-ugnayan sa suporta',
};
