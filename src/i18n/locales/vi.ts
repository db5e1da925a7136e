import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** "Còn N lượt thử" (only `other`: Vietnamese nouns do not change with the count). */
const attemptsLeftForms: Readonly<Record<'other', (n: string) => string>> = {
  other: (n) => `Còn ${n} lượt thử`,
};

const attemptsLeft = pluralize('vi', attemptsLeftForms);

/**
 * Vietnamese, polite "bạn" as online services address people, requests with "Vui lòng"/"Hãy".
 * "Máy ảnh" for the camera, as the browser's own permission prompt says.
 */
export const vi: Translation = {
  locale: 'vi',
  dir: 'ltr',

  checkingHeading: 'Đang kiểm tra trạng thái xác minh của bạn',
  checkingBody: 'Vui lòng chờ trong giây lát…',

  lockedHeading: 'Xác minh danh tính để tiếp tục',
  lockedIntro:
    'Tính năng này sẽ khả dụng sau khi bạn xác minh danh tính. Việc này thường mất chưa đến năm phút.',
  stepsHeading: 'Cách thực hiện',
  steps: {
    prepare: 'Chuẩn bị giấy tờ',
    idPhoto: 'Chụp giấy tờ',
    selfie: 'Chụp ảnh selfie',
    review: 'Xét duyệt',
  },
  stepsProgressLabel: 'Các bước xác minh',
  stepDone: 'đã xong',
  stepFailed: 'cần thử lại',
  prepareHeading: 'Bạn cần chuẩn bị',
  prepareItems: [
    'Bản gốc giấy tờ tùy thân có ảnh, còn hiệu lực, do cơ quan nhà nước cấp',
    'Thiết bị có máy ảnh để chụp giấy tờ tùy thân và chụp ảnh selfie trực tiếp',
    'Vài phút, thường chưa đến năm phút',
  ],
  acceptedHeading: 'Giấy tờ được chấp nhận',
  acceptedItems: ['Hộ chiếu', 'Giấy phép lái xe hoặc thẻ căn cước do bang hoặc tỉnh cấp', 'Thẻ căn cước quốc gia'],
  notAcceptedHeading: 'Không chấp nhận',
  notAcceptedItems: [
    'Bản sao, bản quét, ảnh chụp màn hình hoặc ảnh chụp lại từ ảnh',
    'Giấy tờ tùy thân điện tử hoặc trên điện thoại',
    'Giấy tờ tùy thân không do nhà nước cấp: thẻ sinh viên, thẻ nhân viên, thẻ thư viện hoặc thẻ ngân hàng',
    'Giấy tờ tùy thân tạm thời bằng giấy',
  ],
  privacyHeading: 'Quyền riêng tư của bạn',
  privacyItems: [
    'Persona, một dịch vụ xác minh danh tính, thay mặt chúng tôi kiểm tra giấy tờ tùy thân và ảnh selfie của bạn.',
    'Chúng tôi nhận kết quả kiểm tra và có thể xem những gì bạn gửi.',
    'Để xem, sửa hoặc xóa dữ liệu của bạn, hãy liên hệ với chúng tôi: Persona hoạt động thay mặt chúng tôi.',
  ],
  startButton: 'Bắt đầu xác minh',

  loadingHeading: 'Đang mở phần xác minh',
  loadingBody: 'Đang tải quy trình xác minh bảo mật…',
  inProgressHeading: 'Đang xác minh',
  inProgressBody: 'Hãy làm theo các bước trong cửa sổ xác minh.',
  cancelButton: 'Hủy',
  flowTitle: 'Xác minh danh tính',

  reviewingHeading: 'Đang kiểm tra giấy tờ của bạn',
  reviewingBody: 'Việc này thường mất vài phút.',
  reviewingLeave: 'Bạn có thể rời khỏi trang này; khi bạn quay lại, chúng tôi sẽ mở quyền truy cập cho bạn.',

  verifiedHeading: 'Đã xác minh danh tính',

  retryHeading: 'Chúng tôi chưa xác minh được danh tính của bạn',
  declineAdvice: {
    blurry_photo: 'Ảnh bị mờ. Hãy chụp lại ở nơi đủ sáng và giữ yên giấy tờ tùy thân cùng máy ảnh.',
    glare:
      'Ánh sáng phản chiếu che mất một phần giấy tờ tùy thân. Hãy nghiêng giấy tờ tránh đèn và cửa sổ, rồi chụp lại.',
    document_expired:
      'Giấy tờ tùy thân đã hết hạn. Hãy dùng một giấy tờ tùy thân có ảnh khác, còn hiệu lực, do cơ quan nhà nước cấp.',
    document_not_accepted:
      'Giấy tờ này không được chấp nhận. Hãy dùng bản gốc giấy tờ tùy thân có ảnh do cơ quan nhà nước cấp, không dùng bản sao, ảnh chụp màn hình, bản quét hay giấy tờ điện tử.',
    face_mismatch:
      'Ảnh selfie không khớp với ảnh trên giấy tờ tùy thân. Hãy nhìn thẳng vào máy ảnh ở nơi đủ sáng và bỏ mũ hoặc kính.',
    selfie_failed:
      'Không thể kiểm tra ảnh selfie. Hãy nhìn thẳng vào máy ảnh ở nơi đủ sáng và bỏ mũ hoặc kính.',
    technical: 'Đã xảy ra lỗi từ phía chúng tôi. Hãy thử lại hoặc dùng trình duyệt khác.',
    other:
      'Hãy kiểm tra để chắc rằng giấy tờ tùy thân còn hiệu lực và nằm trọn trong khung hình, chụp ở nơi đủ sáng rồi thử lại.',
  },
  attemptsLeft,
  retryButton: 'Thử lại',

  exhaustedHeading: 'Đã hết lượt thử',
  exhaustedBody:
    'Chúng tôi không xác minh được danh tính của bạn sau nhiều lượt thử. Bộ phận hỗ trợ của chúng tôi có thể giúp bạn.',
  exhaustedIncludeHeading: 'Khi liên hệ bộ phận hỗ trợ, hãy cung cấp',
  exhaustedIncludeItems: [
    'Địa chỉ email của tài khoản',
    'Thời điểm gần đúng bạn đã thử',
    'Giấy tờ tùy thân bạn đã dùng (hộ chiếu, giấy phép lái xe, thẻ căn cước) và quốc gia cấp',
  ],
  supportLink: 'Liên hệ bộ phận hỗ trợ',

  cancelledHeading: 'Đã tạm dừng xác minh',
  cancelledBody:
    'Bạn đã rời khỏi phần xác minh trước khi hoàn tất. Hãy tiếp tục từ chỗ đã dừng hoặc bắt đầu lại.',
  resumeButton: 'Tiếp tục',
  startOverButton: 'Bắt đầu lại',

  blockedHeading: 'Không thể xác minh tài khoản này tại đây',
  blockedReasons: {
    unsupported_region: 'Dịch vụ xác minh danh tính chưa khả dụng tại khu vực của bạn.',
    underage: 'Bạn phải từ 18 tuổi trở lên để sử dụng tính năng này.',
    policy: 'Theo chính sách của chúng tôi, không thể xác minh tài khoản này.',
    other: 'Hiện không thể xác minh tài khoản này.',
  },
  appealLink: 'Khiếu nại quyết định này',

  errorHeading: 'Đã xảy ra lỗi',
  errorMessages: {
    invalid_config: 'Phần xác minh trên trang này chưa được thiết lập đúng. Vui lòng liên hệ bộ phận hỗ trợ.',
    inactive_template: 'Tính năng xác minh hiện không khả dụng. Vui lòng liên hệ bộ phận hỗ trợ.',
    unauthenticated: 'Phiên xác minh của bạn đã hết hạn. Hãy thử lại để tiếp tục.',
    application_error: 'Dịch vụ xác minh gặp sự cố. Hãy thử lại sau giây lát.',
    unknown: 'Dịch vụ xác minh gặp sự cố. Hãy thử lại sau giây lát.',
    network: 'Không kết nối được với máy chủ của chúng tôi. Hãy kiểm tra kết nối mạng rồi thử lại.',
    bad_response: 'Máy chủ của chúng tôi gửi về một phản hồi mà chúng tôi không hiểu được. Hãy thử lại sau giây lát.',
    sdk_load_failed:
      'Không tải được phần xác minh. Hãy kiểm tra kết nối mạng; trình chặn quảng cáo hoặc tường lửa có thể đang chặn phần này.',
    flow_timeout:
      'Không tải được phần xác minh. Hãy kiểm tra kết nối mạng; trình chặn quảng cáo hoặc tường lửa có thể đang chặn phần này.',
    offline: 'Có vẻ bạn đang ngoại tuyến. Hãy kết nối lại rồi thử lại.',
    camera_unavailable:
      'Chúng tôi không dùng được máy ảnh của bạn. Hãy cho phép truy cập máy ảnh, đóng các ứng dụng khác đang dùng máy ảnh hoặc tiếp tục trên điện thoại.',
    review_timeout: 'Giấy tờ của bạn vẫn đang được xét duyệt. Hãy kiểm tra lại sau vài phút; không có gì bị mất.',
  },
  cameraProblems: {
    insecure_context: 'Máy ảnh chỉ hoạt động trên trang bảo mật (https). Hãy mở trang này qua https rồi thử lại.',
    no_camera: 'Không tìm thấy máy ảnh trên thiết bị này. Hãy tiếp tục trên điện thoại hoặc máy tính có máy ảnh.',
    camera_blocked:
      'Trang này không được phép dùng máy ảnh. Hãy liên hệ bộ phận hỗ trợ hoặc tiếp tục trên thiết bị khác.',
  },
  tryAgainButton: 'Thử lại',
  checkAgainButton: 'Kiểm tra lại',
  continueAnywayButton: 'Vẫn tiếp tục',
  contactSupport: 'Liên hệ bộ phận hỗ trợ',
};
