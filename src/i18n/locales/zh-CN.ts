import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** “还剩 N 次机会” for each plural category of Chinese (only `other`: the measure word never changes). */
const attemptsLeftForms: Readonly<Record<'other', (n: string) => string>> = {
  other: (n) => `还剩 ${n} 次机会`,
};

const attemptsLeft = pluralize('zh-CN', attemptsLeftForms);

/** Simplified Chinese (mainland usage). */
export const zhCN: Translation = {
  locale: 'zh-CN',
  dir: 'ltr',

  checkingHeading: '正在查看您的验证状态',
  checkingBody: '请稍候……',

  lockedHeading: '验证身份后即可继续',
  lockedIntro: '完成身份验证后即可使用此功能。整个过程通常不到五分钟。',
  stepsHeading: '验证流程',
  steps: {
    prepare: '准备证件',
    idPhoto: '拍摄证件',
    selfie: '实时自拍',
    review: '审核',
  },
  stepsProgressLabel: '验证步骤',
  stepDone: '已完成',
  stepFailed: '需要重试',
  prepareHeading: '您需要准备',
  prepareItems: [
    '一张有效的政府签发带照片证件（须为实体证件）',
    '一台带摄像头的设备，用于拍摄证件照片和实时自拍',
    '几分钟时间，通常不到五分钟',
  ],
  acceptedHeading: '可用的证件',
  acceptedItems: ['护照', '驾驶证或州/省级身份证件', '身份证'],
  notAcceptedHeading: '不接受',
  notAcceptedItems: [
    '复印件、扫描件、截图或翻拍的照片',
    '电子证件或手机证件',
    '非政府签发的证件：学生证、工作证、借书证或银行卡',
    '临时纸质证件',
  ],
  privacyHeading: '您的隐私',
  privacyItems: [
    '身份验证服务商 Persona 代表我们核验您的证件和自拍。',
    '我们会收到核验结果，并且可以查看您提交的信息。',
    '如需查看、更正或删除您的信息，请联系我们：Persona 代表我们处理这些信息。',
  ],
  startButton: '开始验证',

  loadingHeading: '正在打开验证',
  loadingBody: '正在加载安全验证流程……',
  inProgressHeading: '正在验证',
  inProgressBody: '请按照验证窗口中的步骤操作。',
  cancelButton: '取消',
  flowTitle: '验证您的身份',

  reviewingHeading: '正在审核您的证件',
  reviewingBody: '通常需要几分钟。',
  reviewingLeave: '您可以先离开此页面；您回来时，我们会直接让您进入。',

  verifiedHeading: '身份已验证',

  retryHeading: '未能验证您的身份',
  declineAdvice: {
    blurry_photo: '照片模糊。请在光线充足的地方重拍，并拿稳证件和摄像头。',
    glare: '证件有部分被反光遮挡。请倾斜证件，避开灯光和窗户，然后重拍。',
    document_expired: '该证件已过期。请使用其他有效的政府签发带照片证件。',
    document_not_accepted:
      '不接受该证件。请使用政府签发的带照片实体证件，不可使用复印件、截图、扫描件或电子证件。',
    face_mismatch: '您的自拍与证件上的照片不符。请在光线充足的地方正对摄像头，并摘下帽子或眼镜。',
    selfie_failed: '无法核验您的自拍。请在光线充足的地方正对摄像头，并摘下帽子或眼镜。',
    technical: '我们这边出了点问题。请重试，或换用其他浏览器。',
    other: '请确认证件有效且完整位于取景框内，在光线充足的地方重试。',
  },
  attemptsLeft,
  retryButton: '重试',

  exhaustedHeading: '已无剩余次数',
  exhaustedBody: '多次尝试后仍未能验证您的身份。我们的客服团队可以为您提供帮助。',
  exhaustedIncludeHeading: '联系客服时，请提供',
  exhaustedIncludeItems: [
    '您账号的电子邮箱地址',
    '大致的尝试时间',
    '您使用的证件（护照、驾驶证或身份证）及其签发国家或地区',
  ],
  supportLink: '联系客服',

  cancelledHeading: '验证已暂停',
  cancelledBody: '您在完成前离开了验证。您可以从中断处继续，也可以重新开始。',
  resumeButton: '继续',
  startOverButton: '重新开始',

  blockedHeading: '此账号无法在这里验证',
  blockedReasons: {
    unsupported_region: '您所在的地区暂不支持身份验证。',
    underage: '您必须年满 18 周岁才能使用此功能。',
    policy: '根据我们的政策，此账号无法进行验证。',
    other: '此账号暂时无法验证。',
  },
  appealLink: '对此决定提出申诉',

  errorHeading: '出了点问题',
  errorMessages: {
    invalid_config: '此页面的验证设置有误。请联系客服。',
    inactive_template: '暂时无法进行验证。请联系客服。',
    unauthenticated: '本次验证已失效。请重试以继续。',
    application_error: '验证服务出现问题。请稍后重试。',
    unknown: '验证服务出现问题。请稍后重试。',
    network: '无法连接到我们的服务器。请检查网络连接后重试。',
    bad_response: '我们的服务器返回了无法识别的响应。请稍后重试。',
    sdk_load_failed: '验证无法加载。请检查网络连接；广告拦截器或防火墙可能拦截了验证。',
    flow_timeout: '验证无法加载。请检查网络连接；广告拦截器或防火墙可能拦截了验证。',
    offline: '您似乎已断开网络。请重新连接后重试。',
    camera_unavailable:
      '无法使用您的摄像头。请允许访问摄像头，关闭其他正在使用摄像头的应用，或改用手机继续。',
    review_timeout: '您的证件仍在审核中。请过几分钟再查看，已提交的内容不会丢失。',
  },
  cameraProblems: {
    insecure_context: '摄像头只能在安全（https）页面上使用。请通过 https 打开此页面后重试。',
    no_camera: '此设备上未找到摄像头。请改用手机或带摄像头的电脑继续。',
    camera_blocked: '此页面无权使用摄像头。请联系客服，或换用其他设备继续。',
  },
  tryAgainButton: '重试',
  checkAgainButton: '再次查看',
  continueAnywayButton: '仍然继续',
  contactSupport: '联系客服',
};
