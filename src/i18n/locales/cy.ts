import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/**
 * "N ymgais ar ôl" for each plural category of Welsh. After a number Welsh keeps the noun
 * singular; with digits no mutation shows, so only zero reads differently.
 */
const attemptsLeftForms: Readonly<
  Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', (n: string) => string>
> = {
  zero: () => 'Dim ymgais ar ôl',
  one: (n) => `${n} ymgais ar ôl`,
  two: (n) => `${n} ymgais ar ôl`,
  few: (n) => `${n} ymgais ar ôl`,
  many: (n) => `${n} ymgais ar ôl`,
  other: (n) => `${n} ymgais ar ôl`,
};

const attemptsLeft = pluralize('cy', attemptsLeftForms);

/** Welsh (formal "chi", as in public services' Welsh). "Hunlun" is the Welsh word for a selfie. */
export const cy: Translation = {
  locale: 'cy',
  dir: 'ltr',

  checkingHeading: 'Gwirio statws eich dilysu',
  checkingBody: 'Un eiliad…',

  lockedHeading: 'Dilyswch eich hunaniaeth i barhau',
  lockedIntro:
    'Bydd y nodwedd hon ar gael ar ôl i chi ddilysu eich hunaniaeth. Fel arfer, mae’n cymryd llai na phum munud.',
  stepsHeading: 'Sut mae’n gweithio',
  steps: {
    prepare: 'Paratoi eich dogfen ad\u00adna\u00adbod',
    idPhoto: 'Llun o’ch dogfen ad\u00adna\u00adbod',
    selfie: 'Hunlun byw',
    review: 'Adolygu',
  },
  stepsProgressLabel: 'Camau dilysu',
  stepDone: 'wedi’i wneud',
  stepFailed: 'angen rhoi cynnig arall',
  prepareHeading: 'Beth fydd ei angen arnoch',
  prepareItems: [
    'Dogfen adnabod ffisegol, ddilys â llun, a gyhoeddwyd gan y llywodraeth',
    'Dyfais â chamera, i dynnu llun o’ch dogfen adnabod ac i dynnu hunlun byw',
    'Ychydig funudau, llai na phump fel arfer',
  ],
  acceptedHeading: 'Dogfennau adnabod a dderbynnir',
  acceptedItems: ['Pasbort', 'Trwydded yrru neu ddogfen adnabod gan dalaith', 'Cerdyn adnabod cenedlaethol'],
  notAcceptedHeading: 'Ni dderbynnir',
  notAcceptedItems: [
    'Copïau, sganiau, sgrinluniau neu luniau o luniau',
    'Dogfennau adnabod digidol neu ar ffôn symudol',
    'Dogfennau adnabod nad ydynt gan y llywodraeth: cardiau myfyriwr, gweithiwr, llyfrgell neu fanc',
    'Dogfennau adnabod papur dros dro',
  ],
  privacyHeading: 'Eich preifatrwydd',
  privacyItems: [
    'Mae Persona, gwasanaeth dilysu hunaniaeth, yn gwirio eich dogfen adnabod a’ch hunlun ar ein rhan.',
    'Rydym yn cael canlyniad y gwiriad a gallwn weld yr hyn rydych yn ei gyflwyno.',
    'I weld, cywiro neu ddileu eich data, cysylltwch â ni: mae Persona yn gweithredu ar ein rhan.',
  ],
  startButton: 'Dechrau dilysu',

  loadingHeading: 'Agor y broses ddilysu',
  loadingBody: 'Wrthi’n llwytho’r broses ddilysu ddiogel…',
  inProgressHeading: 'Wrthi’n dilysu',
  inProgressBody: 'Dilynwch y camau yn y ffenestr ddilysu.',
  cancelButton: 'Canslo',
  flowTitle: 'Dilysu eich hunaniaeth',

  reviewingHeading: 'Rydym yn gwirio eich dogfennau',
  reviewingBody: 'Mae hyn fel arfer yn cymryd ychydig funudau.',
  reviewingLeave: 'Gallwch adael y dudalen hon; byddwn yn eich gadael i mewn pan fyddwch yn dod yn ôl.',

  verifiedHeading: 'Hunaniaeth wedi’i dilysu',

  retryHeading: 'Nid oedd modd dilysu eich hunaniaeth',
  declineAdvice: {
    blurry_photo:
      'Roedd y llun yn aneglur. Tynnwch ef eto mewn golau da, gan ddal y ddogfen adnabod a’r camera’n llonydd.',
    glare:
      'Roedd adlewyrchiad golau’n cuddio rhan o’r ddogfen adnabod. Gogwyddwch hi oddi wrth oleuadau a ffenestri, a thynnwch y llun eto.',
    document_expired:
      'Mae’r ddogfen adnabod wedi dod i ben. Defnyddiwch ddogfen adnabod ddilys arall â llun gan y llywodraeth.',
    document_not_accepted:
      'Nid yw’r ddogfen honno’n cael ei derbyn. Defnyddiwch ddogfen adnabod ffisegol â llun gan y llywodraeth: dim copïau, sgrinluniau, sganiau na dogfennau adnabod digidol.',
    face_mismatch:
      'Nid oedd eich hunlun yn cyfateb i’r llun ar y ddogfen adnabod. Edrychwch ar y camera mewn golau da, a thynnwch unrhyw het neu sbectol.',
    selfie_failed:
      'Nid oedd modd gwirio eich hunlun. Edrychwch ar y camera mewn golau da, a thynnwch unrhyw het neu sbectol.',
    technical: 'Aeth rhywbeth o’i le ar ein hochr ni. Rhowch gynnig arall arni, neu defnyddiwch borwr arall.',
    other:
      'Gwnewch yn siŵr bod eich dogfen adnabod yn ddilys ac yn gyfan yn y ffrâm, defnyddiwch olau da, a rhowch gynnig arall arni.',
  },
  attemptsLeft,
  retryButton: 'Ceisio eto',

  exhaustedHeading: 'Dim ymgeisiau ar ôl',
  exhaustedBody: 'Nid oedd modd dilysu eich hunaniaeth ar ôl sawl ymgais. Gall ein tîm cymorth helpu.',
  exhaustedIncludeHeading: 'Pan fyddwch yn cysylltu â’r tîm cymorth, nodwch',
  exhaustedIncludeItems: [
    'Cyfeiriad e-bost eich cyfrif',
    'Tua pryd y gwnaethoch roi cynnig arni',
    'Pa ddogfen adnabod a ddefnyddiwyd gennych (pasbort, trwydded yrru, cerdyn adnabod cenedlaethol) a’r wlad a’i chyhoeddodd',
  ],
  supportLink: 'Cysylltu â’r tîm cymorth',

  cancelledHeading: 'Dilysu wedi’i oedi',
  cancelledBody:
    'Fe wnaethoch adael y broses ddilysu cyn gorffen. Gallwch barhau o’r lle y gwnaethoch adael, neu ddechrau eto.',
  resumeButton: 'Parhau',
  startOverButton: 'Dechrau eto',

  blockedHeading: 'Nid oes modd dilysu’r cyfrif hwn yma',
  blockedReasons: {
    unsupported_region: 'Nid yw dilysu hunaniaeth ar gael yn eich rhanbarth eto.',
    underage: 'Rhaid i chi fod yn 18 oed neu’n hŷn i ddefnyddio’r nodwedd hon.',
    policy: 'Nid oes modd dilysu’r cyfrif hwn o dan ein polisïau.',
    other: 'Nid oes modd dilysu’r cyfrif hwn ar hyn o bryd.',
  },
  appealLink: 'Apelio yn erbyn y penderfyniad',

  errorHeading: 'Aeth rhywbeth o’i le',
  errorMessages: {
    invalid_config: 'Nid yw’r dilysu wedi’i osod yn gywir ar y dudalen hon. Cysylltwch â’r tîm cymorth.',
    inactive_template: 'Nid yw dilysu ar gael ar hyn o bryd. Cysylltwch â’r tîm cymorth.',
    unauthenticated: 'Mae eich sesiwn ddilysu wedi dod i ben. Rhowch gynnig arall arni i barhau.',
    application_error: 'Roedd problem gyda’r gwasanaeth dilysu. Rhowch gynnig arall arni mewn munud.',
    unknown: 'Roedd problem gyda’r gwasanaeth dilysu. Rhowch gynnig arall arni mewn munud.',
    network: 'Nid oedd modd cyrraedd ein gweinydd. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
    bad_response: 'Anfonodd ein gweinydd ateb nad oeddem yn ei ddeall. Rhowch gynnig arall arni mewn munud.',
    sdk_load_failed:
      'Nid oedd modd llwytho’r dilysu. Gwiriwch eich cysylltiad; efallai fod rhwystrwr hysbysebion neu wal dân yn ei atal.',
    flow_timeout:
      'Nid oedd modd llwytho’r dilysu. Gwiriwch eich cysylltiad; efallai fod rhwystrwr hysbysebion neu wal dân yn ei atal.',
    offline: 'Mae’n ymddangos eich bod all-lein. Ailgysylltwch a rhowch gynnig arall arni.',
    camera_unavailable:
      'Nid oedd modd defnyddio eich camera. Rhowch ganiatâd i ddefnyddio’r camera, caewch apiau eraill sy’n ei ddefnyddio, neu barhewch ar ffôn.',
    review_timeout:
      'Mae eich dogfennau’n dal i gael eu hadolygu. Gwiriwch eto mewn ychydig funudau; ni fydd dim yn cael ei golli.',
  },
  cameraProblems: {
    insecure_context:
      'Dim ond ar dudalen ddiogel (https) y mae’r camera’n gweithio. Agorwch y dudalen hon dros https a rhowch gynnig arall arni.',
    no_camera:
      'Nid oedd modd dod o hyd i gamera ar y ddyfais hon. Parhewch ar ffôn neu gyfrifiadur â chamera.',
    camera_blocked:
      'Nid oes gan y dudalen hon ganiatâd i ddefnyddio’r camera. Cysylltwch â’r tîm cymorth, neu barhewch ar ddyfais arall.',
  },
  tryAgainButton: 'Ceisio eto',
  checkAgainButton: 'Gwirio eto',
  continueAnywayButton: 'Parhau beth bynnag',
  contactSupport: 'Cysylltu â’r tîm cymorth',
};
