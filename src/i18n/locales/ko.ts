import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** "남은 시도 횟수: N회" for each plural category of Korean (only `other`: the counter 회 never changes). */
const attemptsLeftForms: Readonly<Record<'other', (n: string) => string>> = {
  other: (n) => `남은 시도 횟수: ${n}회`,
};

const attemptsLeft = pluralize('ko', attemptsLeftForms);

/** Korean. */
export const ko: Translation = {
  locale: 'ko',
  dir: 'ltr',

  checkingHeading: '인증 상태를 확인하고 있어요',
  checkingBody: '잠시만 기다려 주세요…',

  lockedHeading: '계속하려면 신원을 확인해 주세요',
  lockedIntro: '신원 확인을 마치면 이 기능을 사용할 수 있어요. 보통 5분도 걸리지 않아요.',
  stepsHeading: '진행 순서',
  steps: {
    prepare: '신분증 준비',
    idPhoto: '신분증 촬영',
    selfie: '실시간 셀카',
    review: '검토',
  },
  stepsProgressLabel: '신원 확인 단계',
  stepDone: '완료',
  stepFailed: '다시 해야 해요',
  prepareHeading: '준비물',
  prepareItems: [
    '정부가 발급한 유효한 실물 사진 신분증',
    '신분증 사진과 실시간 셀카를 찍을 수 있는 카메라 달린 기기',
    '몇 분의 시간(보통 5분 이내)',
  ],
  acceptedHeading: '사용 가능한 신분증',
  acceptedItems: ['여권', '운전면허증 또는 주(州) 정부 발급 신분증', '국가 신분증(주민등록증 등)'],
  notAcceptedHeading: '사용할 수 없는 신분증',
  notAcceptedItems: [
    '사본, 스캔본, 스크린샷, 사진을 다시 찍은 사진',
    '디지털 신분증 또는 모바일 신분증',
    '정부가 발급하지 않은 신분증: 학생증, 사원증, 도서관 카드, 은행 카드',
    '임시 종이 신분증',
  ],
  privacyHeading: '개인정보 보호',
  privacyItems: [
    '신원 확인 서비스인 Persona가 저희를 대신해 신분증과 셀카를 확인해요.',
    '저희는 확인 결과를 받고, 제출하신 내용을 볼 수 있어요.',
    '정보를 확인하거나 고치거나 삭제하려면 저희에게 문의해 주세요. Persona는 저희를 대신해 정보를 처리해요.',
  ],
  startButton: '신원 확인 시작',

  loadingHeading: '신원 확인을 여는 중',
  loadingBody: '안전한 신원 확인 화면을 불러오는 중…',
  inProgressHeading: '신원 확인 진행 중',
  inProgressBody: '신원 확인 창의 안내에 따라 진행해 주세요.',
  cancelButton: '취소',
  flowTitle: '신원 확인',

  reviewingHeading: '서류를 확인하고 있어요',
  reviewingBody: '보통 몇 분 정도 걸려요.',
  reviewingLeave: '이 페이지를 나가도 괜찮아요. 다시 돌아오시면 바로 이용할 수 있게 해 드릴게요.',

  verifiedHeading: '신원 확인 완료',

  retryHeading: '신원을 확인하지 못했어요',
  declineAdvice: {
    blurry_photo: '사진이 흐려요. 밝은 곳에서 신분증과 카메라를 움직이지 말고 다시 찍어 주세요.',
    glare: '빛 반사로 신분증 일부가 가려졌어요. 조명이나 창문에서 비껴가도록 신분증을 기울여 다시 찍어 주세요.',
    document_expired: '유효기간이 지난 신분증이에요. 정부가 발급한 다른 유효한 사진 신분증을 사용해 주세요.',
    document_not_accepted:
      '사용할 수 없는 서류예요. 정부가 발급한 실물 사진 신분증을 사용해 주세요. 사본, 스크린샷, 스캔본, 디지털 신분증은 안 돼요.',
    face_mismatch:
      '셀카가 신분증 사진과 일치하지 않아요. 밝은 곳에서 카메라를 정면으로 보고, 모자나 안경은 벗어 주세요.',
    selfie_failed: '셀카를 확인할 수 없었어요. 밝은 곳에서 카메라를 정면으로 보고, 모자나 안경은 벗어 주세요.',
    technical: '저희 쪽에 문제가 생겼어요. 다시 시도하거나 다른 브라우저를 사용해 주세요.',
    other: '신분증이 유효한지, 화면 안에 모두 들어오는지 확인하고 밝은 곳에서 다시 시도해 주세요.',
  },
  attemptsLeft,
  retryButton: '다시 시도',

  exhaustedHeading: '남은 시도 횟수가 없어요',
  exhaustedBody: '여러 번 시도했지만 신원을 확인하지 못했어요. 고객지원팀이 도와드릴게요.',
  exhaustedIncludeHeading: '고객지원팀에 문의할 때 알려 주세요',
  exhaustedIncludeItems: [
    '계정 이메일 주소',
    '대략적인 시도 시간',
    '사용한 신분증 종류(여권, 운전면허증, 국가 신분증)와 발급 국가',
  ],
  supportLink: '고객지원 문의',

  cancelledHeading: '신원 확인이 일시 중지됐어요',
  cancelledBody: '신원 확인을 마치기 전에 나가셨어요. 중단한 곳부터 이어서 하거나 처음부터 다시 시작할 수 있어요.',
  resumeButton: '이어서 하기',
  startOverButton: '처음부터 다시',

  blockedHeading: '이 계정은 여기서 신원 확인을 할 수 없어요',
  blockedReasons: {
    unsupported_region: '계신 지역에서는 아직 신원 확인을 이용할 수 없어요.',
    underage: '이 기능은 만 18세 이상만 이용할 수 있어요.',
    policy: '저희 정책상 이 계정은 신원 확인을 할 수 없어요.',
    other: '지금은 이 계정의 신원을 확인할 수 없어요.',
  },
  appealLink: '이 결정에 이의 제기하기',

  errorHeading: '문제가 발생했어요',
  errorMessages: {
    invalid_config: '이 페이지의 신원 확인 설정이 올바르지 않아요. 고객지원팀에 문의해 주세요.',
    inactive_template: '지금은 신원 확인을 이용할 수 없어요. 고객지원팀에 문의해 주세요.',
    unauthenticated: '신원 확인 세션이 만료됐어요. 계속하려면 다시 시도해 주세요.',
    application_error: '신원 확인 서비스에 문제가 생겼어요. 잠시 후 다시 시도해 주세요.',
    unknown: '신원 확인 서비스에 문제가 생겼어요. 잠시 후 다시 시도해 주세요.',
    network: '서버에 연결할 수 없어요. 인터넷 연결을 확인하고 다시 시도해 주세요.',
    bad_response: '서버에서 알 수 없는 응답이 왔어요. 잠시 후 다시 시도해 주세요.',
    sdk_load_failed:
      '신원 확인을 불러오지 못했어요. 인터넷 연결을 확인해 주세요. 광고 차단기나 방화벽이 막고 있을 수도 있어요.',
    flow_timeout:
      '신원 확인을 불러오지 못했어요. 인터넷 연결을 확인해 주세요. 광고 차단기나 방화벽이 막고 있을 수도 있어요.',
    offline: '오프라인 상태인 것 같아요. 인터넷에 다시 연결한 뒤 다시 시도해 주세요.',
    camera_unavailable:
      '카메라를 사용할 수 없어요. 카메라 접근을 허용하고 카메라를 쓰는 다른 앱을 닫거나, 휴대폰에서 계속해 주세요.',
    review_timeout: '아직 서류를 확인하고 있어요. 몇 분 뒤에 다시 확인해 주세요. 제출한 내용은 그대로 남아 있어요.',
  },
  cameraProblems: {
    insecure_context: '카메라는 보안(https) 페이지에서만 작동해요. 이 페이지를 https로 열고 다시 시도해 주세요.',
    no_camera: '이 기기에서 카메라를 찾을 수 없어요. 휴대폰이나 카메라가 있는 컴퓨터에서 계속해 주세요.',
    camera_blocked: '이 페이지에는 카메라 사용 권한이 없어요. 고객지원팀에 문의하거나 다른 기기에서 계속해 주세요.',
  },
  tryAgainButton: '다시 시도',
  checkAgainButton: '다시 확인',
  continueAnywayButton: '그래도 계속하기',
  contactSupport: '고객지원 문의',
};
