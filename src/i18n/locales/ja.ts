import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** 「残りN回」 for each plural category of Japanese (only `other`: the counter 回 never changes). */
const attemptsLeftForms: Readonly<Record<'other', (n: string) => string>> = {
  other: (n) => `残り${n}回`,
};

const attemptsLeft = pluralize('ja', attemptsLeftForms);

/** Japanese. */
export const ja: Translation = {
  locale: 'ja',
  dir: 'ltr',

  checkingHeading: '本人確認の状況を確認しています',
  checkingBody: '少々お待ちください…',

  lockedHeading: '続けるには本人確認が必要です',
  lockedIntro: 'この機能は、本人確認が完了するとご利用いただけます。所要時間は通常5分以内です。',
  stepsHeading: '手続きの流れ',
  steps: {
    prepare: '身分証明書を用意',
    idPhoto: '身分証明書を撮影',
    selfie: '顔をその場で撮影',
    review: '審査',
  },
  stepsProgressLabel: '本人確認の手順',
  stepDone: '完了',
  stepFailed: 'やり直しが必要です',
  prepareHeading: '必要なもの',
  prepareItems: [
    '有効な公的機関発行の顔写真付き身分証明書（原本）',
    '身分証明書とご本人の顔をその場で撮影するための、カメラ付き端末',
    '数分の時間（通常5分以内）',
  ],
  acceptedHeading: '使用できる身分証明書',
  acceptedItems: ['パスポート', '運転免許証、または州・省発行の身分証明書', '国民IDカード（マイナンバーカードなど）'],
  notAcceptedHeading: '使用できないもの',
  notAcceptedItems: [
    'コピー、スキャン画像、スクリーンショット、写真を撮影し直したもの',
    'デジタルIDやモバイルID',
    '公的機関以外が発行したもの：学生証、社員証、図書館カード、キャッシュカードなど',
    '紙の仮身分証明書',
  ],
  privacyHeading: 'プライバシーについて',
  privacyItems: [
    '本人確認サービスのPersonaが、当社に代わって身分証明書とセルフィーを確認します。',
    '当社は確認結果を受け取り、ご提出いただいた内容を閲覧できます。',
    '情報の確認・訂正・削除をご希望の場合は、当社にお問い合わせください。Personaは当社に代わって情報を取り扱います。',
  ],
  startButton: '本人確認を開始',

  loadingHeading: '本人確認を開いています',
  loadingBody: '安全な本人確認画面を読み込んでいます…',
  inProgressHeading: '本人確認中',
  inProgressBody: '本人確認ウィンドウの手順に従ってください。',
  cancelButton: 'キャンセル',
  flowTitle: '本人確認',

  reviewingHeading: '書類を確認しています',
  reviewingBody: '通常、数分かかります。',
  reviewingLeave: 'このページを離れても大丈夫です。戻ってきたら、そのままご利用いただけます。',

  verifiedHeading: '本人確認が完了しました',

  retryHeading: '本人確認ができませんでした',
  declineAdvice: {
    blurry_photo: '写真がぼやけていました。明るい場所で、身分証明書とカメラを動かさずに撮り直してください。',
    glare: '光の反射で身分証明書の一部が隠れていました。照明や窓の光が映り込まないように傾けて、撮り直してください。',
    document_expired: '身分証明書の有効期限が切れています。別の有効な公的機関発行の顔写真付き身分証明書をお使いください。',
    document_not_accepted:
      'この書類は使用できません。公的機関発行の顔写真付き身分証明書の原本をお使いください（コピー、スクリーンショット、スキャン画像、デジタルIDは不可）。',
    face_mismatch:
      'セルフィーが身分証明書の写真と一致しませんでした。明るい場所でカメラに顔を向け、帽子やメガネを外してください。',
    selfie_failed: 'セルフィーを確認できませんでした。明るい場所でカメラに顔を向け、帽子やメガネを外してください。',
    technical: '当社側で問題が発生しました。もう一度お試しいただくか、別のブラウザをお使いください。',
    other: '身分証明書が有効で、枠内に全体が収まっているかを確認し、明るい場所でもう一度お試しください。',
  },
  attemptsLeft,
  retryButton: 'もう一度試す',

  exhaustedHeading: '試行回数の上限に達しました',
  exhaustedBody: '何度かお試しいただきましたが、本人確認ができませんでした。サポートチームがお手伝いします。',
  exhaustedIncludeHeading: 'お問い合わせの際は、以下をお知らせください',
  exhaustedIncludeItems: [
    'アカウントのメールアドレス',
    'お試しいただいたおおよその日時',
    '使用した身分証明書の種類（パスポート、運転免許証、国民IDカード）と発行国',
  ],
  supportLink: 'サポートに問い合わせる',

  cancelledHeading: '本人確認を中断しました',
  cancelledBody: '本人確認が完了する前に中断されました。中断したところから再開するか、最初からやり直してください。',
  resumeButton: '再開',
  startOverButton: '最初からやり直す',

  blockedHeading: 'このアカウントはここでは本人確認できません',
  blockedReasons: {
    unsupported_region: 'お住まいの地域では、本人確認はまだご利用いただけません。',
    underage: 'この機能は18歳以上の方のみご利用いただけます。',
    policy: '当社のポリシーにより、このアカウントは本人確認できません。',
    other: 'このアカウントは現在、本人確認できません。',
  },
  appealLink: 'この判断に異議を申し立てる',

  errorHeading: '問題が発生しました',
  errorMessages: {
    invalid_config: 'このページの本人確認が正しく設定されていません。サポートにお問い合わせください。',
    inactive_template: '現在、本人確認をご利用いただけません。サポートにお問い合わせください。',
    unauthenticated: '本人確認のセッションの有効期限が切れました。続けるには、もう一度お試しください。',
    application_error: '本人確認サービスで問題が発生しました。しばらくしてからもう一度お試しください。',
    unknown: '本人確認サービスで問題が発生しました。しばらくしてからもう一度お試しください。',
    network: 'サーバーに接続できませんでした。通信環境を確認して、もう一度お試しください。',
    bad_response: 'サーバーから予期しない応答がありました。しばらくしてからもう一度お試しください。',
    sdk_load_failed:
      '本人確認を読み込めませんでした。通信環境を確認してください。広告ブロッカーやファイアウォールによってブロックされている可能性があります。',
    flow_timeout:
      '本人確認を読み込めませんでした。通信環境を確認してください。広告ブロッカーやファイアウォールによってブロックされている可能性があります。',
    offline: 'オフラインになっているようです。インターネットに再接続して、もう一度お試しください。',
    camera_unavailable:
      'カメラを使用できませんでした。カメラへのアクセスを許可し、カメラを使用している他のアプリを閉じるか、スマートフォンで続けてください。',
    review_timeout: '書類はまだ確認中です。数分後にもう一度確認してください。送信済みの内容は失われません。',
  },
  cameraProblems: {
    insecure_context: 'カメラは安全な（https）ページでのみ使用できます。このページをhttpsで開いて、もう一度お試しください。',
    no_camera: 'この端末にカメラが見つかりません。スマートフォンか、カメラ付きのパソコンで続けてください。',
    camera_blocked: 'このページにはカメラの使用が許可されていません。サポートに問い合わせるか、別の端末で続けてください。',
  },
  tryAgainButton: 'もう一度試す',
  checkAgainButton: 'もう一度確認',
  continueAnywayButton: 'このまま続ける',
  contactSupport: 'サポートに問い合わせる',
};
