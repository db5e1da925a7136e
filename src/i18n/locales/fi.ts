import { pluralize } from '../plural.js';
import type { Translation } from '../translation.js';

/** "N yritystä jäljellä" for each plural category of Finnish. */
const attemptsLeftForms: Readonly<Record<'one' | 'other', (n: string) => string>> = {
  one: (n) => `${n} yritys jäljellä`,
  other: (n) => `${n} yritystä jäljellä`,
};

const attemptsLeft = pluralize('fi', attemptsLeftForms);

/**
 * Finnish ("sinä", as Finnish public services address people). The step names, in a narrow
 * column, carry soft hyphens in "henkilöllisyystodistus" at syllable breaks (henki-lölli-syys-
 * todis-tus): not every engine hyphenates Finnish, "henkilöllisyys" alone is wider than a step's
 * column (320 px gate, or the 4-column grid on desktop), and a break anywhere else splits a syllable.
 */
export const fi: Translation = {
  locale: 'fi',
  dir: 'ltr',

  checkingHeading: 'Tarkistamme vahvistuksesi tilaa',
  checkingBody: 'Hetkinen…',

  lockedHeading: 'Vahvista henkilöllisyytesi jatkaaksesi',
  lockedIntro:
    'Tämä toiminto on käytettävissä, kun olet vahvistanut henkilöllisyytesi. Se vie yleensä alle viisi minuuttia.',
  stepsHeading: 'Näin se toimii',
  steps: {
    prepare: 'Ota henki\u00adlölli\u00adsyys\u00adtodis\u00adtus esiin',
    idPhoto: 'Kuva henki\u00adlölli\u00adsyys\u00adtodis\u00adtuk\u00adsesta',
    selfie: 'Live-selfie',
    review: 'Tarkistus',
  },
  stepsProgressLabel: 'Vahvistuksen vaiheet',
  stepDone: 'valmis',
  stepFailed: 'tehtävä uudelleen',
  prepareHeading: 'Mitä tarvitset',
  prepareItems: [
    'Alkuperäinen, voimassa oleva viranomaisen myöntämä kuvallinen henkilöllisyystodistus',
    'Laite, jossa on kamera, henkilöllisyystodistuksen kuvaamiseen ja live-selfien ottamiseen',
    'Muutama minuutti, yleensä alle viisi',
  ],
  acceptedHeading: 'Hyväksytyt henkilöllisyystodistukset',
  acceptedItems: [
    'Passi',
    'Ajokortti tai osavaltion tai provinssin myöntämä henkilöllisyystodistus',
    'Kansallinen henkilökortti',
  ],
  notAcceptedHeading: 'Ei hyväksytä',
  notAcceptedItems: [
    'Kopiot, skannaukset, kuvakaappaukset tai valokuvista otetut kuvat',
    'Digitaaliset tai mobiilisovelluksessa olevat henkilöllisyystodistukset',
    'Muut kuin viranomaisen myöntämät henkilöllisyystodistukset: opiskelija-, henkilöstö-, kirjasto- tai pankkikortit',
    'Väliaikaiset paperiset henkilöllisyystodistukset',
  ],
  privacyHeading: 'Yksityisyytesi',
  privacyItems: [
    'Persona, henkilöllisyyden vahvistuspalvelu, tarkistaa henkilöllisyystodistuksesi ja selfiesi puolestamme.',
    'Saamme tarkistuksen tuloksen ja voimme nähdä, mitä lähetät.',
    'Jos haluat nähdä, korjata tai poistaa tietosi, ota yhteyttä meihin: Persona toimii puolestamme.',
  ],
  startButton: 'Aloita vahvistus',

  loadingHeading: 'Avataan vahvistusta',
  loadingBody: 'Ladataan suojattua vahvistusta…',
  inProgressHeading: 'Vahvistus käynnissä',
  inProgressBody: 'Seuraa vahvistusikkunan ohjeita.',
  cancelButton: 'Peruuta',
  flowTitle: 'Vahvista henkilöllisyytesi',

  reviewingHeading: 'Tarkistamme asiakirjojasi',
  reviewingBody: 'Tämä kestää yleensä muutaman minuutin.',
  reviewingLeave: 'Voit poistua sivulta; päästämme sinut sisään, kun palaat.',

  verifiedHeading: 'Henkilöllisyys vahvistettu',

  retryHeading: 'Emme voineet vahvistaa henkilöllisyyttäsi',
  declineAdvice: {
    blurry_photo:
      'Kuva oli epätarkka. Ota se uudelleen hyvässä valossa ja pidä henkilöllisyystodistus ja kamera paikallaan.',
    glare:
      'Heijastus peitti osan henkilöllisyystodistuksesta. Kallista sitä poispäin valoista ja ikkunoista ja ota kuva uudelleen.',
    document_expired:
      'Henkilöllisyystodistus on vanhentunut. Käytä toista voimassa olevaa viranomaisen myöntämää kuvallista henkilöllisyystodistusta.',
    document_not_accepted:
      'Tätä asiakirjaa ei hyväksytä. Käytä alkuperäistä viranomaisen myöntämää kuvallista henkilöllisyystodistusta, ei kopioita, kuvakaappauksia, skannauksia eikä digitaalisia henkilöllisyystodistuksia.',
    face_mismatch:
      'Selfiesi ei vastannut henkilöllisyystodistuksen kuvaa. Katso kameraan hyvässä valossa ja ota hattu tai silmälasit pois.',
    selfie_failed:
      'Selfietäsi ei voitu tarkistaa. Katso kameraan hyvässä valossa ja ota hattu tai silmälasit pois.',
    technical: 'Jotain meni vikaan meidän päässämme. Yritä uudelleen tai käytä toista selainta.',
    other:
      'Varmista, että henkilöllisyystodistuksesi on voimassa ja kokonaan kuvassa, käytä hyvää valaistusta ja yritä uudelleen.',
  },
  attemptsLeft,
  retryButton: 'Yritä uudelleen',

  exhaustedHeading: 'Ei yrityksiä jäljellä',
  exhaustedBody: 'Emme voineet vahvistaa henkilöllisyyttäsi useista yrityksistä huolimatta. Tukitiimimme voi auttaa.',
  exhaustedIncludeHeading: 'Kun otat yhteyttä tukeen, kerro',
  exhaustedIncludeItems: [
    'Tilisi sähköpostiosoite',
    'Suunnilleen milloin yritit',
    'Mitä henkilöllisyystodistusta käytit (passi, ajokortti, henkilökortti) ja sen myöntänyt maa',
  ],
  supportLink: 'Ota yhteyttä tukeen',

  cancelledHeading: 'Vahvistus keskeytetty',
  cancelledBody: 'Poistuit vahvistuksesta ennen kuin se oli valmis. Jatka siitä, mihin jäit, tai aloita alusta.',
  resumeButton: 'Jatka',
  startOverButton: 'Aloita alusta',

  blockedHeading: 'Tätä tiliä ei voi vahvistaa täällä',
  blockedReasons: {
    unsupported_region: 'Henkilöllisyyden vahvistus ei ole vielä saatavilla alueellasi.',
    underage: 'Sinun on oltava vähintään 18-vuotias käyttääksesi tätä toimintoa.',
    policy: 'Käytäntöjemme vuoksi tätä tiliä ei voi vahvistaa.',
    other: 'Tätä tiliä ei voi vahvistaa tällä hetkellä.',
  },
  appealLink: 'Hae muutosta päätökseen',

  errorHeading: 'Jokin meni vikaan',
  errorMessages: {
    invalid_config: 'Vahvistusta ei ole määritetty oikein tällä sivulla. Ota yhteyttä tukeen.',
    inactive_template: 'Vahvistus ei ole juuri nyt käytettävissä. Ota yhteyttä tukeen.',
    unauthenticated: 'Vahvistusistuntosi on vanhentunut. Yritä uudelleen jatkaaksesi.',
    application_error: 'Vahvistuspalvelussa oli ongelma. Yritä hetken kuluttua uudelleen.',
    unknown: 'Vahvistuspalvelussa oli ongelma. Yritä hetken kuluttua uudelleen.',
    network: 'Emme saaneet yhteyttä palvelimeemme. Tarkista verkkoyhteytesi ja yritä uudelleen.',
    bad_response: 'Palvelimemme lähetti vastauksen, jota emme ymmärtäneet. Yritä hetken kuluttua uudelleen.',
    sdk_load_failed:
      'Vahvistusta ei voitu ladata. Tarkista verkkoyhteytesi; mainosten estäjä tai palomuuri saattaa estää sen.',
    flow_timeout:
      'Vahvistusta ei voitu ladata. Tarkista verkkoyhteytesi; mainosten estäjä tai palomuuri saattaa estää sen.',
    offline: 'Vaikuttaa siltä, ettei sinulla ole verkkoyhteyttä. Muodosta yhteys ja yritä uudelleen.',
    camera_unavailable:
      'Emme voineet käyttää kameraasi. Salli kameran käyttö, sulje muut sitä käyttävät sovellukset tai jatka puhelimella.',
    review_timeout:
      'Asiakirjojasi tarkistetaan vielä. Tarkista tilanne uudelleen muutaman minuutin kuluttua; mitään ei menetetä.',
  },
  cameraProblems: {
    insecure_context:
      'Kamera toimii vain suojatulla (https) sivulla. Avaa tämä sivu https-yhteydellä ja yritä uudelleen.',
    no_camera: 'Tästä laitteesta ei löytynyt kameraa. Jatka puhelimella tai tietokoneella, jossa on kamera.',
    camera_blocked: 'Tällä sivulla ei ole lupaa käyttää kameraa. Ota yhteyttä tukeen tai jatka toisella laitteella.',
  },
  tryAgainButton: 'Yritä uudelleen',
  checkAgainButton: 'Tarkista uudelleen',
  continueAnywayButton: 'Jatka silti',
  contactSupport: 'Ota yhteyttä tukeen',
};
