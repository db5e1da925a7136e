import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/**
 * "N attempts left" for each plural category of Hebrew. One and two are said in words, as
 * Hebrew does; engines with older plural data also have `many` (20, 30…), which falls back to
 * `other`, the same wording.
 */
const attemptsLeftForms: Readonly<Record<'one' | 'two' | 'other', (n: string) => string>> = {
  one: () => 'נותר ניסיון אחד',
  two: () => 'נותרו שני ניסיונות',
  other: (n) => `נותרו ${n} ניסיונות`,
};

const attemptsLeft = pluralize('he', attemptsLeftForms);

/**
 * Hebrew, right to left. Written to address men and women alike: instructions as "יש ל…"
 * (one should…), buttons as nouns, second-person past forms whose spelling is the same for both.
 */
export const he: Translation = {
  locale: 'he',
  dir: 'rtl',

  checkingHeading: 'בודקים את סטטוס האימות שלך',
  checkingBody: 'רק רגע…',

  lockedHeading: 'כדי להמשיך, יש לאמת את הזהות שלך',
  lockedIntro: 'התכונה הזו תהיה זמינה לאחר אימות הזהות שלך. בדרך כלל זה לוקח פחות מחמש דקות.',
  stepsHeading: 'איך זה עובד',
  steps: {
    prepare: 'הכנת התעודה',
    idPhoto: 'צילום התעודה',
    selfie: 'סלפי בזמן אמת',
    review: 'בדיקה',
  },
  stepsProgressLabel: 'שלבי האימות',
  stepDone: 'הושלם',
  stepFailed: 'נדרש ניסיון נוסף',
  prepareHeading: 'מה צריך',
  prepareItems: [
    'תעודה מזהה ממשלתית מקורית ובתוקף, עם תמונה',
    'מכשיר עם מצלמה, לצילום התעודה ולסלפי בזמן אמת',
    'כמה דקות, בדרך כלל פחות מחמש',
  ],
  acceptedHeading: 'תעודות שמתקבלות',
  acceptedItems: ['דרכון', 'רישיון נהיגה או תעודה מזהה מדינתית או מחוזית', 'תעודת זהות'],
  notAcceptedHeading: 'לא מתקבלים',
  notAcceptedItems: [
    'עותקים, סריקות, צילומי מסך או צילומים של תמונות',
    'תעודות דיגיטליות או תעודות בטלפון הנייד',
    'תעודות שאינן ממשלתיות: כרטיסי סטודנט, עובד, ספרייה או בנק',
    'תעודות זמניות מנייר',
  ],
  privacyHeading: 'הפרטיות שלך',
  privacyItems: [
    'Persona, שירות לאימות זהות, בודקת עבורנו את התעודה ואת הסלפי שלך.',
    'אנחנו מקבלים את תוצאת הבדיקה ויכולים לראות את מה שנשלח אלינו במסגרת האימות.',
    'כדי לעיין בנתונים שלך, לתקן אותם או למחוק אותם, יש לפנות אלינו: Persona פועלת מטעמנו.',
  ],
  startButton: 'התחלת האימות',

  loadingHeading: 'פותחים את האימות',
  loadingBody: 'טוענים את תהליך האימות המאובטח…',
  inProgressHeading: 'האימות מתבצע',
  inProgressBody: 'יש לפעול לפי השלבים בחלון האימות.',
  cancelButton: 'ביטול',
  flowTitle: 'אימות זהות',

  reviewingHeading: 'בודקים את המסמכים שלך',
  reviewingBody: 'זה לוקח בדרך כלל כמה דקות.',
  reviewingLeave: 'אפשר לעזוב את הדף הזה; עם החזרה אליו, הגישה תיפתח.',

  verifiedHeading: 'הזהות אומתה',

  retryHeading: 'לא הצלחנו לאמת את הזהות שלך',
  declineAdvice: {
    blurry_photo: 'התמונה הייתה מטושטשת. יש לצלם שוב באור טוב ולהחזיק את התעודה ואת המצלמה יציבות.',
    glare: 'השתקפות אור הסתירה חלק מהתעודה. יש להטות אותה הרחק ממנורות ומחלונות ולצלם שוב.',
    document_expired: 'תוקף התעודה פג. יש להשתמש בתעודה מזהה ממשלתית אחרת בתוקף, עם תמונה.',
    document_not_accepted:
      'המסמך הזה לא מתקבל. יש להשתמש בתעודה מזהה ממשלתית מקורית עם תמונה: לא עותקים, צילומי מסך, סריקות או תעודות דיגיטליות.',
    face_mismatch: 'הסלפי לא תאם את התמונה שבתעודה. יש להביט למצלמה באור טוב ולהסיר כובע או משקפיים.',
    selfie_failed: 'לא הצלחנו לבדוק את הסלפי. יש להביט למצלמה באור טוב ולהסיר כובע או משקפיים.',
    technical: 'משהו השתבש אצלנו. אפשר לנסות שוב או להשתמש בדפדפן אחר.',
    other: 'יש לוודא שהתעודה בתוקף ונמצאת כולה בתוך המסגרת, להקפיד על תאורה טובה ולנסות שוב.',
  },
  attemptsLeft,
  retryButton: 'ניסיון נוסף',

  exhaustedHeading: 'לא נותרו ניסיונות',
  exhaustedBody: 'לא הצלחנו לאמת את הזהות שלך אחרי כמה ניסיונות. צוות התמיכה שלנו יוכל לעזור.',
  exhaustedIncludeHeading: 'בפנייה לתמיכה, יש לציין',
  exhaustedIncludeItems: [
    'כתובת האימייל של החשבון',
    'מתי בערך היו הניסיונות',
    'באיזו תעודה השתמשת (דרכון, רישיון נהיגה, תעודת זהות) ובאיזו מדינה היא הונפקה',
  ],
  supportLink: 'פנייה לתמיכה',

  cancelledHeading: 'האימות הושהה',
  cancelledBody: 'יצאת מהאימות לפני שהסתיים. אפשר להמשיך מהמקום שבו הפסקת, או להתחיל מחדש.',
  resumeButton: 'המשך',
  startOverButton: 'התחלה מחדש',

  blockedHeading: 'לא ניתן לאמת את החשבון הזה כאן',
  blockedReasons: {
    unsupported_region: 'אימות זהות עדיין לא זמין באזור שלך.',
    underage: 'השימוש בתכונה הזו מותר מגיל 18 ומעלה.',
    policy: 'לפי המדיניות שלנו, לא ניתן לאמת את החשבון הזה.',
    other: 'לא ניתן לאמת את החשבון הזה כרגע.',
  },
  appealLink: 'ערעור על ההחלטה',

  errorHeading: 'משהו השתבש',
  errorMessages: {
    invalid_config: 'האימות לא הוגדר כראוי בדף הזה. יש לפנות לתמיכה.',
    inactive_template: 'האימות אינו זמין כרגע. יש לפנות לתמיכה.',
    unauthenticated: 'תוקף סשן האימות פג. כדי להמשיך, יש לנסות שוב.',
    application_error: 'אירעה בעיה בשירות האימות. כדאי לנסות שוב בעוד רגע.',
    unknown: 'אירעה בעיה בשירות האימות. כדאי לנסות שוב בעוד רגע.',
    network: 'לא הצלחנו להתחבר לשרת שלנו. יש לבדוק את החיבור ולנסות שוב.',
    bad_response: 'השרת שלנו שלח תשובה שלא הצלחנו להבין. כדאי לנסות שוב בעוד רגע.',
    sdk_load_failed: 'לא ניתן היה לטעון את האימות. יש לבדוק את החיבור; ייתכן שחוסם פרסומות או חומת אש חוסמים אותו.',
    flow_timeout: 'לא ניתן היה לטעון את האימות. יש לבדוק את החיבור; ייתכן שחוסם פרסומות או חומת אש חוסמים אותו.',
    offline: 'נראה שאין חיבור לאינטרנט. יש להתחבר מחדש ולנסות שוב.',
    camera_unavailable:
      'לא הצלחנו להשתמש במצלמה. יש לאשר גישה למצלמה, לסגור אפליקציות אחרות שמשתמשות בה, או להמשיך בטלפון.',
    review_timeout: 'המסמכים שלך עדיין בבדיקה. אפשר לבדוק שוב בעוד כמה דקות; שום דבר לא יאבד.',
  },
  cameraProblems: {
    insecure_context: 'המצלמה פועלת רק בדף מאובטח (https). יש לפתוח את הדף הזה דרך https ולנסות שוב.',
    no_camera: 'לא מצאנו מצלמה במכשיר הזה. אפשר להמשיך בטלפון או במחשב עם מצלמה.',
    camera_blocked: 'לדף הזה אין הרשאה להשתמש במצלמה. אפשר לפנות לתמיכה או להמשיך במכשיר אחר.',
  },
  tryAgainButton: 'ניסיון נוסף',
  checkAgainButton: 'בדיקה חוזרת',
  continueAnywayButton: 'המשך בכל זאת',
  contactSupport: 'פנייה לתמיכה',
};
