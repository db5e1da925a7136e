import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** 「還剩 N 次機會」 for each plural category of Chinese (only `other`: the measure word never changes). */
const attemptsLeftForms: Readonly<Record<'other', (n: string) => string>> = {
  other: (n) => `還剩 ${n} 次機會`,
};

const attemptsLeft = pluralize('zh-TW', attemptsLeftForms);

/** Traditional Chinese (Taiwan usage). */
export const zhTW: Translation = {
  locale: 'zh-TW',
  dir: 'ltr',

  checkingHeading: '正在確認您的驗證狀態',
  checkingBody: '請稍候……',

  lockedHeading: '驗證身分後即可繼續',
  lockedIntro: '完成身分驗證後即可使用這項功能。整個過程通常不到五分鐘。',
  stepsHeading: '驗證流程',
  steps: {
    prepare: '準備證件',
    idPhoto: '拍攝證件',
    selfie: '即時自拍',
    review: '審核',
  },
  stepsProgressLabel: '驗證步驟',
  stepDone: '已完成',
  stepFailed: '需要重試',
  prepareHeading: '您需要準備',
  prepareItems: [
    '一張有效的政府核發附照片證件（須為實體證件）',
    '一台有相機的裝置，用來拍攝證件照片和即時自拍',
    '幾分鐘的時間，通常不到五分鐘',
  ],
  acceptedHeading: '可使用的證件',
  acceptedItems: ['護照', '駕照或州／省核發的身分證件', '國民身分證'],
  notAcceptedHeading: '不接受',
  notAcceptedItems: [
    '影本、掃描檔、螢幕截圖或翻拍的照片',
    '數位或行動身分證件',
    '非政府核發的證件：學生證、員工證、借書證或銀行卡',
    '臨時紙本證件',
  ],
  privacyHeading: '您的隱私',
  privacyItems: [
    '身分驗證服務商 Persona 代表我們核驗您的證件和自拍。',
    '我們會收到核驗結果，並且可以查看您提交的資料。',
    '如需查看、更正或刪除您的資料，請聯絡我們：Persona 代表我們處理這些資料。',
  ],
  startButton: '開始驗證',

  loadingHeading: '正在開啟驗證',
  loadingBody: '正在載入安全驗證流程……',
  inProgressHeading: '驗證進行中',
  inProgressBody: '請依照驗證視窗中的步驟操作。',
  cancelButton: '取消',
  flowTitle: '驗證您的身分',

  reviewingHeading: '正在審核您的證件',
  reviewingBody: '通常需要幾分鐘。',
  reviewingLeave: '您可以先離開此頁面；您回來時，我們會直接讓您進入。',

  verifiedHeading: '身分已驗證',

  retryHeading: '無法驗證您的身分',
  declineAdvice: {
    blurry_photo: '照片模糊。請在光線充足的地方重拍，並拿穩證件和相機。',
    glare: '證件有部分被反光遮住。請將證件傾斜、避開燈光和窗戶，然後重拍。',
    document_expired: '這份證件已過期。請改用其他有效的政府核發附照片證件。',
    document_not_accepted:
      '不接受這份證件。請使用政府核發的附照片實體證件，不可使用影本、螢幕截圖、掃描檔或數位證件。',
    face_mismatch: '您的自拍與證件上的照片不符。請在光線充足的地方正對相機，並摘下帽子或眼鏡。',
    selfie_failed: '無法核對您的自拍。請在光線充足的地方正對相機，並摘下帽子或眼鏡。',
    technical: '我們這邊發生問題。請再試一次，或改用其他瀏覽器。',
    other: '請確認證件有效且完整位於畫面內，並在光線充足的地方再試一次。',
  },
  attemptsLeft,
  retryButton: '再試一次',

  exhaustedHeading: '已無剩餘次數',
  exhaustedBody: '經過多次嘗試，仍無法驗證您的身分。我們的客服團隊可以協助您。',
  exhaustedIncludeHeading: '聯絡客服時，請提供',
  exhaustedIncludeItems: [
    '您帳號的電子郵件地址',
    '大約的嘗試時間',
    '您使用的證件（護照、駕照或身分證）及其核發國家或地區',
  ],
  supportLink: '聯絡客服',

  cancelledHeading: '驗證已暫停',
  cancelledBody: '您在完成前離開了驗證。您可以從中斷的地方繼續，或重新開始。',
  resumeButton: '繼續',
  startOverButton: '重新開始',

  blockedHeading: '無法在這裡驗證這個帳號',
  blockedReasons: {
    unsupported_region: '您所在的地區尚未提供身分驗證。',
    underage: '您必須年滿 18 歲才能使用這項功能。',
    policy: '根據我們的政策，這個帳號無法進行驗證。',
    other: '這個帳號目前無法驗證。',
  },
  appealLink: '對這項決定提出申訴',

  errorHeading: '發生錯誤',
  errorMessages: {
    invalid_config: '此頁面的驗證設定有誤。請聯絡客服。',
    inactive_template: '目前無法進行驗證。請聯絡客服。',
    unauthenticated: '這次驗證已失效。請再試一次以繼續。',
    application_error: '驗證服務發生問題。請稍後再試。',
    unknown: '驗證服務發生問題。請稍後再試。',
    network: '無法連線到我們的伺服器。請檢查網路連線後再試一次。',
    bad_response: '我們的伺服器傳回了無法辨識的回應。請稍後再試。',
    sdk_load_failed: '無法載入驗證。請檢查網路連線；廣告封鎖程式或防火牆可能阻擋了驗證。',
    flow_timeout: '無法載入驗證。請檢查網路連線；廣告封鎖程式或防火牆可能阻擋了驗證。',
    offline: '您似乎已離線。請重新連線後再試一次。',
    camera_unavailable:
      '無法使用您的相機。請允許存取相機、關閉其他正在使用相機的應用程式，或改用手機繼續。',
    review_timeout: '您的證件仍在審核中。請過幾分鐘再查看，已提交的資料不會遺失。',
  },
  cameraProblems: {
    insecure_context: '相機只能在安全（https）網頁上使用。請透過 https 開啟此頁面後再試一次。',
    no_camera: '在這部裝置上找不到相機。請改用手機或有相機的電腦繼續。',
    camera_blocked: '此頁面沒有使用相機的權限。請聯絡客服，或改用其他裝置繼續。',
  },
  tryAgainButton: '再試一次',
  checkAgainButton: '重新查看',
  continueAnywayButton: '仍要繼續',
  contactSupport: '聯絡客服',
};
